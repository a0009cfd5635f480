/// Names used by owners, inheritance, use cases and events.
extension ModelBuildingSession {
    /// Reports unknown teams, parents, entities, fields and events used anywhere but in constraints
    /// (which `ConstraintChecker` checks).
    mutating func checkNames() {
        let teams = Set(model.teams.map(\.name))
        let entities = entityNames
        for entity in model.entities {
            if let owner = entity.owner, !teams.contains(owner), !inheritsOwner(entity) {
                reportUnknown(
                    "model.unknownTeam", "team", owner, at: entity.location, candidates: teams,
                    context: " owning entity '\(entity.name)'", locatedName: entity.name)
            }
            if let parent = entity.parent, !entities.contains(parent) {
                reportUnknown(
                    "model.unknownEntity", "entity", parent, at: entity.location, candidates: entities,
                    context: " extended by '\(entity.name)'", locatedName: entity.name)
            }
        }
        for aggregate in model.aggregates where !aggregate.isInferred {
            if let owner = aggregate.owner, !teams.contains(owner) {
                reportUnknown(
                    "model.unknownTeam", "team", owner, at: aggregate.location, candidates: teams,
                    context: " owning aggregate '\(aggregate.name)'", locatedName: aggregate.name)
            }
        }
        let events = Set(model.events.map(\.name))
        for useCase in model.useCases {
            for access in useCase.reads + useCase.writes { check(access, entities: entities) }
            for event in useCase.emits + useCase.handles where !events.contains(event.name) {
                reportUnknown("model.unknownEvent", "event", event.name, at: event.location, candidates: events)
            }
        }
    }

    /// Whether `entity` has its owner from its aggregate (reported there, not on every member).
    private func inheritsOwner(_ entity: Entity) -> Bool {
        guard let aggregate = model.aggregates.first(where: { $0.name == entity.aggregate }) else { return false }
        return aggregate.owner == entity.owner && (!aggregate.isInferred || aggregate.root != entity.name)
    }

    private mutating func check(_ access: Access, entities: Set<String>) {
        guard entities.contains(access.entity) else {
            reportUnknown("model.unknownEntity", "entity", access.entity, at: access.location, candidates: entities)
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
            "model.unknownField", "field", field, at: location, candidates: fields,
            context: " of entity '\(access.entity)'")
    }

    /// The fields of `entity` and of the entities it extends.
    func fieldNames(of entity: String) -> Set<String> {
        var names: Set<String> = []
        var visited: Set<String> = []
        var next: String? = entity
        while let name = next, visited.insert(name).inserted, let declaration = model.entity(named: name) {
            names.formUnion(declaration.fields.map(\.name))
            next = declaration.parent
        }
        return names
    }

    /// Reports each inheritance cycle once.
    mutating func checkInheritance() {
        var reported: Set<String> = []
        for entity in model.entities where !reported.contains(entity.name) {
            var chain = [entity.name]
            var next = entity.parent
            while let name = next, !chain.contains(name), let parent = model.entity(named: name) {
                chain.append(name)
                next = parent.parent
            }
            guard next == entity.name, reported.isDisjoint(with: chain) else { continue }
            reported.formUnion(chain)
            report(
                .error, "model.inheritanceCycle",
                "inheritance cycle: \((chain + [entity.name]).joined(separator: " extends "))",
                at: entity.location, length: entity.name.unicodeScalars.count)
        }
    }
}
