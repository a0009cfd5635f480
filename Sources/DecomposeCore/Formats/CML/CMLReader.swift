/// Reads a Context Mapper CML file into a declared model.
///
/// Bounded contexts of type FEATURE, APPLICATION or SYSTEM (or no type) are the current decomposition: each is a
/// declared context of its aggregates (and entities declared outside an aggregate), reported beside the
/// suggestion and pinned only when asked (`DomainModel.keepingCurrentContexts()`). TEAM contexts become teams; a team owns the aggregates of the contexts it `realizes` (or
/// `implements`, when that names a bounded context) unless an aggregate names its `owner`. Aggregates keep
/// their six non-functional attributes and `securityZone` (aggregates sharing a zone form one security zone).
/// An attribute typed with an entity of another aggregate is a reference; within the aggregate it is
/// composition; `- Type` to a value object or enum embeds the value. Use-case interactions and user stories become reads and writes. Context-map relationships
/// are read and validated; the model has no place for them, so one note says how many were read.
/// An application-layer `Flow` gives the use case named like each command the events it emits
/// (`command A emits event E`) and handles (`event E triggers command A`). The entity hints decompose writes
/// (`CMLWriter`) are read back: `decompose:inferred` leaves the aggregate to inference (its owner and
/// characteristics go to its entities), `storage=<kind>` sets the entity's storage.
public struct CMLReader: Sendable {
    public init() {}

    /// The declared model of `text` and every problem found, located `path:line:col`.
    public func read(_ text: String, path: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        var parser = CMLParser(path: path)
        parser.parse(text)
        var diagnostics = parser.diagnostics
        var model = DomainModel(
            system: parser.system ?? SystemInfo(name: "System"), enums: parser.enums, values: parser.values,
            events: parser.events)
        let contextsByName = Dictionary(parser.contexts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        diagnostics += Self.contextMapDiagnostics(parser, contextsByName)

        let teams = parser.contexts.filter { $0.type == "TEAM" }
        model.teams = teams.map { Team(name: $0.name, location: $0.location) }
        let (aggregates, entities) = resolveAggregates(parser: parser, diagnostics: &diagnostics)
        let embedded = Set(parser.values.map(\.name) + parser.enums.map(\.name))
        model.values = parser.values.map { value in
            var value = value
            value.fields = Self.embeddingValues(value.fields, embedded)
            return value
        }
        model.events = parser.events.map { event in
            var event = event
            event.fields = Self.embeddingValues(event.fields, embedded)
            return event
        }
        let contextOfAggregate: [String: String]
        (model.currentDecomposition, contextOfAggregate) = Self.currentDecomposition(
            parser.contexts, keeping: Set(aggregates.map(\.aggregate.name)))
        let teamOf = Self.teamOfContext(teams, contextsByName)
        model.aggregates = aggregates.map { record in
            var aggregate = record.aggregate
            if aggregate.owner == nil, let context = contextOfAggregate[aggregate.name] {
                aggregate.owner = teamOf[context]
            }
            if let owner = aggregate.owner, let context = contextsByName[owner], context.type != "TEAM" {
                diagnostics.append(
                    .error(
                        "cml.ownerNotTeam", "owner '\(owner)' is a bounded context but not of type TEAM",
                        at: record.ownerLocation))
            }
            return aggregate
        }
        model.zones = Self.zones(of: aggregates)
        model.entities = entities
        model.useCases = Self.onRoots(parser.useCases, aggregates: model.aggregates, entities: entities)
        applyFlows(parser.flowSteps, to: &model, diagnostics: &diagnostics)
        Self.dissolve(Set(aggregates.filter(\.isInferred).map(\.aggregate.name)), in: &model)
        return (model, diagnostics)
    }

    /// A use of an unknown context is an error; a context map gets one note: its relationships were read and checked,
    /// and the model has no place for them.
    private static func contextMapDiagnostics(
        _ parser: CMLParser, _ contextsByName: [String: CMLParser.Context]
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for use in parser.contextUses where contextsByName[use.name] == nil {
            diagnostics.append(
                .error("cml.unknownContext", "no bounded context is called '\(use.name)'", at: use.range))
        }
        for location in parser.contextMapLocations {
            diagnostics.append(
                Diagnostic(
                    .note, id: "cml.contextMapRead",
                    "read \(parser.relationshipCount) context-map relationship(s) and checked their roles; decompose suggests its own relationships",
                    at: location))
        }
        return diagnostics
    }

    /// The team of each bounded context a TEAM context `realizes` or `implements` (the first team that names it).
    private static func teamOfContext(
        _ teams: [CMLParser.Context], _ contextsByName: [String: CMLParser.Context]
    ) -> [String: String] {
        var teamOf: [String: String] = [:]
        for team in teams {
            for name in team.realizes + team.implements where contextsByName[name] != nil && teamOf[name] == nil {
                teamOf[name] = team.name
            }
        }
        return teamOf
    }

    /// Every bounded context but a team's, with its `kept` aggregates and its entities, as the model's current
    /// decomposition; and the context of each aggregate (the first that lists it).
    private static func currentDecomposition(_ contexts: [CMLParser.Context], keeping kept: Set<String>)
        -> ([DeclaredContext], [String: String])
    {
        var declared: [DeclaredContext] = []
        var contextOfAggregate: [String: String] = [:]
        for context in contexts {
            for aggregate in context.aggregates where contextOfAggregate[aggregate] == nil {
                contextOfAggregate[aggregate] = context.name
            }
            let members = context.aggregates.filter(kept.contains) + context.entities
            if context.type != "TEAM" && !members.isEmpty {
                declared.append(
                    DeclaredContext(
                        name: context.name, members: members.map { NameReference($0) }, location: context.location))
            }
        }
        return (declared, contextOfAggregate)
    }

    /// One security zone per `securityZone` the aggregates name, in the order first named.
    private static func zones(of aggregates: [CMLParser.AggregateRecord]) -> [SecurityZone] {
        var zoneOrder: [String] = []
        var zoneMembers: [String: [NameReference]] = [:]
        for record in aggregates {
            guard let zone = record.securityZone else { continue }
            if zoneMembers[zone] == nil { zoneOrder.append(zone) }
            zoneMembers[zone, default: []].append(NameReference(record.aggregate.name))
        }
        return zoneOrder.map { SecurityZone(name: $0, members: zoneMembers[$0] ?? []) }
    }

    /// The use cases with every read and write of an aggregate (by its name) made one of its root.
    private static func onRoots(_ useCases: [UseCase], aggregates: [Aggregate], entities: [Entity]) -> [UseCase] {
        let rootOf = Dictionary(aggregates.map { ($0.name, $0.root) }, uniquingKeysWith: { first, _ in first })
        let entityNames = Set(entities.map(\.name))
        let toRoot = { (access: Access) -> Access in
            var access = access
            if !entityNames.contains(access.entity), let root = rootOf[access.entity] {
                access.entity = root
                access.field = nil
            }
            return access
        }
        return useCases.map { useCase in
            var useCase = useCase
            useCase.reads = useCase.reads.map(toRoot)
            useCase.writes = useCase.writes.map(toRoot)
            return useCase
        }
    }

    /// Flow steps give the use case named like each command the events it emits and handles.
    private func applyFlows(
        _ steps: [CMLParser.FlowStep], to model: inout DomainModel, diagnostics: inout [Diagnostic]
    ) {
        let indexOf = Dictionary(
            model.useCases.indices.map { (model.useCases[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        for step in steps {
            for command in step.commands {
                guard let index = indexOf[command.name] else {
                    diagnostics.append(
                        .warning(
                            "cml.unknownUseCase",
                            "no use case is called '\(command.name)'; the events of this flow step are not read",
                            at: command.location.map { SourceRange(start: $0) }))
                    continue
                }
                model.useCases[index].emits += step.emits
                model.useCases[index].handles += step.handles
            }
        }
    }

    /// Removes the aggregates decompose marked as inferred: their entities keep the owner and characteristics
    /// (where they have none of their own), declared contexts and zones name the entities, and `ModelBuilder` infers the
    /// aggregate again from composition.
    private static func dissolve(_ inferred: Set<String>, in model: inout DomainModel) {
        let dissolved = model.aggregates.filter { inferred.contains($0.name) }
        guard !dissolved.isEmpty else { return }
        // Positions in `dissolved`, not copies of the aggregates: a copy per member was most of the work.
        let byName = Dictionary(dissolved.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var byMember: [String: Int] = [:]
        for (number, aggregate) in dissolved.enumerated() {
            for member in aggregate.members where byMember[member] == nil { byMember[member] = number }
        }
        model.aggregates.removeAll { inferred.contains($0.name) }
        for index in model.entities.indices {
            guard let number = byMember[model.entities[index].name],
                model.entities[index].aggregate == dissolved[number].name
            else { continue }
            let aggregate = dissolved[number]
            model.entities[index].aggregate = nil
            model.entities[index].owner = model.entities[index].owner ?? aggregate.owner
            model.entities[index].characteristics = model.entities[index].characteristics.merged(
                over: aggregate.characteristics)
        }
        let expand = { (members: [NameReference]) -> [NameReference] in
            var expanded: [NameReference] = []
            for member in members {
                guard let number = byName[member.name] else {
                    expanded.append(member)
                    continue
                }
                expanded += dissolved[number].members.map { NameReference($0, at: member.location) }
            }
            return expanded
        }
        for index in model.currentDecomposition.indices {
            model.currentDecomposition[index].members = expand(model.currentDecomposition[index].members)
        }
        for index in model.zones.indices { model.zones[index].members = expand(model.zones[index].members) }
    }

    /// The aggregates with a root (those without entities are dropped with a warning), and every entity with
    /// attributes typed by an entity of another aggregate turned into references, and `-` references to value
    /// objects or enums (Sculptor's way of writing any non-basic type) turned into embedded values.
    private func resolveAggregates(parser: CMLParser, diagnostics: inout [Diagnostic])
        -> ([CMLParser.AggregateRecord], [Entity])
    {
        var kept: [CMLParser.AggregateRecord] = []
        for var record in parser.aggregates {
            let aggregate = record.aggregate
            let range = aggregate.location.map { SourceRange(start: $0) }
            guard let first = aggregate.members.first else {
                diagnostics.append(
                    .warning(
                        "cml.emptyAggregate", "aggregate '\(aggregate.name)' has no entity, so it is not read",
                        at: range))
                continue
            }
            if record.roots.count > 1 {
                diagnostics.append(
                    .error(
                        "cml.multipleRoots",
                        "aggregate '\(aggregate.name)' has more than one aggregateRoot: \(record.roots.joined(separator: ", "))",
                        at: range))
            } else if record.roots.isEmpty && aggregate.members.count > 1 {
                diagnostics.append(
                    .warning(
                        "cml.noAggregateRoot",
                        "aggregate '\(aggregate.name)' marks no entity 'aggregateRoot'; '\(first)' is taken as the root",
                        at: range))
            }
            let root = record.roots.first ?? first
            record.aggregate.root = root
            record.aggregate.members = [root] + aggregate.members.filter { $0 != root }
            kept.append(record)
        }
        let aggregateOf = Dictionary(
            parser.entities.map { ($0.name, $0.aggregate) }, uniquingKeysWith: { first, _ in first })
        let embedded = Set(parser.values.map(\.name) + parser.enums.map(\.name))
        let entities = parser.entities.map { entity in
            var entity = entity
            entity.fields = entity.fields.map { field in
                var field = field
                if !field.isReference, let target = aggregateOf[field.type.name], target != entity.aggregate {
                    field.isReference = true
                }
                return field
            }
            entity.fields = Self.embeddingValues(entity.fields, embedded)
            return entity
        }
        return (kept, entities)
    }

    /// `fields` with `-` references to value objects or enums (Sculptor's way of writing any non-basic
    /// type) turned into embedded values.
    private static func embeddingValues(_ fields: [Field], _ embedded: Set<String>) -> [Field] {
        fields.map { field in
            var field = field
            if field.isReference && embedded.contains(field.type.name) { field.isReference = false }
            return field
        }
    }
}
