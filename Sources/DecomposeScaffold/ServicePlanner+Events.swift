import DecomposeCore
import TemplateEngine

extension ServicePlanner {
    /// The template data of the events `blueprint`'s service publishes and reacts to: the subscribers its relay
    /// sends to, the handler of each event it receives, and the README's account of both; `reactionTest` is
    /// `reactionTestData`'s answer, worked out once by the caller.
    func eventData(
        _ blueprint: ServiceBlueprint, contracts: EventContracts, reactionTest: MustacheValue?
    ) -> [String: MustacheValue] {
        let published = Set(blueprint.publications.map(\.event))
        let subscribers = published.sorted().compactMap { event -> (String, [String])? in
            contracts.subscribers[event].map { (contracts.type(of: event), $0) }
        }
        let services = Set(subscribers.flatMap(\.1)).sorted()
        let received = blueprint.events.filter { event in blueprint.reactions.contains { $0.event == event.name } }
        var index = 0
        let receivedData = received.map { event -> MustacheValue in
            let reactions = blueprint.reactions.filter { $0.event == event.name }.map { reaction -> MustacheValue in
                index += 1
                return reactionData(reaction, event: event, index: index, blueprint: blueprint)
            }
            let usesPayload = blueprint.reactions.contains { reaction in
                guard reaction.event == event.name else { return false }
                if case .none = reaction.effect { return false }
                return true
            }
            return .object([
                "typeLiteral": .string(SwiftLiteral.string(contracts.type(of: event.name))),
                "schemaName": .string(event.schemaName),
                "nameComment": .string(MarkdownText.comment(event.name)),
                "usesPayload": .bool(usesPayload),
                "reactions": .list(reactions),
            ])
        }
        return [
            "publishesEvents": .bool(!published.isEmpty),
            "handlesEvents": .bool(!received.isEmpty),
            "hasEventCode": .bool(!published.isEmpty || !received.isEmpty),
            "hasSubscribers": .bool(!subscribers.isEmpty),
            "subscribers": .list(
                subscribers.map { type, services in
                    .object([
                        "typeLiteral": .string(SwiftLiteral.string(type)),
                        "servicesLiteral": .string(services.map(SwiftLiteral.string).joined(separator: ", ")),
                    ])
                }),
            "subscriberServicesLiteral": .string(services.map(SwiftLiteral.string).joined(separator: ", ")),
            "receivedEvents": .list(receivedData),
            "subscriberServicesMarkdown": .string(
                MarkdownText.plain(services.isEmpty ? "no service yet" : Phrase.list(services))),
            "readmeReactions": .list(blueprint.reactions.map(readmeReactionData)),
            "unfilledFields": .list(unfilledFieldsData(blueprint)),
            "publicationTest": .list(publicationTestData(blueprint, contracts: contracts).map { [$0] } ?? []),
            "reactionTest": .list(reactionTest.map { [$0] } ?? []),
            "receivedEventsComment": .string(MarkdownText.comment(Phrase.list(received.map(\.name)))),
        ]
    }

    /// The events one command publishes, as Swift: the CloudEvents type and source, the subject, and the payload's
    /// initializer arguments from what the command has at hand (`variable` holds its resource).
    func publicationData(
        _ operation: ServiceBlueprint.Operation, of resource: ServiceBlueprint.Resource,
        blueprint: ServiceBlueprint, contracts: EventContracts, serviceName: String
    ) -> [MustacheValue] {
        let holder =
            operation.isCreation || operation.bodySchema != nil ? Self.variable(for: resource.name) : "stored.item"
        func expression(_ source: ServiceBlueprint.FieldSource) -> String {
            switch source {
            case .resourceID: operation.isCreation ? "id" : "input.path.id"
            case .resourceProperty(let name): holder + ".value1." + NameSanitizer.generatedMemberName(name)
            case .otherID(let property):
                operation.others.first { $0.property == property }.map { other in
                    Self.variable(for: other.resource) + (other.creates ? "ID" : "Changes.id")
                } ?? "id"
            }
        }
        return blueprint.publications.filter { $0.useCase == operation.name }.compactMap { publication in
            guard let event = blueprint.events.first(where: { $0.name == publication.event }) else { return nil }
            let arguments = event.properties.compactMap { property in
                publication.sources[property.name].map {
                    NameSanitizer.generatedMemberName(property.name) + ": " + expression($0)
                }
            }
            // The subject is the resource the event is about: its first reference, when the command has its id.
            let subject =
                event.properties.first { $0.references != nil && !$0.isList }.flatMap { property in
                    publication.sources[property.name].flatMap { source -> String? in
                        if case .resourceProperty(let name) = source,
                            resource.properties.first(where: { $0.name == name })?.isRequired != true
                        {
                            return nil
                        }
                        return expression(source)
                    }
                } ?? expression(.resourceID)
            return .object([
                "typeLiteral": .string(SwiftLiteral.string(contracts.type(of: event.name))),
                "sourceLiteral": .string(SwiftLiteral.string("/" + serviceName)),
                "subject": .string(subject),
                "schemaName": .string(event.schemaName),
                "arguments": .string(arguments.joined(separator: ", ")),
            ])
        }
    }

    /// One reaction to a received event, as Swift: the resource it creates or changes and with what.
    private func reactionData(
        _ reaction: ServiceBlueprint.Reaction, event: ServiceBlueprint.Event, index: Int, blueprint: ServiceBlueprint
    ) -> MustacheValue {
        let resource = blueprint.resources.first { $0.name == reaction.resource }
        var data: [String: MustacheValue] = [
            "index": .number(String(index)),
            "useCaseComment": .string(MarkdownText.comment(reaction.useCase)),
            "nameComment": .string(MarkdownText.comment(reaction.resource)),
            "nameLiteral": .string(SwiftLiteral.string(reaction.resource)),
            "variable": .string(Self.variable(for: reaction.resource)),
            "inputSchemaName": .string((resource?.schemaName ?? "") + "Input"),
        ]
        let payload = { (name: String) in "payload." + NameSanitizer.generatedMemberName(name) }
        switch reaction.effect {
        case .creates(let assignments):
            var each: String?
            let arguments = assignments.map { assignment -> String in
                let property = resource?.properties.first { $0.name == assignment.property }
                let value: String
                switch assignment.value {
                case .event(let name): value = payload(name)
                case .eventTime: value = "event.time"
                case .each(let target):
                    each = target
                    value = "each.value2.id"
                case .empty:
                    value = property?.isList == true ? "[]" : property?.schemaType == "boolean" ? "false" : "0"
                }
                return NameSanitizer.generatedMemberName(assignment.property) + ": " + value
            }
            data["creates"] = .bool(true)
            data["arguments"] = .string(arguments.joined(separator: ", "))
            data["fansOut"] = .list(
                each.map {
                    [
                        .object([
                            "eachVariable": .string(Self.variable(for: $0)),
                            "eachComment": .string(MarkdownText.comment($0)),
                        ])
                    ]
                } ?? [])
            data["once"] = .bool(each == nil)
        case .changes(let target, let writes):
            data["changes"] = .bool(true)
            data["target"] = .string(payload(target))
            data["writes"] = .list(
                writes.map { name in
                    .object([
                        "swiftName": .string(NameSanitizer.generatedMemberName(name)), "value": .string(payload(name)),
                    ])
                })
        case .none(let reason):
            data["none"] = .bool(true)
            data["reasonComment"] = .string(MarkdownText.comment(reason))
        }
        return .object(data)
    }

    /// The first command that publishes an event some service reacts to, for the generated tests: a creation
    /// without other resources, or a change of one resource, and how many outbox rows it writes.
    private func publicationTestData(_ blueprint: ServiceBlueprint, contracts: EventContracts) -> MustacheValue? {
        for resource in blueprint.resources {
            for operation in resource.operations where operation.others.isEmpty {
                let destinations = blueprint.publications.filter { $0.useCase == operation.name }.reduce(0) {
                    $0 + (contracts.subscribers[$1.event]?.count ?? 0)
                }
                guard destinations > 0 else { continue }
                let written = resource.properties.filter { operation.writes.contains($0.name) && $0.isRequired }
                let body = "{" + written.map { "\"\($0.name)\":\($0.sample)" }.joined(separator: ",") + "}"
                return .object([
                    "operationName": .string(MarkdownText.comment(operation.name)),
                    "isCreation": .bool(operation.isCreation),
                    "isChange": .bool(!operation.isCreation),
                    "path": .string(operation.path),
                    "collectionPath": .string("/" + resource.plural),
                    "pathSuffix": .string(String(operation.path.split(separator: "/").last ?? "")),
                    "sampleJSONLiteral": .string(SwiftLiteral.string(Self.sample(resource.properties))),
                    "bodyLiteral": .string(SwiftLiteral.string(operation.bodySchema == nil ? "{}" : body)),
                    "hasBody": .bool(operation.isCreation || operation.bodySchema != nil),
                    "destinations": .number(String(destinations)),
                ])
            }
        }
        return nil
    }

    /// The first reaction that creates a resource, for the generated tests: the event to post, the collection
    /// that gains a resource, and the resource to store first when it makes one per stored resource of a kind.
    func reactionTestData(_ blueprint: ServiceBlueprint, contracts: EventContracts) -> MustacheValue? {
        for reaction in blueprint.reactions {
            guard case .creates(let assignments) = reaction.effect,
                let event = blueprint.events.first(where: { $0.name == reaction.event }),
                let resource = blueprint.resources.first(where: { $0.name == reaction.resource })
            else { continue }
            let each = assignments.lazy.compactMap { assignment -> ServiceBlueprint.Resource? in
                guard case .each(let target) = assignment.value else { return nil }
                return blueprint.resources.first { $0.name == target }
            }.first
            return .object([
                "typeLiteral": .string(SwiftLiteral.string(contracts.type(of: event.name))),
                "eventComment": .string(MarkdownText.comment(event.name)),
                "useCaseComment": .string(MarkdownText.comment(reaction.useCase)),
                "payloadLiteral": .string(SwiftLiteral.string(Self.sample(event.properties))),
                "collectionPath": .string("/" + resource.plural),
                "nameComment": .string(MarkdownText.comment(resource.name)),
                "fansOut": .list(
                    each.map { target in
                        [
                            .object([
                                "collectionPath": .string("/" + target.plural),
                                "sampleJSONLiteral": .string(SwiftLiteral.string(Self.sample(target.properties))),
                            ])
                        ]
                    } ?? []),
            ])
        }
        return nil
    }

    /// A JSON object of the required `properties`' samples.
    static func sample(_ properties: [ServiceBlueprint.Property]) -> String {
        "{" + properties.filter(\.isRequired).map { "\"\($0.name)\":\($0.sample)" }.joined(separator: ",") + "}"
    }

    /// One reaction in the service README's words: what the use case does with the event.
    private func readmeReactionData(_ reaction: ServiceBlueprint.Reaction) -> MustacheValue {
        let effect: String
        switch reaction.effect {
        case .creates(let assignments):
            let each = assignments.lazy.compactMap { assignment -> String? in
                if case .each(let target) = assignment.value { return target }
                return nil
            }.first
            let carried = assignments.compactMap { assignment -> String? in
                if case .event = assignment.value { return assignment.property }
                return nil
            }
            let empty = assignments.compactMap { assignment -> String? in
                if case .empty = assignment.value { return assignment.property }
                return nil
            }
            var sentence = "creates a new \(reaction.resource)" + (each.map { " for each stored \($0)" } ?? "")
            if !carried.isEmpty { sentence += ", with \(Phrase.list(carried)) from the event" }
            if !empty.isEmpty { sentence += "; \(Phrase.list(empty)) start empty" }
            effect = MarkdownText.plain(sentence + ".")
        case .changes(let target, let writes):
            effect = MarkdownText.plain("sets \(Phrase.list(writes)) of the \(reaction.resource) that \(target) names.")
        case .none(let reason):
            effect =
                "nothing yet: " + MarkdownText.plain(reason)
                + " The event is recorded as handled; write its effect in `ServiceAPI+Events.swift`."
        }
        return .object([
            "eventMarkdown": .string(MarkdownText.plain(reaction.event)),
            "useCaseMarkdown": .string(MarkdownText.plain(reaction.useCase)),
            "effectMarkdown": .string(effect),
        ])
    }

    /// The fields each published event goes without, because its command does not hold them: optional in the
    /// contract, for the team to fill.
    private func unfilledFieldsData(_ blueprint: ServiceBlueprint) -> [MustacheValue] {
        blueprint.publications.compactMap { publication in
            guard let event = blueprint.events.first(where: { $0.name == publication.event }) else { return nil }
            let missing = event.properties.map(\.name).filter { publication.sources[$0] == nil }
            guard !missing.isEmpty else { return nil }
            return .object([
                "eventMarkdown": .string(MarkdownText.plain(event.name)),
                "useCaseMarkdown": .string(MarkdownText.plain(publication.useCase)),
                "fieldsMarkdown": .string(MarkdownText.plain(Phrase.list(missing))),
            ])
        }
    }
}
