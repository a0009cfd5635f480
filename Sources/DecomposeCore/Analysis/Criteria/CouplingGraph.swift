/// Every coupling of a model with the priorities applied: the entity-level graph of the analysis.
///
/// A pair's weight is Σ priority × score over its couplings, floored at zero.
struct CouplingGraph: Sendable {
    let names: [String]
    /// Ordered by pair, then criterion, then evidence.
    let couplings: [Coupling]
    let evidence: [CouplingEvidence]
    let priorities: [CouplingCriterion: Double]
    /// Pairs with positive weight, in pair order (sorted once, here).
    let sortedWeights: [(pair: UnitPair, weight: Double)]
    /// For each entity, the offsets in `sortedWeights` of the pairs it takes part in, ascending (so by partner).
    let pairsOfEntity: [[Int]]
    /// For each entity, the indices of the couplings it takes part in.
    let couplingsOfEntity: [[Int]]

    init(names: [String], collector: CouplingCollector, priorities: [CouplingCriterion: Double]) {
        self.names = names
        self.priorities = priorities
        evidence = collector.evidence
        // Sorted by pair, criterion id and evidence; the ids are ranked once instead of compared as strings.
        let rank = Dictionary(
            uniqueKeysWithValues: CouplingCriterion.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map {
                ($1, $0)
            })
        couplings = collector.couplings.map { (rank: rank[$0.criterion]!, coupling: $0) }.sorted {
            ($0.coupling.first, $0.coupling.second, $0.rank, $0.coupling.evidence) < (
                $1.coupling.first, $1.coupling.second, $1.rank, $1.coupling.evidence
            )
        }.map(\.coupling)
        // Couplings are sorted by pair, so each pair's couplings are adjacent: sum them in one pass.
        var weights: [(pair: UnitPair, weight: Double)] = []
        var byEntity = Array(repeating: [Int](), count: names.count)
        var pairsOfEntity = Array(repeating: [Int](), count: names.count)
        var offset = 0
        while offset < couplings.count {
            let pair = UnitPair(couplings[offset].first, couplings[offset].second)
            var sum = 0.0
            while offset < couplings.count, couplings[offset].first == pair.first,
                couplings[offset].second == pair.second
            {
                sum += (priorities[couplings[offset].criterion] ?? 0) * couplings[offset].score
                byEntity[pair.first].append(offset)
                byEntity[pair.second].append(offset)
                offset += 1
            }
            guard sum > 0 else { continue }
            pairsOfEntity[pair.first].append(weights.count)
            if pair.second != pair.first { pairsOfEntity[pair.second].append(weights.count) }
            weights.append((pair, sum))
        }
        sortedWeights = weights
        self.pairsOfEntity = pairsOfEntity
        couplingsOfEntity = byEntity
    }

    /// The weight a coupling adds to its pair (negative for conflicting characteristics).
    func contribution(_ coupling: Coupling) -> Double { (priorities[coupling.criterion] ?? 0) * coupling.score }

    /// The weight between two entities (0 when unrelated): a binary search among `a`'s pairs, ordered by partner.
    func weight(_ a: Int, _ b: Int) -> Double {
        let target = UnitPair(a, b)
        let offsets = pairsOfEntity[a]
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            let pair = sortedWeights[offsets[middle]].pair
            if pair == target { return sortedWeights[offsets[middle]].weight }
            if pair < target { low = middle + 1 } else { high = middle }
        }
        return 0
    }

    /// The offsets in `sortedWeights` of the pairs touching any of `members`, ascending and without repeats.
    func pairs(touching members: [Int]) -> [Int] {
        guard members.count > 1 else { return members.first.map { pairsOfEntity[$0] } ?? [] }
        var offsets = members.flatMap { pairsOfEntity[$0] }
        offsets.sort()
        var unique: [Int] = []
        unique.reserveCapacity(offsets.count)
        for offset in offsets where offset != unique.last { unique.append(offset) }
        return unique
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
        facts(linking: [entity], to: others)
    }

    /// The facts coupling any of `entities` to `others` (a set disjoint from them), strongest first, each with its
    /// summed weight.
    func facts(linking entities: [Int], to others: Set<Int>) -> [(fact: Int, weight: Double)] {
        var byFact: [Int: Double] = [:]
        for entity in entities {
            for offset in couplingsOfEntity[entity] {
                let coupling = couplings[offset]
                if others.contains(coupling.partner(of: entity)) {
                    byFact[coupling.evidence, default: 0] += contribution(coupling)
                }
            }
        }
        return Self.strongestFirst(byFact)
    }

    /// The facts coupling entities inside `members` to each other, strongest first, with their summed weight.
    func facts(inside members: Set<Int>) -> [(fact: Int, weight: Double)] {
        var offsets = members.flatMap { couplingsOfEntity[$0] }
        offsets.sort()
        var byFact: [Int: Double] = [:]
        var previous: Int?
        for offset in offsets where offset != previous {
            previous = offset
            let coupling = couplings[offset]
            if members.contains(coupling.first) && members.contains(coupling.second) {
                byFact[coupling.evidence, default: 0] += contribution(coupling)
            }
        }
        return Self.strongestFirst(byFact)
    }

    private static func strongestFirst(_ byFact: [Int: Double]) -> [(fact: Int, weight: Double)] {
        byFact.filter { $0.value != 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }
}
