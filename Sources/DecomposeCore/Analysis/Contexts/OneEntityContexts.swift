/// Joins a context of one entity to the neighbour that pulls it more than its own work holds it.
///
/// A service of a single entity earns its place by work of its own: the use cases that touch that entity alone
/// (its self-coupling, `UseCaseScorer`). The raised resolution (`ContextAnalyzer.resolution(unitCount:)`) cuts off
/// such an entity whenever joining would cost more than its couplings weigh, also when those couplings, all going
/// to one neighbour, outweigh everything it does on its own: a refund that only exists around its payment, a
/// contract whose every use case also writes its annexes, a book that no use case touches alone. So a context of
/// one entity (a unit of one member) joins the neighbouring context that pulls it most when that pull is more
/// than its self-coupling, unless a zone or a keep-apart hint keeps the two apart (a pinned entity stays where
/// its pin puts it). An entity without work of its own joins whatever pulls it most.
///
/// One-entity contexts are taken in unit order, each with the contexts as they stand when it is taken (a
/// context that a one-entity context joined is no longer of one entity); ties go to the context of the smaller
/// unit, so the result depends only on the graph.
struct OneEntityContexts: Sendable {
    /// The unit graph the clustering saw.
    let graph: WeightedGraph
    /// Per unit, whether it may join another context: it has one entity and no pin (a pinned context is the
    /// user's).
    let movable: [Bool]
    /// Pairs of units that may not share a context (zones, keep-apart hints, different pins).
    let cannotLink: [(Int, Int)]

    init(graph: WeightedGraph, movable: [Bool], cannotLink: [(Int, Int)]) {
        self.graph = graph
        self.movable = movable
        self.cannotLink = cannotLink
    }

    init(_ partition: UnitPartition, _ graph: WeightedGraph) {
        self.init(
            graph: graph, movable: partition.units.map { $0.members.count == 1 && $0.pin == nil },
            cannotLink: partition.cannotLink)
    }

    /// `labels` (a cluster number per unit) with the one-entity contexts joined to the neighbour that pulls them
    /// more than their own work, and the units that joined one, ascending.
    func joined(_ labels: [Int]) -> (labels: [Int], joined: [Int]) {
        var labels = labels
        var joined: [Int] = []
        var members: [Int: [Int]] = [:]
        for (unit, label) in labels.enumerated() { members[label, default: []].append(unit) }
        var apart: [Int: [Int]] = [:]
        for (a, b) in cannotLink {
            apart[a, default: []].append(b)
            apart[b, default: []].append(a)
        }
        for unit in labels.indices where isOneEntityContext(unit, labels, members) {
            guard let target = strongestPull(on: unit, labels, members, apart) else { continue }
            let source = labels[unit]
            members[target, default: []].append(unit)
            members[source] = nil
            labels[unit] = target
            joined.append(unit)
        }
        return (labels, joined)
    }

    /// Whether `unit` is a movable unit alone in its cluster.
    private func isOneEntityContext(_ unit: Int, _ labels: [Int], _ members: [Int: [Int]]) -> Bool {
        movable[unit] && members[labels[unit]]?.count == 1
    }

    /// The cluster that pulls `unit` most, when its pull is more than the unit's self-coupling and no constraint
    /// keeps them apart (a one-entity context kept apart from what pulls it most stays on its own, as the
    /// explanation of its boundary says); ties go to the cluster with the smaller first unit.
    private func strongestPull(
        on unit: Int, _ labels: [Int], _ members: [Int: [Int]], _ apart: [Int: [Int]]
    ) -> Int? {
        var pulls: [Int: Double] = [:]
        var selfCoupling = 0.0
        for neighbour in graph.neighbors(of: unit) {
            if neighbour.node == unit {
                selfCoupling = neighbour.weight
            } else {
                pulls[labels[neighbour.node], default: 0] += neighbour.weight
            }
        }
        let first = { (label: Int) in members[label]?.min() ?? Int.max }
        let strongest = pulls.max { ($0.value, first($1.key)) < ($1.value, first($0.key)) }
        guard let strongest, strongest.value > selfCoupling,
            !(apart[unit] ?? []).contains(where: { labels[$0] == strongest.key })
        else { return nil }
        return strongest.key
    }
}
