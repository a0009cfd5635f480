/// Every coupling of a model with the priorities applied: the entity-level graph of the analysis.
///
/// A pair's weight is Σ priority × score over its couplings, floored at zero.
struct CouplingGraph: Sendable {
    let names: [String]
    /// Ordered by pair, then criterion, then evidence.
    let couplings: [Coupling]
    let evidence: [CouplingEvidence]
    let priorities: [CouplingCriterion: Double]
    /// Positive pair weights.
    let weights: [UnitPair: Double]
    /// For each entity, the indices of the couplings it takes part in.
    let couplingsOfEntity: [[Int]]

    init(names: [String], collector: CouplingCollector, priorities: [CouplingCriterion: Double]) {
        self.names = names
        self.priorities = priorities
        evidence = collector.evidence
        couplings = collector.couplings.sorted {
            ($0.first, $0.second, $0.criterion.rawValue, $0.evidence) < (
                $1.first, $1.second, $1.criterion.rawValue, $1.evidence
            )
        }
        var sums: [UnitPair: Double] = [:]
        var byEntity = Array(repeating: [Int](), count: names.count)
        for (offset, coupling) in couplings.enumerated() {
            sums[UnitPair(coupling.first, coupling.second), default: 0] +=
                (priorities[coupling.criterion] ?? 0) * coupling.score
            byEntity[coupling.first].append(offset)
            byEntity[coupling.second].append(offset)
        }
        weights = sums.filter { $0.value > 0 }
        couplingsOfEntity = byEntity
    }

    /// The weight a coupling adds to its pair (negative for conflicting characteristics).
    func contribution(_ coupling: Coupling) -> Double { (priorities[coupling.criterion] ?? 0) * coupling.score }

    /// The weight between two entities (0 when unrelated).
    func weight(_ a: Int, _ b: Int) -> Double { weights[UnitPair(a, b)] ?? 0 }

    /// Pairs with positive weight, in pair order.
    var sortedWeights: [(pair: UnitPair, weight: Double)] {
        weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The graph over entities.
    var entityGraph: WeightedGraph {
        WeightedGraph(nodeCount: names.count, edges: sortedWeights.map { ($0.pair.first, $0.pair.second, $0.weight) })
    }

    /// The entity graph with each atomic unit contracted into one node: weights between units add up,
    /// weights inside a unit become its self-loop. Modularity over this graph equals modularity over the
    /// entity graph, so a unit with strong internal cohesion (a big aggregate) is self-sufficient and
    /// joins another unit only when the coupling between them is strong.
    func unitGraph(_ partition: UnitPartition) -> WeightedGraph {
        let edges = sortedWeights.map { entry in
            (partition.unitOfEntity[entry.pair.first], partition.unitOfEntity[entry.pair.second], entry.weight)
        }
        return WeightedGraph(nodeCount: partition.units.count, edges: edges)
    }

    /// The facts coupling `entity` to `others`, strongest first, each with its summed weight.
    func facts(linking entity: Int, to others: Set<Int>) -> [(fact: Int, weight: Double)] {
        var byFact: [Int: Double] = [:]
        for offset in couplingsOfEntity[entity] {
            let coupling = couplings[offset]
            if others.contains(coupling.partner(of: entity)) {
                byFact[coupling.evidence, default: 0] += contribution(coupling)
            }
        }
        return Self.strongestFirst(byFact)
    }

    /// The facts coupling entities inside `members` to each other, strongest first, with their summed weight.
    func facts(inside members: Set<Int>) -> [(fact: Int, weight: Double)] {
        var byFact: [Int: Double] = [:]
        for coupling in couplings where members.contains(coupling.first) && members.contains(coupling.second) {
            byFact[coupling.evidence, default: 0] += contribution(coupling)
        }
        return Self.strongestFirst(byFact)
    }

    private static func strongestFirst(_ byFact: [Int: Double]) -> [(fact: Int, weight: Double)] {
        byFact.filter { $0.value != 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }
}
