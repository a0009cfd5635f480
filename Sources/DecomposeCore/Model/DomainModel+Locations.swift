extension DomainModel {
    /// The same model with every source location removed, so that models read from different
    /// texts (or formats) can be compared by content alone.
    public func withoutLocations() -> DomainModel {
        var model = self
        model.system.location = nil
        for index in model.teams.indices { model.teams[index].location = nil }
        for index in model.enums.indices { model.enums[index].location = nil }
        for index in model.values.indices {
            model.values[index].location = nil
            model.values[index].fields = model.values[index].fields.withoutLocations()
        }
        for index in model.entities.indices {
            model.entities[index].location = nil
            model.entities[index].fields = model.entities[index].fields.withoutLocations()
        }
        for index in model.aggregates.indices { model.aggregates[index].location = nil }
        for index in model.events.indices {
            model.events[index].location = nil
            model.events[index].fields = model.events[index].fields.withoutLocations()
        }
        for index in model.useCases.indices { model.useCases[index] = model.useCases[index].withoutLocations() }
        for index in model.zones.indices {
            model.zones[index].location = nil
            model.zones[index].members = model.zones[index].members.withoutLocations()
        }
        for index in model.keepApart.indices {
            model.keepApart[index].location = nil
            model.keepApart[index].members = model.keepApart[index].members.withoutLocations()
        }
        for index in model.keepTogether.indices {
            model.keepTogether[index].location = nil
            model.keepTogether[index].members = model.keepTogether[index].members.withoutLocations()
        }
        for index in model.pins.indices {
            model.pins[index].location = nil
            model.pins[index].members = model.pins[index].members.withoutLocations()
        }
        for index in model.currentDecomposition.indices {
            model.currentDecomposition[index].location = nil
            model.currentDecomposition[index].members = model.currentDecomposition[index].members.withoutLocations()
        }
        for index in model.deployments.indices {
            model.deployments[index].location = nil
            for option in model.deployments[index].options.indices {
                model.deployments[index].options[option].location = nil
            }
        }
        return model
    }
}

extension UseCase {
    fileprivate func withoutLocations() -> UseCase {
        var useCase = self
        useCase.location = nil
        useCase.reads = reads.map { Access(entity: $0.entity, field: $0.field) }
        useCase.writes = writes.map { Access(entity: $0.entity, field: $0.field) }
        useCase.emits = emits.withoutLocations()
        useCase.handles = handles.withoutLocations()
        return useCase
    }
}

extension [Field] {
    fileprivate func withoutLocations() -> [Field] {
        map { field in
            var field = field
            field.location = nil
            return field
        }
    }
}

extension [NameReference] {
    fileprivate func withoutLocations() -> [NameReference] {
        map { NameReference($0.name) }
    }
}
