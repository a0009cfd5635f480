/// Describes each suggested context: its entities, aggregates, use cases, owners, rationale and cohesion.
struct ContextBuilder: Sendable {
    /// The bounded contexts of `assignment`, in its order; `homes` are its use cases' homes, `joined` the entities
    /// that joined a context instead of standing alone (`OneEntityContexts`). Each rationale ends with why the
    /// context stands apart from its strongest neighbour, so no rationale is empty.
    func contexts(
        _ assignment: ContextAssignment, _ index: EntityIndex, _ graph: CouplingGraph, _ homes: UseCaseHomes,
        joined: [Int], boundaries: BoundaryExplainer
    ) -> [BoundedContext] {
        let rationales = RationaleWriter(assignment.members, index)
        let joined = Set(joined)
        return assignment.members.enumerated().map { context, members in
            let inside = Set(members)
            return BoundedContext(
                name: assignment.names[context],
                entities: members.map { index.names[$0] }.sorted(),
                aggregates: index.aggregates(rootedIn: members).map { index.model.aggregates[$0].name }.sorted(),
                useCases: homes.useCases(of: context),
                owners: owners(members, index),
                rationale: rationales.rationale(of: context, members: members, index, graph)
                    + members.filter(joined.contains).map { notAlone($0, members, graph) }
                    + [boundaries.sentence(for: context)],
                naming: assignment.namingReasons[context],
                isPinned: assignment.isPinned[context],
                cohesion: cohesion(members, inside, graph))
        }
    }

    /// Why `entity` is no context of its own: the rest of its context pulls it more than its own work (its
    /// self-coupling) holds it.
    private func notAlone(_ entity: Int, _ members: [Int], _ graph: CouplingGraph) -> String {
        let pull = members.reduce(0) { $0 + ($1 == entity ? 0 : graph.weight(entity, $1)) }
        let own = graph.weight(entity, entity)
        let start =
            "\(graph.names[entity]) is no service of its own: the rest of this context pulls it \(Phrase.number(pull))"
        return own > 0
            ? "\(start), more than the \(Phrase.number(own)) of its own work (the use cases that touch or write only it)"
            : "\(start), and no use case touches or writes only it"
    }

    /// Owning teams, most entities first, then by name.
    private func owners(_ members: [Int], _ index: EntityIndex) -> [String] {
        var counts: [String: Int] = [:]
        for member in members { if let owner = index.model.entities[member].owner { counts[owner, default: 0] += 1 } }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    /// The share of the weight touching the context that stays inside.
    private func cohesion(_ members: [Int], _ inside: Set<Int>, _ graph: CouplingGraph) -> Double {
        var inner = 0.0
        var total = 0.0
        for offset in graph.pairs(touching: members) {
            let (pair, weight) = graph.sortedWeights[offset]
            total += weight
            if inside.contains(pair.first) && inside.contains(pair.second) { inner += weight }
        }
        return total > 0 ? inner / total : 0
    }
}
