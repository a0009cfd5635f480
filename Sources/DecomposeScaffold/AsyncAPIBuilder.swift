import DecomposeCore

/// Builds the AsyncAPI 3.0 document of one service: the domain events its use cases publish (`emits`) and those
/// they react to (`on`).
///
/// Each event is one channel named after it, whose address is the CloudEvents type (`<system>.<Event>`). A message
/// travels as a CloudEvents 1.0 event over HTTP in binary mode: the `ce-` headers carry the envelope, the body is
/// the event's fields as JSON, described by a JSON Schema built from the model as the OpenAPI contract's schemas
/// are (value objects, enums and composed entities become components).
public struct AsyncAPIBuilder: Sendable {
    public init() {}

    /// The document of the service `serviceName` running `context`, as YAML, its events as `contracts` settle them
    /// between the services.
    public func build(
        model: DomainModel, context: BoundedContext, serviceName: String, contracts: EventContracts
    ) -> String {
        YAMLEmitter().emit(document(model: model, context: context, serviceName: serviceName, contracts: contracts))
    }

    /// The events of `context`'s use cases: the use cases that publish each, and those that react to each.
    ///
    /// A use case that writes in several contexts lives in each of them. Each of them reacts to the events it
    /// handles (every context does its part), but an event is published once: by the context holding the entity
    /// the event is about (the first its fields refer to) when the use case writes that entity, otherwise by every
    /// context the use case lives in.
    struct Traffic {
        var publishers: [String: [String]] = [:]
        var handlers: [String: [String]] = [:]

        init(model: DomainModel, context: BoundedContext) {
            let homed = Set(context.useCases)
            let held = Set(context.entities)
            for useCase in model.useCases where homed.contains(useCase.name) {
                let written = Set(useCase.writes.map(\.entity))
                for event in useCase.emits {
                    let subject = model.events.first { $0.name == event.name }?.fields.lazy
                        .compactMap(\.kind.referenceTarget).first
                    guard subject.map({ !written.contains($0) || held.contains($0) }) ?? true else { continue }
                    publishers[event.name, default: []].append(useCase.name)
                }
                for event in useCase.handles { handlers[event.name, default: []].append(useCase.name) }
            }
        }

        /// Every event published or handled, in name order.
        var events: [String] { Set(publishers.keys).union(handlers.keys).sorted() }
    }

    func document(
        model: DomainModel, context: BoundedContext, serviceName: String, contracts: EventContracts
    ) -> YAMLNode {
        let traffic = Traffic(model: model, context: context)
        var collector = SchemaCollector(model: model)
        var channels: [(key: String, value: YAMLNode)] = []
        var operations: [(key: String, value: YAMLNode)] = []
        var messages: [(key: String, value: YAMLNode)] = []
        var eventSchemas: [(key: String, value: YAMLNode)] = []
        for name in traffic.events {
            let event = model.events.first { $0.name == name } ?? DomainEvent(name: name)
            let key = collector.componentName(for: event.name)
            let type = contracts.type(of: event.name)
            let properties = collector.properties(of: event.fields, reserved: []).map {
                contracts.settled($0, of: event.name)
            }
            eventSchemas.append((key, ServiceBlueprint.Component.objectSchema(properties: properties, doc: event.doc)))
            let publishers = traffic.publishers[name] ?? []
            messages.append((key, message(event, key: key, type: type, source: publishers.isEmpty ? nil : serviceName)))
            channels.append((key, channel(event, key: key, address: type)))
            let channelReference: YAMLNode = .mapping([("$ref", .string("#/channels/\(key)"))])
            let messageReference: YAMLNode = .sequence([
                .mapping([("$ref", .string("#/channels/\(key)/messages/\(key)"))])
            ])
            if !publishers.isEmpty {
                operations.append(
                    (
                        "send\(key)",
                        .mapping([
                            ("action", .string("send")), ("channel", channelReference),
                            ("summary", .string("\(Phrase.list(publishers)) publishes \(event.name).")),
                            ("messages", messageReference),
                        ])
                    ))
            }
            if let handlers = traffic.handlers[name] {
                operations.append(
                    (
                        "receive\(key)",
                        .mapping([
                            ("action", .string("receive")), ("channel", channelReference),
                            (
                                "summary",
                                .string(
                                    "\(Phrase.list(handlers)) \(handlers.count == 1 ? "reacts" : "react") to \(event.name)."
                                )
                            ),
                            ("messages", messageReference),
                        ])
                    ))
            }
        }
        let schemas = eventSchemas + collector.components().map { ($0.name, $0.schema) }
        return .mapping([
            ("asyncapi", .string("3.0.0")),
            (
                "info",
                .mapping([
                    ("title", .string("\(context.name) service events")), ("version", .string("1.0.0")),
                    ("description", .string(description(context, traffic: traffic))),
                ])
            ),
            ("defaultContentType", .string("application/json")),
            ("channels", .mapping(channels)),
            ("operations", .mapping(operations)),
            (
                "components",
                .mapping([("messages", .mapping(messages)), ("schemas", .mapping(schemas.sorted { $0.key < $1.key }))])
            ),
        ])
    }

    private func description(_ context: BoundedContext, traffic: Traffic) -> String {
        let published = traffic.events.filter { traffic.publishers[$0] != nil }
        let handled = traffic.events.filter { traffic.handlers[$0] != nil }
        guard !published.isEmpty || !handled.isEmpty else {
            return "The \(context.name) context publishes no domain event and reacts to none."
        }
        var sentences: [String] = []
        if !published.isEmpty { sentences.append("It publishes \(Phrase.list(published)).") }
        if !handled.isEmpty { sentences.append("It reacts to \(Phrase.list(handled)).") }
        return "The domain events of the \(context.name) context. " + sentences.joined(separator: " ")
            + " Each travels as a CloudEvents 1.0 event over HTTP in binary mode: POST to the receiver's /events,"
            + " the envelope in the ce- headers, the event's fields as the JSON body."
    }

    private func channel(_ event: DomainEvent, key: String, address: String) -> YAMLNode {
        var pairs: [(key: String, value: YAMLNode)] = [("address", .string(address)), ("title", .string(event.name))]
        if let doc = event.doc { pairs.append(("description", .string(doc))) }
        pairs.append(("messages", .mapping([(key, .mapping([("$ref", .string("#/components/messages/\(key)"))]))])))
        return .mapping(pairs)
    }

    /// The message of `event`: CloudEvents binary-mode headers (`ce-source` fixed when this service is the one
    /// that sends it) and the event's schema as payload.
    private func message(_ event: DomainEvent, key: String, type: String, source: String?) -> YAMLNode {
        var pairs: [(key: String, value: YAMLNode)] = [("name", .string(key)), ("title", .string(event.name))]
        if let doc = event.doc { pairs.append(("summary", .string(doc))) }
        pairs.append(("contentType", .string("application/json")))
        pairs.append(("headers", headers(type: type, source: source)))
        pairs.append(("payload", .mapping([("$ref", .string("#/components/schemas/\(key)"))])))
        return .mapping(pairs)
    }

    /// The CloudEvents 1.0 attributes as HTTP binary-mode headers.
    private func headers(type: String, source: String?) -> YAMLNode {
        func string(_ description: String, _ extra: [(key: String, value: YAMLNode)] = []) -> YAMLNode {
            .mapping([("type", .string("string"))] + extra + [("description", .string(description))])
        }
        let sourceExtra: [(key: String, value: YAMLNode)] = source.map { [("const", .string("/\($0)"))] } ?? []
        return .mapping([
            ("type", .string("object")),
            ("required", .sequence(["ce-id", "ce-source", "ce-type", "ce-specversion"].map(YAMLNode.string))),
            (
                "properties",
                .mapping([
                    ("ce-id", string("Unique per event from its source; a receiver drops an id it has seen.")),
                    ("ce-source", string("The service that sent it, as `/<service>`.", sourceExtra)),
                    ("ce-type", string("The event type.", [("const", .string(type))])),
                    ("ce-specversion", string("The CloudEvents version.", [("const", .string("1.0"))])),
                    ("ce-time", string("When it happened.", [("format", .string("date-time"))])),
                    ("ce-subject", string("The id of the aggregate it happened to.")),
                ])
            ),
        ])
    }
}
