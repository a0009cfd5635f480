import DecomposeCore

/// Builds the OpenAPI 3.1 contract of one bounded context's service as deterministic YAML text.
///
/// A resource per aggregate root (paged list, create, read, update, delete), the context's use cases as operations
/// of their owning resource (commands POST, queries GET), schemas from fields, `application/problem+json` errors
/// and `GET /health`. Optimistic concurrency: a resource's responses carry its version as an `ETag`, and a replace,
/// delete or command with an `If-Match` that names another version is refused with `412`.
public struct OpenAPIBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The OpenAPI document of `context` (a suggested or edited context) for the resolved `model`, its events'
    /// fields required as this context's commands fill them (a scaffold settles them across all its services).
    public func build(model: DomainModel, context: BoundedContext) -> String {
        let contracts = EventContracts(model: model, contexts: [context], serviceNames: [:])
        return YAMLEmitter().emit(
            document(ServiceBlueprint(model: model, context: context, contracts: contracts), contracts: contracts))
    }

    /// The document of `blueprint`'s service, its event types as `contracts` name them.
    func document(_ blueprint: ServiceBlueprint, contracts: EventContracts) -> YAMLNode {
        var paths: [(key: String, value: YAMLNode)] = [
            (
                "/health",
                .mapping([
                    (
                        "get",
                        .mapping([
                            ("operationId", .string("getHealth")),
                            ("summary", .string("Liveness and readiness of the service.")),
                            ("tags", .sequence([.string("health")])),
                            (
                                "responses",
                                .mapping([
                                    ("200", jsonResponse("The service is up.", schema: "Health")),
                                    ("500", reference(response: "InternalError")),
                                ])
                            ),
                        ])
                    )
                ])
            )
        ]
        var schemas: [(key: String, value: YAMLNode)] = []
        for resource in blueprint.resources {
            paths += resourcePaths(resource)
            schemas += resourceSchemas(resource, resources: blueprint.resources)
        }
        let eventPaths = eventPaths(blueprint, contracts: contracts)
        paths += eventPaths
        schemas += eventSchemas(blueprint)
        for component in blueprint.components {
            schemas.append((component.name, component.schema))
        }
        schemas += [("Health", healthSchema), ("Problem", problemSchema)]
        schemas.sort { $0.key < $1.key }
        var description = blueprint.summary
        if !blueprint.docs.isEmpty { description += "\n\n" + blueprint.docs.joined(separator: "\n\n") }
        return .mapping([
            ("openapi", .string("3.1.0")),
            (
                "info",
                .mapping([
                    ("title", .string(blueprint.title)), ("version", .string("1.0.0")),
                    ("description", .string(description)),
                ])
            ),
            ("servers", .sequence([.mapping([("url", .string("/"))])])),
            (
                "tags",
                .sequence(
                    [.mapping([("name", .string("health"))])]
                        + blueprint.resources.map { resource in
                            .mapping([("name", .string(resource.plural)), ("description", .string(resource.doc))])
                        }
                        + (eventPaths.isEmpty
                            ? []
                            : [
                                .mapping([
                                    ("name", .string("events")),
                                    ("description", .string("Domain events received, and the outbox sending them.")),
                                ])
                            ]))
            ),
            ("paths", .mapping(paths)),
            (
                "components",
                .mapping([
                    ("schemas", .mapping(schemas)),
                    ("parameters", parameters),
                    ("headers", headers),
                    ("responses", errorResponses),
                ])
            ),
        ])
    }

    /// Every path of a resource: its collection, one item, and one path per use-case operation.
    private func resourcePaths(_ resource: ServiceBlueprint.Resource) -> [(key: String, value: YAMLNode)] {
        [("/\(resource.plural)", collectionPath(resource)), ("/\(resource.plural)/{id}", itemPath(resource))]
            + resource.operations.map { operationPath($0, on: resource) }
    }

    /// The tag that groups a resource's operations.
    private func tag(_ resource: ServiceBlueprint.Resource) -> (key: String, value: YAMLNode) {
        ("tags", .sequence([.string(resource.plural)]))
    }

    /// `/<plural>`: list a page, create one.
    private func collectionPath(_ resource: ServiceBlueprint.Resource) -> YAMLNode {
        let tag = tag(resource)
        let schema = resource.schemaName
        return .mapping([
            (
                "get",
                .mapping([
                    ("operationId", .string(resource.crudIds["list", default: ""])),
                    ("summary", .string("List \(resource.name) resources, a page at a time.")), tag,
                    ("parameters", .sequence([reference(parameter: "Limit"), reference(parameter: "Offset")])),
                    (
                        "responses",
                        .mapping([
                            ("200", jsonResponse("A page of \(resource.name) resources.", schema: schema + "Page")),
                            ("400", reference(response: "BadRequest")),
                            ("500", reference(response: "InternalError")),
                        ])
                    ),
                ])
            ),
            (
                "post",
                .mapping([
                    ("operationId", .string(resource.crudIds["create", default: ""])),
                    ("summary", .string("Create \(Phrase.withArticle(resource.name)).")), tag,
                    ("requestBody", requestBody(schema + "Input")),
                    ("responses", createdResponses(schema)),
                ])
            ),
        ])
    }

    /// `/<plural>/{id}`: read, replace and delete one.
    private func itemPath(_ resource: ServiceBlueprint.Resource) -> YAMLNode {
        let tag = tag(resource)
        let schema = resource.schemaName
        return .mapping([
            ("parameters", .sequence([reference(parameter: "Id")])),
            (
                "get",
                .mapping([
                    ("operationId", .string(resource.crudIds["get", default: ""])),
                    ("summary", .string("Read one \(resource.name).")), tag,
                    ("responses", itemResponses(ok: versionedResponse("The \(resource.name).", schema: schema))),
                ])
            ),
            (
                "put",
                .mapping([
                    ("operationId", .string(resource.crudIds["update", default: ""])),
                    ("summary", .string("Replace \(Phrase.withArticle(resource.name)).")), tag,
                    ("parameters", .sequence([reference(parameter: "IfMatch")])),
                    ("requestBody", requestBody(schema + "Input")),
                    (
                        "responses",
                        itemResponses(
                            ok: versionedResponse("The updated \(resource.name).", schema: schema), body: true,
                            conditional: true)
                    ),
                ])
            ),
            (
                "delete",
                .mapping([
                    ("operationId", .string(resource.crudIds["delete", default: ""])),
                    ("summary", .string("Delete \(Phrase.withArticle(resource.name)).")), tag,
                    ("parameters", .sequence([reference(parameter: "IfMatch")])),
                    (
                        "responses",
                        itemResponses(
                            status: "204", ok: .mapping([("description", .string("Deleted."))]), conditional: true)
                    ),
                ])
            ),
        ])
    }

    /// The path of one use case: a creation or a command (`POST`), or a query (`GET`, a page).
    private func operationPath(_ operation: ServiceBlueprint.Operation, on resource: ServiceBlueprint.Resource)
        -> (key: String, value: YAMLNode)
    {
        let tag = tag(resource)
        let schema = resource.schemaName
        var pairs: [(key: String, value: YAMLNode)] = [
            ("operationId", .string(operation.operationId)),
            ("summary", .string(operation.name)),
            ("description", .string(Self.description(of: operation, on: resource))), tag,
        ]
        let changesOthers = operation.others.contains { !$0.creates }
        if operation.isCreation {
            pairs.append(("requestBody", requestBody(operation.bodySchema ?? schema + "Input")))
            pairs.append(("responses", createdResponses(schema, changesOthers: changesOthers)))
            return (operation.path, .mapping([("post", .mapping(pairs))]))
        } else if operation.isCommand {
            if let body = operation.bodySchema { pairs.append(("requestBody", requestBody(body))) }
            pairs.append(("parameters", .sequence([reference(parameter: "Id"), reference(parameter: "IfMatch")])))
            pairs.append(
                (
                    "responses",
                    itemResponses(
                        status: "202",
                        ok: versionedResponse("Done; the \(resource.name) as it is now.", schema: schema),
                        body: operation.bodySchema != nil, conditional: true, conflict: changesOthers)
                ))
            return (operation.path, .mapping([("post", .mapping(pairs))]))
        } else {
            pairs.append(
                ("parameters", .sequence([reference(parameter: "Limit"), reference(parameter: "Offset")])))
            pairs.append(
                (
                    "responses",
                    .mapping([
                        (
                            "200",
                            jsonResponse(
                                "A page of \(resource.name) resources"
                                    + (operation.includes.isEmpty ? "." : ", and the resources they reference."),
                                schema: operation.resultSchema ?? schema + "Page")
                        ),
                        ("400", reference(response: "BadRequest")),
                        ("500", reference(response: "InternalError")),
                    ])
                ))
            return (operation.path, .mapping([("get", .mapping(pairs))]))
        }
    }

    /// The responses of an operation that creates a resource: `201` with its `Location` and `ETag`; a command that
    /// changes other resources too may find one gone (`404`) or changed meanwhile (`409`).
    private func createdResponses(_ schema: String, changesOthers: Bool = false) -> YAMLNode {
        var pairs: [(key: String, value: YAMLNode)] = [
            (
                "201",
                .mapping([
                    ("description", .string("Created.")),
                    (
                        "headers",
                        .mapping([
                            (
                                "Location",
                                .mapping([
                                    ("description", .string("Path of the new resource.")),
                                    ("required", .bool(true)),
                                    ("schema", .mapping([("type", .string("string"))])),
                                ])
                            ),
                            ("ETag", reference(header: "ETag")),
                        ])
                    ),
                    ("content", jsonContent(schema)),
                ])
            ),
            ("400", reference(response: "BadRequest")),
        ]
        if changesOthers {
            pairs += [("404", reference(response: "NotFound")), ("409", reference(response: "Conflict"))]
        }
        pairs += [("415", reference(response: "UnsupportedMediaType")), ("500", reference(response: "InternalError"))]
        return .mapping(pairs)
    }

    /// A use case's description: its doc, what it writes, and what it leaves to events or a saga.
    static func description(of operation: ServiceBlueprint.Operation, on resource: ServiceBlueprint.Resource) -> String
    {
        var text = operation.doc
        guard operation.isCommand else { return text + readsDescription(of: operation, on: resource) }
        if operation.isCreation {
            text += "\n\nCreates \(Phrase.withArticle(resource.name)) from the request, in one transaction."
        } else if operation.writes.isEmpty {
            text += "\n\nWrites nothing of the \(resource.name) itself."
        } else {
            text +=
                "\n\nWrites \(operation.writes.joined(separator: ", ")) of the \(resource.name), in one transaction."
        }
        for other in operation.others {
            text +=
                other.creates
                ? "\n\nIn the same transaction, creates \(Phrase.withArticle(other.resource)) from `\(other.property)`."
                : "\n\nIn the same transaction, writes \(other.writes.joined(separator: ", ")) of the \(other.resource) "
                    + "whose id `\(other.property).id` names (404 when there is none, 409 when it changes meanwhile)."
        }
        if !operation.writesOtherResources.isEmpty {
            text +=
                "\n\nNot yet done here: it also writes \(operation.writesOtherResources.joined(separator: ", ")) "
                + "in this service, which no resource of the service holds."
        }
        if !operation.writesElsewhere.isEmpty {
            text +=
                "\n\nLeft to other services (events or a saga will carry it): it also writes "
                + "\(operation.writesElsewhere.joined(separator: ", "))."
        }
        return text
    }

    /// What a query answers beside its page, and what it reads that it does not answer.
    static func readsDescription(of operation: ServiceBlueprint.Operation, on resource: ServiceBlueprint.Resource)
        -> String
    {
        var text = "\n\nReturns a page of \(resource.name) resources"
        if operation.includes.isEmpty {
            text += "."
        } else {
            let listed = operation.includes.map { include in
                "the \(include.resource) resources they reference (`\(include.property)`, by "
                    + include.via.map { "`\($0)`" }.joined(separator: ", ") + ")"
            }
            text += ", with " + listed.joined(separator: " and ") + "."
        }
        if !operation.readsUnreferenced.isEmpty {
            text +=
                "\n\nIt also reads \(operation.readsUnreferenced.joined(separator: ", ")) of this service, which the "
                + "\(resource.name) does not reference: read them through their own resources."
        }
        if !operation.readsElsewhere.isEmpty {
            text +=
                "\n\nLeft to other services (their own APIs answer it): it also reads "
                + "\(operation.readsElsewhere.joined(separator: ", "))."
        }
        return text
    }

    private func itemResponses(
        status: String = "200", ok: YAMLNode, body: Bool = false, conditional: Bool = false, conflict: Bool = false
    ) -> YAMLNode {
        var pairs: [(key: String, value: YAMLNode)] = [
            (status, ok), ("400", reference(response: "BadRequest")), ("404", reference(response: "NotFound")),
        ]
        if conflict { pairs.append(("409", reference(response: "Conflict"))) }
        if conditional { pairs.append(("412", reference(response: "PreconditionFailed"))) }
        if body { pairs.append(("415", reference(response: "UnsupportedMediaType"))) }
        pairs.append(("500", reference(response: "InternalError")))
        return .mapping(pairs)
    }

    private func resourceSchemas(_ resource: ServiceBlueprint.Resource, resources: [ServiceBlueprint.Resource])
        -> [(key: String, value: YAMLNode)]
    {
        let name = resource.schemaName
        let identity: YAMLNode = .mapping([
            ("type", .string("object")),
            ("required", .sequence([.string("id")])),
            (
                "properties",
                .mapping([
                    (
                        "id",
                        .mapping([
                            ("type", .string("string")), ("format", .string("uuid")), ("readOnly", .bool(true)),
                            ("description", .string("Identity of the \(resource.name), assigned by the service.")),
                        ])
                    )
                ])
            ),
        ])
        let page: YAMLNode = .mapping([
            ("type", .string("object")),
            ("required", .sequence(["items", "total", "limit", "offset"].map(YAMLNode.string))),
            (
                "properties",
                .mapping([
                    (
                        "items",
                        .mapping([
                            ("type", .string("array")),
                            ("items", .mapping([("$ref", .string("#/components/schemas/\(name)"))])),
                        ])
                    ),
                    ("total", .mapping([("type", .string("integer")), ("minimum", .int(0))])),
                    ("limit", .mapping([("type", .string("integer")), ("minimum", .int(1))])),
                    ("offset", .mapping([("type", .string("integer")), ("minimum", .int(0))])),
                ])
            ),
        ])
        return [
            (
                name,
                .mapping([
                    ("description", .string(resource.doc)),
                    (
                        "allOf",
                        .sequence([.mapping([("$ref", .string("#/components/schemas/\(name)Input"))]), identity])
                    ),
                ])
            ),
            (
                name + "Input",
                ServiceBlueprint.Component.objectSchema(
                    properties: resource.properties,
                    doc: "The fields of \(Phrase.withArticle(resource.name)) a client sends to create or replace it.")
            ),
            (name + "Page", page),
        ]
            + resource.operations.flatMap { bodySchemas(of: $0, on: resource, resources: resources) }
            + resource.operations.compactMap { resultSchema(of: $0, on: resource, resources: resources) }
    }

    /// The answer of a query that includes other resources: its page, and a list of each kind it references.
    private func resultSchema(
        of operation: ServiceBlueprint.Operation, on resource: ServiceBlueprint.Resource,
        resources: [ServiceBlueprint.Resource]
    ) -> (key: String, value: YAMLNode)? {
        guard let name = operation.resultSchema else { return nil }
        func list(_ schema: String) -> YAMLNode {
            .mapping([
                ("type", .string("array")), ("items", .mapping([("$ref", .string("#/components/schemas/\(schema)"))])),
            ])
        }
        var properties: [(key: String, value: YAMLNode)] = [
            ("items", list(resource.schemaName)),
            ("total", .mapping([("type", .string("integer")), ("minimum", .int(0))])),
            ("limit", .mapping([("type", .string("integer")), ("minimum", .int(1))])),
            ("offset", .mapping([("type", .string("integer")), ("minimum", .int(0))])),
        ]
        for include in operation.includes {
            guard let target = resources.first(where: { $0.name == include.resource }) else { continue }
            properties.append((include.property, list(target.schemaName)))
        }
        return (
            name,
            .mapping([
                ("type", .string("object")),
                (
                    "description",
                    .string(
                        "A page of \(resource.name) resources, as the resource's page, and every resource of this "
                            + "service an item references, once.")
                ),
                ("required", .sequence(properties.map { .string($0.key) })),
                ("properties", .mapping(properties)),
            ])
        )
    }

    /// The schemas of a command's request body: the body itself, when it is not the resource's input, and the
    /// changes of each existing resource it names.
    private func bodySchemas(
        of operation: ServiceBlueprint.Operation, on resource: ServiceBlueprint.Resource,
        resources: [ServiceBlueprint.Resource]
    ) -> [(key: String, value: YAMLNode)] {
        guard let body = operation.bodySchema else { return [] }
        let others = operation.others.map { other in
            ServiceBlueprint.Property(
                name: other.property, schema: .mapping([("$ref", .string("#/components/schemas/\(other.schema)"))]),
                sample: "{}", isList: false, isRequired: true,
                doc: other.creates ? "The new \(other.resource)." : "The \(other.resource) to change, and how.",
                schemaType: "object")
        }
        var schemas: [(key: String, value: YAMLNode)] = []
        if operation.isCreation {
            schemas.append(
                (
                    body,
                    .mapping([
                        (
                            "description",
                            .string(
                                "The \(resource.name) to create, and what "
                                    + "\(operation.name) writes beside it.")
                        ),
                        (
                            "allOf",
                            .sequence([
                                .mapping([("$ref", .string("#/components/schemas/\(resource.schemaName)Input"))]),
                                ServiceBlueprint.Component.objectSchema(properties: others, doc: nil),
                            ])
                        ),
                    ])
                ))
        } else {
            schemas.append(
                (
                    body,
                    ServiceBlueprint.Component.objectSchema(
                        properties: resource.properties.filter { operation.writes.contains($0.name) } + others,
                        doc: "What \(operation.name) writes of \(Phrase.withArticle(resource.name))"
                            + (others.isEmpty ? "." : ", and of the other resources it names."))
                ))
        }
        for other in operation.others where !other.creates {
            guard let target = resources.first(where: { $0.name == other.resource }) else { continue }
            let id = ServiceBlueprint.Property(
                name: "id",
                schema: .mapping([
                    ("type", .string("string")), ("format", .string("uuid")),
                    ("description", .string("Identity of the \(other.resource) to change.")),
                ]), sample: "\"\"", isList: false, isRequired: true, doc: nil, schemaType: "string", format: "uuid")
            schemas.append(
                (
                    other.schema,
                    ServiceBlueprint.Component.objectSchema(
                        properties: [id] + target.properties.filter { other.writes.contains($0.name) },
                        doc: "What \(operation.name) writes of \(Phrase.withArticle(other.resource)).")
                ))
        }
        return schemas
    }

    private var healthSchema: YAMLNode {
        .mapping([
            ("type", .string("object")),
            ("required", .sequence([.string("status")])),
            (
                "properties",
                .mapping([
                    ("status", .mapping([("type", .string("string")), ("examples", .sequence([.string("ok")]))]))
                ])
            ),
        ])
    }

    private var problemSchema: YAMLNode {
        .mapping([
            ("type", .string("object")),
            ("description", .string("An RFC 9457 problem detail.")),
            ("required", .sequence(["type", "title", "status"].map(YAMLNode.string))),
            (
                "properties",
                .mapping([
                    ("type", .mapping([("type", .string("string"))])),
                    ("title", .mapping([("type", .string("string"))])),
                    ("status", .mapping([("type", .string("integer"))])),
                    ("detail", .mapping([("type", .string("string"))])),
                    ("instance", .mapping([("type", .string("string"))])),
                ])
            ),
        ])
    }

    private var parameters: YAMLNode {
        .mapping([
            (
                "Id",
                .mapping([
                    ("name", .string("id")), ("in", .string("path")), ("required", .bool(true)),
                    ("description", .string("Identity of the resource.")),
                    ("schema", .mapping([("type", .string("string")), ("format", .string("uuid"))])),
                ])
            ),
            (
                "Limit",
                .mapping([
                    ("name", .string("limit")), ("in", .string("query")), ("required", .bool(false)),
                    ("description", .string("Page size.")),
                    (
                        "schema",
                        .mapping([
                            ("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(100)),
                            ("default", .int(20)),
                        ])
                    ),
                ])
            ),
            (
                "Offset",
                .mapping([
                    ("name", .string("offset")), ("in", .string("query")), ("required", .bool(false)),
                    ("description", .string("Number of resources to skip.")),
                    ("schema", .mapping([("type", .string("integer")), ("minimum", .int(0)), ("default", .int(0))])),
                ])
            ),
            (
                "IfMatch",
                .mapping([
                    ("name", .string("If-Match")), ("in", .string("header")), ("required", .bool(false)),
                    (
                        "description",
                        .string(
                            "Change the resource only if its version is one of these entity tags (from an ETag), "
                                + "or if it exists at all (`*`); otherwise the answer is 412.")
                    ),
                    ("schema", .mapping([("type", .string("string"))])),
                ])
            ),
        ])
    }

    private var headers: YAMLNode {
        .mapping([
            (
                "ETag",
                .mapping([
                    ("description", .string("The resource's version as an entity tag (`\"3\"`), for If-Match.")),
                    ("required", .bool(true)),
                    ("schema", .mapping([("type", .string("string"))])),
                ])
            )
        ])
    }

    private var errorResponses: YAMLNode {
        .mapping(
            [
                ("BadRequest", "The request is malformed or breaks the contract."),
                (
                    "Conflict",
                    "Another resource the command writes changed while it ran, or a value that must be unique is "
                        + "taken: read it again, then retry."
                ),
                ("InternalError", "The service failed."),
                ("NotFound", "No resource has this id."),
                ("PreconditionFailed", "If-Match names a version the resource no longer has: read it again."),
                ("UnsupportedMediaType", "The request body is not application/json."),
            ].map { name, description in
                (
                    name,
                    .mapping([
                        ("description", .string(description)),
                        (
                            "content",
                            .mapping([
                                (
                                    "application/problem+json",
                                    .mapping([("schema", .mapping([("$ref", .string("#/components/schemas/Problem"))]))]
                                    )
                                )
                            ])
                        ),
                    ])
                )
            })
    }

    func requestBody(_ schema: String) -> YAMLNode {
        .mapping([("required", .bool(true)), ("content", jsonContent(schema))])
    }

    private func jsonContent(_ schema: String) -> YAMLNode {
        .mapping([
            (
                "application/json",
                .mapping([("schema", .mapping([("$ref", .string("#/components/schemas/\(schema)"))]))])
            )
        ])
    }

    func jsonResponse(_ description: String, schema: String) -> YAMLNode {
        .mapping([("description", .string(description)), ("content", jsonContent(schema))])
    }

    /// A JSON response carrying the resource's version in an `ETag` header.
    private func versionedResponse(_ description: String, schema: String) -> YAMLNode {
        .mapping([
            ("description", .string(description)),
            ("headers", .mapping([("ETag", reference(header: "ETag"))])),
            ("content", jsonContent(schema)),
        ])
    }

    private func reference(header: String) -> YAMLNode {
        .mapping([("$ref", .string("#/components/headers/\(header)"))])
    }

    func reference(response: String) -> YAMLNode {
        .mapping([("$ref", .string("#/components/responses/\(response)"))])
    }

    func reference(parameter: String) -> YAMLNode {
        .mapping([("$ref", .string("#/components/parameters/\(parameter)"))])
    }
}
