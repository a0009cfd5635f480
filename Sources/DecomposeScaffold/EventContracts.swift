import DecomposeCore

/// What every service of a system agrees on about each domain event: its CloudEvents type, which of its fields
/// every publisher fills (the contract's required ones), and which services react to it.
///
/// A field the model requires is required in the contract only when every command that publishes the event, in
/// every service, has it at hand (its resource's id or property, another resource it writes); otherwise it is
/// optional, sent empty by the publishers that cannot fill it, and the service README names them.
public struct EventContracts: Sendable {
    /// The CloudEvents type of each event: `<system>.<Event>`, unique among the model's events.
    var types: [String: String] = [:]
    /// The property names every publication of each event fills; an event nobody publishes has no entry.
    var filled: [String: Set<String>] = [:]
    /// The services reacting to each event, by name, sorted.
    var subscribers: [String: [String]] = [:]

    /// The contracts of `model`'s events between the services of `decomposition`.
    public init(model: DomainModel, decomposition: Decomposition) {
        self.init(
            model: model, contexts: decomposition.contexts, serviceNames: ServicePlanner.serviceNames(of: decomposition)
        )
    }

    /// The contracts between the services of `contexts`, named as `serviceNames` says.
    init(model: DomainModel, contexts: [BoundedContext], serviceNames: [String: String]) {
        let system = NameSanitizer.serviceName(model.system.name)
        var names = UniqueNames()
        for event in model.events.map(\.name).sorted() where types[event] == nil {
            types[event] = system + "." + names.claim(NameSanitizer.typeName(event, fallback: "Event"))
        }
        for context in contexts {
            let blueprint = ServiceBlueprint(model: model, context: context)
            for publication in blueprint.publications {
                let names = Set(publication.sources.keys)
                filled[publication.event] = filled[publication.event].map { $0.intersection(names) } ?? names
            }
            if let service = serviceNames[context.name] {
                for reaction in blueprint.reactions { subscribers[reaction.event, default: []].append(service) }
            }
        }
        subscribers = subscribers.mapValues { Array(Set($0)).sorted() }
    }

    /// The CloudEvents type of `event`.
    func type(of event: String) -> String {
        types[event] ?? NameSanitizer.typeName(event, fallback: "Event")
    }

    /// `property` of `event` as the contract holds it: required only when the model requires it and every
    /// publisher fills it.
    func settled(_ property: ServiceBlueprint.Property, of event: String) -> ServiceBlueprint.Property {
        var property = property
        property.isRequired = property.isRequired && (filled[event].map { $0.contains(property.name) } ?? true)
        return property
    }
}
