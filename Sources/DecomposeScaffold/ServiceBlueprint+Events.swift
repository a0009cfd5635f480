import DecomposeCore

extension ServiceBlueprint {
    /// A domain event the service publishes or reacts to, as its code and contract hold it.
    struct Event: Sendable, Hashable {
        /// The event's name in the model.
        var name: String
        /// Its schema in the service's OpenAPI document, and so its Swift type (`Components.Schemas.<schemaName>`).
        var schemaName: String
        var doc: String?
        /// Its fields, required as the model says (`EventContracts` makes optional those a publisher cannot fill).
        var properties: [Property]
    }

    /// Where a publisher takes one field of an event it publishes, from what its command has at hand.
    enum FieldSource: Sendable, Hashable {
        /// The id of the command's own resource.
        case resourceID
        /// A property of the command's own resource, as the command leaves it.
        case resourceProperty(String)
        /// The id of another resource the command writes (`OtherWrite.property` names it).
        case otherID(String)
    }

    /// An event one command of the service publishes, with where each of its fields comes from.
    struct Publication: Sendable, Hashable {
        var event: String
        /// The use case (and operation) that publishes it.
        var useCase: String
        /// The event's property names, each with its source; nil where the command has nothing to fill it with.
        var sources: [String: FieldSource]
    }

    /// What a use case that reacts to an event does with it, worked out from the event's fields and the use case's
    /// writes.
    struct Reaction: Sendable, Hashable {
        /// How the reaction fills one property of the resource it creates.
        enum Value: Sendable, Hashable {
            /// The event's property of this name.
            case event(String)
            /// The empty value of the property's type: 0, false, an empty list.
            case empty
            /// The time of the event, for a date the event does not carry.
            case eventTime
            /// The id of each stored resource of the kind it references: one resource is created per each.
            case each(resource: String)
        }

        /// One property of a created resource and its value.
        struct Assignment: Sendable, Hashable {
            var property: String
            var value: Value
        }

        enum Effect: Sendable, Hashable {
            /// Creates a resource: each property's value, in the resource's order (optional ones the event does not
            /// carry are left out).
            case creates([Assignment])
            /// Changes the resource the event's property `target` names: each written property from the event's
            /// property of the same name.
            case changes(target: String, writes: [String])
            /// Nothing the scaffold can derive: the event is recorded, and this says why nothing else happens.
            case none(reason: String)
        }

        var event: String
        var useCase: String
        /// The root entity of the resource the use case's operation belongs to.
        var resource: String
        var effect: Effect
    }

    /// Two properties hold the same kind of value: same name, list-ness and JSON type (a plain UUID and a
    /// reference match when their names do).
    static func sameKind(_ a: Property, _ b: Property) -> Bool {
        a.name == b.name && a.isList == b.isList && a.schemaType == b.schemaType && a.format == b.format
            && a.component == b.component
            && (a.references == nil || b.references == nil || a.references == b.references)
    }

    /// Where `operation` of `resource` takes each property of an event it publishes: its resource's id for a
    /// reference to the resource, another written resource's id for a reference to that one, its resource's
    /// property holding the same kind of value (by name, or a reference to the same entity), else nothing.
    static func sources(
        of properties: [Property], publishedBy operation: Operation, of resource: Resource
    ) -> [String: FieldSource] {
        var sources: [String: FieldSource] = [:]
        for property in properties {
            let fits = { (candidate: Property) in candidate.isRequired || !property.isRequired }
            if let target = property.references, !property.isList {
                if target == resource.name {
                    sources[property.name] = .resourceID
                    continue
                }
                if let other = operation.others.first(where: { $0.resource == target }) {
                    sources[property.name] = .otherID(other.property)
                    continue
                }
            }
            let match =
                resource.properties.first { sameKind($0, property) && fits($0) }
                ?? property.references.flatMap { target in
                    resource.properties.first {
                        $0.references == target && $0.isList == property.isList && fits($0)
                    }
                }
            if let match { sources[property.name] = .resourceProperty(match.name) }
        }
        return sources
    }

    /// The events `context`'s use cases publish and react to (as `AsyncAPIBuilder.Traffic` says), with their
    /// schemas named by `collector` and their fields required as `contracts` settle them (as the model says
    /// without), the commands that publish them and the reactions to them.
    static func events(
        model: DomainModel, context: BoundedContext, resources: [Resource], contracts: EventContracts?,
        collector: inout SchemaCollector
    ) -> (events: [Event], publications: [Publication], reactions: [Reaction]) {
        let traffic = AsyncAPIBuilder.Traffic(model: model, context: context)
        var events: [Event] = []
        for name in traffic.events {
            let event = model.events.first { $0.name == name } ?? DecomposeCore.DomainEvent(name: name)
            let properties = collector.properties(of: event.fields, reserved: [])
            events.append(
                Event(
                    name: name, schemaName: collector.componentName(for: name), doc: event.doc,
                    properties: contracts.map { contracts in properties.map { contracts.settled($0, of: name) } }
                        ?? properties))
        }
        var publications: [Publication] = []
        var reactions: [Reaction] = []
        for event in events {
            for useCase in traffic.publishers[event.name] ?? [] {
                guard let (resource, operation) = operation(named: useCase, in: resources), operation.isCommand
                else { continue }
                publications.append(
                    Publication(
                        event: event.name, useCase: useCase,
                        sources: sources(of: event.properties, publishedBy: operation, of: resource)))
            }
            for useCase in traffic.handlers[event.name] ?? [] {
                guard let (resource, operation) = operation(named: useCase, in: resources) else { continue }
                let reads = Set(model.useCases.first { $0.name == useCase }?.reads.map(\.entity) ?? [])
                reactions.append(
                    Reaction(
                        event: event.name, useCase: useCase, resource: resource.name,
                        effect: effect(
                            of: event, on: operation, of: resource, reads: reads, resources: resources)))
            }
        }
        return (events, publications, reactions)
    }

    /// The resource and operation of the use case `name`.
    static func operation(named name: String, in resources: [Resource]) -> (Resource, Operation)? {
        for resource in resources {
            if let operation = resource.operations.first(where: { $0.name == name }) { return (resource, operation) }
        }
        return nil
    }

    /// What reacting to `event` with `operation` does: a creation fills its resource from the event (a required
    /// property the event lacks gets the empty value of a number, a flag or a list, the event's time for a date,
    /// or one resource per stored one of the kind a lone missing reference names when the use case reads that
    /// kind); a change changes the resource the event names. Anything else is left to the team, and says why.
    static func effect(
        of event: Event, on operation: Operation, of resource: Resource, reads: Set<String>, resources: [Resource]
    ) -> Reaction.Effect {
        guard operation.isCommand else {
            return .none(reason: "\(operation.name) is a query: it changes nothing.")
        }
        if operation.isCreation {
            var values: [Reaction.Assignment] = []
            var missing: [String] = []
            var fannedOut = false
            for property in resource.properties {
                if let carried = event.properties.first(where: {
                    sameKind($0, property) && ($0.isRequired || !property.isRequired)
                }) {
                    values.append(Reaction.Assignment(property: property.name, value: .event(carried.name)))
                } else if let carried = property.references.flatMap({ target in
                    event.properties.first {
                        $0.references == target && $0.isList == property.isList
                            && ($0.isRequired || !property.isRequired)
                    }
                }) {
                    values.append(Reaction.Assignment(property: property.name, value: .event(carried.name)))
                } else if !property.isRequired {
                    continue
                } else if property.isList || ["integer", "number", "boolean"].contains(property.schemaType) {
                    values.append(Reaction.Assignment(property: property.name, value: .empty))
                } else if property.format == "date-time" {
                    values.append(Reaction.Assignment(property: property.name, value: .eventTime))
                } else if let target = property.references, !fannedOut, target != resource.name,
                    reads.contains(target), resources.contains(where: { $0.name == target })
                {
                    fannedOut = true
                    values.append(Reaction.Assignment(property: property.name, value: .each(resource: target)))
                } else {
                    missing.append(property.name)
                }
            }
            guard missing.isEmpty else {
                return .none(
                    reason: "\(event.name) does not carry \(Phrase.list(missing)), which a new \(resource.name) needs.")
            }
            return .creates(values)
        }
        guard
            let target = event.properties.first(where: {
                $0.references == resource.name && !$0.isList && $0.isRequired
            })
        else {
            return .none(reason: "\(event.name) does not say which \(resource.name) \(operation.name) changes.")
        }
        let writes = operation.writes.filter { name in
            guard let property = resource.properties.first(where: { $0.name == name }) else { return false }
            return event.properties.contains { sameKind($0, property) && ($0.isRequired || !property.isRequired) }
        }
        guard !writes.isEmpty else {
            return .none(
                reason: "\(event.name) carries none of the fields \(operation.name) writes of the \(resource.name).")
        }
        return .changes(target: target.name, writes: writes)
    }
}
