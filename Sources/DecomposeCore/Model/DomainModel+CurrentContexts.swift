extension DomainModel {
    /// The same model with its declared contexts turned into pins (after the pins it already has), and no current
    /// decomposition left: `--keep-contexts`, for a team that wants the contexts it has kept as they are.
    ///
    /// Applied to a declared model, before `ModelBuilder`, so the pins are checked like any other.
    public func keepingCurrentContexts() -> DomainModel {
        var model = self
        model.pins += currentDecomposition.map { context in
            Pin(members: context.members, context: context.name, doc: context.doc, location: context.location)
        }
        model.currentDecomposition = []
        return model
    }
}

extension DomainModel {
    /// The entities each declared context holds, in declaration order: a member naming an aggregate stands for all
    /// its members (its root among them, so an aggregate named after its root brings its parts along), any other
    /// member for the entity of that name; a name of neither is left out. Each entity keeps its member's location.
    func currentContextEntities() -> [(context: DeclaredContext, entities: [NameReference])] {
        let entityNames = Set(entities.map(\.name))
        let aggregateMembers = Dictionary(
            aggregates.map { ($0.name, $0.members) }, uniquingKeysWith: { first, _ in first })
        return currentDecomposition.map { context in
            let members = context.members.flatMap { member in
                let names = aggregateMembers[member.name] ?? (entityNames.contains(member.name) ? [member.name] : [])
                return names.map { NameReference($0, at: member.location) }
            }
            return (context, members)
        }
    }
}
