/// The compositions between entities (`lines: [OrderLine]`), indexed for walking.
struct CompositionGraph {
    /// A composition field: `owner.field` composes `target`.
    struct Edge {
        var owner: String
        var field: String
        var target: String
        var location: SourceLocation?
    }

    /// Every composition, in model order.
    let edges: [Edge]
    /// The compositions of each owner, in field order.
    let edgesByOwner: [String: [Edge]]
    /// The entity names in model order.
    private let entities: [String]

    init(entities: [Entity]) {
        self.entities = entities.map(\.name)
        edges = entities.flatMap { entity in
            entity.fields.compactMap { field in
                guard case .composition(let target) = field.kind else { return nil }
                return Edge(owner: entity.name, field: field.name, target: target, location: field.location)
            }
        }
        edgesByOwner = Dictionary(grouping: edges, by: \.owner)
    }

    /// `members` followed by every entity they compose, transitively, in discovery order, leaving
    /// out (and not walking through) entities for which `excluded` is true.
    func closure(of members: [String], excluding excluded: (String) -> Bool) -> [String] {
        var result = members
        var seen = Set(members)
        var head = 0
        while head < result.count {
            let owner = result[head]
            head += 1
            for edge in edgesByOwner[owner] ?? [] where !seen.contains(edge.target) && !excluded(edge.target) {
                seen.insert(edge.target)
                result.append(edge.target)
            }
        }
        return result
    }

    /// Composition cycles, each as its entities (the first repeated at the end) and the edge that
    /// leaves the first; found by one depth-first walk in model order, so each cycle is found from
    /// its earliest entity and no two returned cycles share an entity.
    func cycles() -> [(entities: [String], edge: Edge)] {
        var state: [String: Bool] = [:]  // true while on the walk's path, false when finished
        var found: [(entities: [String], edge: Edge)] = []
        var onCycle: Set<String> = []
        for start in entities where state[start] == nil {
            var path: [(node: String, next: Int, via: Edge?)] = [(start, 0, nil)]
            state[start] = true
            while let top = path.last {
                let outgoing = edgesByOwner[top.node] ?? []
                guard top.next < outgoing.count else {
                    state[top.node] = false
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let edge = outgoing[top.next]
                switch state[edge.target] {
                case nil:
                    state[edge.target] = true
                    path.append((edge.target, 0, edge))
                case true?:
                    guard let from = path.lastIndex(where: { $0.node == edge.target }) else { continue }
                    let cycle = path[from...].map(\.node) + [edge.target]
                    guard onCycle.isDisjoint(with: cycle) else { continue }
                    onCycle.formUnion(cycle)
                    found.append((cycle, from + 1 < path.count ? path[from + 1].via ?? edge : edge))
                case false?:
                    continue
                }
            }
        }
        return found
    }
}
