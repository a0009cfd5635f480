/// Says why a context stands apart from the neighbour that pulls it most: a constraint, or couplings too weak for
/// what joining would cost.
///
/// The clustering maximises modularity, which joins two contexts only when the weight between them, w, is more
/// than γ·K_a·K_b / 2m (γ: the resolution, K: each context's strength, the summed weight of its entities'
/// couplings, self-couplings counted twice; 2m: twice the model's total weight). The sentence gives both numbers,
/// so a reader can check the arithmetic.
struct BoundaryExplainer: Sendable {
    private let assignment: ContextAssignment
    private let graph: CouplingGraph
    private let partition: UnitPartition
    private let resolution: Double
    private let countWasRequested: Bool
    /// Each context's strength K.
    private let strengths: [Double]
    /// Twice the model's total weight, 2m.
    private let doubledWeight: Double

    init(
        _ assignment: ContextAssignment, _ graph: CouplingGraph, _ partition: UnitPartition, resolution: Double,
        countWasRequested: Bool
    ) {
        self.assignment = assignment
        self.graph = graph
        self.partition = partition
        self.resolution = resolution
        self.countWasRequested = countWasRequested
        var strengths = Array(repeating: 0.0, count: assignment.count)
        var total = 0.0
        for (pair, weight) in graph.sortedWeights {
            strengths[assignment.contextOfEntity[pair.first]] += weight
            strengths[assignment.contextOfEntity[pair.second]] += weight
            total += weight
        }
        self.strengths = strengths
        doubledWeight = 2 * total
    }

    /// Why `context` is not joined to its strongest neighbour.
    func sentence(for context: Int) -> String {
        let members = assignment.members[context]
        guard let (neighbour, weight) = strongestNeighbour(of: members, context) else {
            return "stands apart: nothing couples it to another context"
        }
        let name = assignment.names[neighbour]
        let neighbourMembers = assignment.members[neighbour]
        let scope = Set((members + neighbourMembers).map { graph.names[$0] })
        let shown = graph.facts(linking: members, to: Set(neighbourMembers)).filter { $0.weight > 0 }.prefix(2)
        var facts = shown.map { "\(graph.evidence[$0.fact].sentence(within: scope)), \(Phrase.number($0.weight))" }
        // The rest (weaker facts, conflicting characteristics, pairs floored at zero) is named, so the parts add up.
        let rest = weight - shown.reduce(0) { $0 + $1.weight }
        if Phrase.number(rest) != "0" { facts.append("other couplings, \(Phrase.number(rest))") }
        let couplings = "their couplings weigh \(Phrase.number(weight)) (\(facts.joined(separator: "; ")))"
        if let separation = separation(members, neighbourMembers) {
            return "kept apart from \(name) by a constraint (\(separation)), although \(couplings)"
        }
        let cost = resolution * strengths[context] * strengths[neighbour] / doubledWeight
        let arithmetic =
            "resolution \(Phrase.number(resolution)) × strengths \(Phrase.number(strengths[context])) × \(Phrase.number(strengths[neighbour])) / 2m \(Phrase.number(doubledWeight))"
        if weight <= cost {
            return
                "stands apart from \(name), the context that pulls it most: \(couplings), less than the \(Phrase.number(cost)) that joining would cost (\(arithmetic))"
        }
        let why =
            countWasRequested
            ? "kept apart to reach the number of contexts asked for"
            : "the clustering found no step that joins them; --contexts can merge them"
        return
            "stands apart from \(name), the context that pulls it most: \(couplings), more than the \(Phrase.number(cost)) that joining would cost (\(arithmetic)), \(why)"
    }

    /// The other context with the largest weight to `members`, ties broken by name; `nil` when none is coupled.
    private func strongestNeighbour(of members: [Int], _ context: Int) -> (Int, Double)? {
        var weights: [Int: Double] = [:]
        for offset in graph.pairs(touching: members) {
            let (pair, weight) = graph.sortedWeights[offset]
            let first = assignment.contextOfEntity[pair.first]
            let second = assignment.contextOfEntity[pair.second]
            guard first != second else { continue }
            weights[first == context ? second : first, default: 0] += weight
        }
        return weights.max { ($0.value, assignment.names[$1.key]) < ($1.value, assignment.names[$0.key]) }.map {
            ($0.key, $0.value)
        }
    }

    /// The constraint that forbids a unit of `members` to share a context with a unit of `others`, if any.
    private func separation(_ members: [Int], _ others: [Int]) -> String? {
        let otherUnits = Set(others.map { partition.unitOfEntity[$0] })
        let units = Set(members.map { partition.unitOfEntity[$0] }).sorted()
        for unit in units {
            if let reason = partition.firstSeparation(of: unit, from: otherUnits) { return reason }
        }
        return nil
    }
}
