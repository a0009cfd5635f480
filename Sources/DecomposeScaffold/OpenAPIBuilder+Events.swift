import DecomposeCore

extension OpenAPIBuilder {
    /// The schema names the event endpoints use, kept free of the model's names.
    static let eventSchemaNames: Set<String> = ["OutboxStatus", "DeadLetter", "DeadLetterPage", "DeadLetterReplay"]
    /// The operation ids of the event endpoints.
    static let eventOperationIds: Set<String> = [
        "receiveEvent", "getEventOutbox", "listDeadLetters", "replayDeadLetter",
    ]

    /// The event endpoints of `blueprint`'s service: `POST /events` where it reacts to events (CloudEvents 1.0 in
    /// HTTP binary mode), and the outbox's operator endpoints where it publishes them.
    func eventPaths(_ blueprint: ServiceBlueprint, contracts: EventContracts) -> [(key: String, value: YAMLNode)] {
        var paths: [(key: String, value: YAMLNode)] = []
        let handled = Set(blueprint.reactions.map(\.event))
        if !handled.isEmpty {
            paths.append(
                ("/events", .mapping([("post", receiveOperation(events: handled.sorted(), contracts: contracts))])))
        }
        if !blueprint.publications.isEmpty {
            paths += operatorPaths
        }
        return paths
    }

    /// The schemas of the event endpoints `blueprint`'s service has.
    func eventSchemas(_ blueprint: ServiceBlueprint) -> [(key: String, value: YAMLNode)] {
        var schemas = blueprint.events.map { event in
            (event.schemaName, ServiceBlueprint.Component.objectSchema(properties: event.properties, doc: event.doc))
        }
        guard !blueprint.publications.isEmpty else { return schemas }
        func object(_ required: [String], _ properties: [(key: String, value: YAMLNode)], _ doc: String) -> YAMLNode {
            .mapping([
                ("type", .string("object")), ("description", .string(doc)),
                ("required", .sequence(required.map(YAMLNode.string))), ("properties", .mapping(properties)),
            ])
        }
        let string: YAMLNode = .mapping([("type", .string("string"))])
        let integer: YAMLNode = .mapping([("type", .string("integer"))])
        let time: YAMLNode = .mapping([("type", .string("string")), ("format", .string("date-time"))])
        schemas += [
            (
                "OutboxStatus",
                object(
                    ["pending", "lagSeconds", "deadLetters"],
                    [
                        ("pending", integer), ("lagSeconds", .mapping([("type", .string("number"))])),
                        ("deadLetters", integer),
                    ],
                    "Deliveries waiting (one per event and destination), how long the oldest has waited (the relay's"
                        + " lag), and deliveries given up.")
            ),
            (
                "DeadLetter",
                object(
                    [
                        "eventId", "type", "source", "subject", "destination", "attempts", "enqueuedAt", "deadAt",
                        "reason",
                    ],
                    [
                        ("eventId", string), ("type", string), ("source", string), ("subject", string),
                        ("destination", string), ("attempts", integer), ("enqueuedAt", time), ("deadAt", time),
                        ("reason", string),
                    ],
                    "A delivery the relay gave up: refused by its receiver, or failing past the maximum age.")
            ),
            (
                "DeadLetterPage",
                object(
                    ["items", "limit", "offset"],
                    [
                        (
                            "items",
                            .mapping([
                                ("type", .string("array")),
                                ("items", .mapping([("$ref", .string("#/components/schemas/DeadLetter"))])),
                            ])
                        ),
                        ("limit", integer), ("offset", integer),
                    ],
                    "A page of dead letters, the oldest first.")
            ),
            (
                "DeadLetterReplay",
                object(
                    ["eventId", "destination"], [("eventId", string), ("destination", string)],
                    "The dead letter to send again, by its event's id and destination.")
            ),
        ]
        return schemas
    }

    private func receiveOperation(events: [String], contracts: EventContracts) -> YAMLNode {
        func header(_ name: String, _ required: Bool, _ description: String) -> YAMLNode {
            .mapping([
                ("name", .string(name)), ("in", .string("header")), ("required", .bool(required)),
                ("description", .string(description)), ("schema", .mapping([("type", .string("string"))])),
            ])
        }
        let types = events.map { "\($0) (`\(contracts.type(of: $0))`)" }
        return .mapping([
            ("operationId", .string("receiveEvent")),
            ("summary", .string("Receive a domain event: CloudEvents 1.0 over HTTP, binary mode.")),
            (
                "description",
                .string(
                    "The events this service reacts to: \(Phrase.list(types)). Each is handled once: a repeated "
                        + "event id from the same source is acknowledged and changes nothing. The events are "
                        + "described in asyncapi.yaml.")
            ),
            ("tags", .sequence([.string("events")])),
            (
                "parameters",
                .sequence([
                    header("ce-specversion", true, "The CloudEvents version: 1.0."),
                    header("ce-id", true, "The event's id, unique for its source."),
                    header("ce-source", true, "The service that sent it, as `/<service>`."),
                    header("ce-type", true, "What happened: one of the types above."),
                    header("ce-subject", false, "The id of the resource it happened to."),
                    header("ce-time", false, "When it happened (RFC 3339)."),
                ])
            ),
            (
                "requestBody",
                .mapping([
                    ("required", .bool(true)),
                    (
                        "content",
                        .mapping([
                            (
                                "application/json",
                                .mapping([
                                    (
                                        "schema",
                                        .mapping([
                                            (
                                                "description",
                                                .string(
                                                    "The event's data: the schema its ce-type names, in "
                                                        + "components/schemas.")
                                            )
                                        ])
                                    )
                                ])
                            )
                        ])
                    ),
                ])
            ),
            (
                "responses",
                .mapping([
                    ("204", .mapping([("description", .string("Handled now, or before (a repeat)."))])),
                    ("400", reference(response: "BadRequest")),
                    ("404", reference(response: "NotFound")),
                    ("415", reference(response: "UnsupportedMediaType")),
                    ("500", reference(response: "InternalError")),
                ])
            ),
        ])
    }

    /// The outbox's operator endpoints: its status (the relay's lag), its dead letters, and a replay.
    private var operatorPaths: [(key: String, value: YAMLNode)] {
        let tags: (key: String, value: YAMLNode) = ("tags", .sequence([.string("events")]))
        return [
            (
                "/events/outbox",
                .mapping([
                    (
                        "get",
                        .mapping([
                            ("operationId", .string("getEventOutbox")),
                            ("summary", .string("How far behind the relay is: waiting deliveries and their lag.")),
                            tags,
                            (
                                "responses",
                                .mapping([
                                    ("200", jsonResponse("The outbox's status.", schema: "OutboxStatus")),
                                    ("500", reference(response: "InternalError")),
                                ])
                            ),
                        ])
                    )
                ])
            ),
            (
                "/events/dead-letters",
                .mapping([
                    (
                        "get",
                        .mapping([
                            ("operationId", .string("listDeadLetters")),
                            ("summary", .string("The deliveries the relay gave up, the oldest first.")), tags,
                            ("parameters", .sequence([reference(parameter: "Limit"), reference(parameter: "Offset")])),
                            (
                                "responses",
                                .mapping([
                                    ("200", jsonResponse("A page of dead letters.", schema: "DeadLetterPage")),
                                    ("400", reference(response: "BadRequest")),
                                    ("500", reference(response: "InternalError")),
                                ])
                            ),
                        ])
                    )
                ])
            ),
            (
                "/events/dead-letters/replay",
                .mapping([
                    (
                        "post",
                        .mapping([
                            ("operationId", .string("replayDeadLetter")),
                            (
                                "summary",
                                .string("Send a dead letter again: back into the outbox, its attempts counted anew.")
                            ),
                            tags,
                            ("requestBody", requestBody("DeadLetterReplay")),
                            (
                                "responses",
                                .mapping([
                                    ("204", .mapping([("description", .string("Back in the outbox."))])),
                                    ("400", reference(response: "BadRequest")),
                                    ("404", reference(response: "NotFound")),
                                    ("415", reference(response: "UnsupportedMediaType")),
                                    ("500", reference(response: "InternalError")),
                                ])
                            ),
                        ])
                    )
                ])
            ),
        ]
    }
}
