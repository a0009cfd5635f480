/// Names used by owners, inheritance, use cases and events.
extension ModelBuildingSession {
    /// Reports unknown teams, parents, entities, fields and events used anywhere but in constraints
    /// (which `ConstraintChecker` checks).
    mutating func checkNames() {
        let teams = Set(model.teams.map(\.name))
        let teamSuggester = NameSuggester(teams)
        let aggregates = Dictionary(model.aggregates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for entity in model.entities {
            if let owner = entity.owner, !teams.contains(owner), !inheritsOwner(entity, aggregates: aggregates) {
                reportUnknown(
                    "model.unknownTeam", "team", owner, at: entity.location, suggester: teamSuggester,
                    context: " owning entity '\(entity.name)'", locatedName: entity.name)
            }
            if let parent = entity.parent, !entityNames.contains(parent) {
                reportUnknown(
                    "model.unknownEntity", "entity", parent, at: entity.location, suggester: entitySuggester,
                    context: " extended by '\(entity.name)'", locatedName: entity.name)
            }
        }
        for aggregate in model.aggregates where !aggregate.isInferred {
            if let owner = aggregate.owner, !teams.contains(owner) {
                reportUnknown(
                    "model.unknownTeam", "team", owner, at: aggregate.location, suggester: teamSuggester,
                    context: " owning aggregate '\(aggregate.name)'", locatedName: aggregate.name)
            }
        }
        let events = Set(model.events.map(\.name))
        let eventSuggester = NameSuggester(events)
        for useCase in model.useCases {
            for access in useCase.reads + useCase.writes { check(access) }
            for event in useCase.emits + useCase.handles where !events.contains(event.name) {
                reportUnknown("model.unknownEvent", "event", event.name, at: event.location, suggester: eventSuggester)
            }
        }
    }

    /// Whether `entity` has its owner from its aggregate (reported there, not on every member).
    private func inheritsOwner(_ entity: Entity, aggregates: [String: Aggregate]) -> Bool {
        guard let aggregate = entity.aggregate.flatMap({ aggregates[$0] }) else { return false }
        return aggregate.owner == entity.owner && (!aggregate.isInferred || aggregate.root != entity.name)
    }

    private mutating func check(_ access: Access) {
        guard entityNames.contains(access.entity) else {
            reportUnknown(
                "model.unknownEntity", "entity", access.entity, at: access.location, suggester: entitySuggester)
            return
        }
        guard let field = access.field else { return }
        let fields = fieldNames(of: access.entity)
        guard !fields.contains(field) else { return }
        let location = access.location.map {
            $0.line > 0
                ? SourceLocation(
                    file: $0.file, line: $0.line, column: $0.column + access.entity.unicodeScalars.count + 1)
                : $0
        }
        reportUnknown(
            "model.unknownField", "field", field, at: location, suggester: NameSuggester(fields),
            context: " of entity '\(access.entity)'")
    }

    /// The fields of `entity` and of the entities it extends.
    func fieldNames(of entity: String) -> Set<String> {
        var names: Set<String> = []
        var visited: Set<String> = []
        var next: String? = entity
        while let name = next, visited.insert(name).inserted, let declaration = self.entity(named: name) {
            names.formUnion(declaration.fields.map(\.name))
            next = declaration.parent
        }
        return names
    }

    /// Reports each inheritance cycle once, at its entity declared first, in linear time: a walk up the parents
    /// stops at any entity an earlier walk visited, so no chain is walked twice (a 3,000-deep chain took minutes).
    mutating func checkInheritance() {
        var walkOf: [String: Int] = [:]
        for (walk, entity) in model.entities.enumerated() where walkOf[entity.name] == nil {
            var chain: [String] = []
            var next: String? = entity.name
            while let name = next, walkOf[name] == nil, let declared = self.entity(named: name) {
                walkOf[name] = walk
                chain.append(name)
                next = declared.parent
            }
            guard let name = next, walkOf[name] == walk, let start = chain.firstIndex(of: name) else { continue }
            var cycle = Array(chain[start...])
            let first = cycle.indices.min { entityIndex[cycle[$0]] ?? 0 < entityIndex[cycle[$1]] ?? 0 } ?? 0
            cycle = Array(cycle[first...] + cycle[..<first])
            guard let head = self.entity(named: cycle[0]) else { continue }
            report(
                .error, "model.inheritanceCycle",
                "inheritance cycle: \((cycle + [head.name]).joined(separator: " extends "))",
                at: head.location, length: head.name.unicodeScalars.count)
        }
    }
}
