import Testing

@testable import DecomposeCore

/// The graph's precomputed pair list and per-entity index agree with a direct computation from its couplings.
@Suite struct CouplingGraphTests {
    typealias M = AnalysisModels

    private func graph() -> CouplingGraph {
        let names = ["A", "B", "C", "D", "E", "F"]
        let model = DomainModel(
            entities: names.map { M.entity($0) },
            useCases: [
                M.useCase("U1", writes: ["A", "B"], reads: ["C"]),
                M.useCase("U2", writes: ["C", "D"], reads: ["A", "E"]),
                M.useCase("U3", writes: ["E"], reads: ["B", "D"]),
                M.useCase("U4", writes: ["F"]),
            ])
        let index = EntityIndex(model)
        return CouplingGraphBuilder(priorities: AnalysisPreset.balanced.priorities())
            .build(index, AtomicUnitBuilder().partition(index))
    }

    /// Σ priority × score per pair, in coupling order, positive pairs only, in pair order.
    private func expectedWeights(_ graph: CouplingGraph) -> [(pair: UnitPair, weight: Double)] {
        var sums: [UnitPair: Double] = [:]
        for coupling in graph.couplings {
            sums[UnitPair(coupling.first, coupling.second), default: 0] += graph.contribution(coupling)
        }
        return sums.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    @Test func sortedWeightsSumEachPairsCouplingsInPairOrder() {
        let graph = graph()
        let expected = expectedWeights(graph)
        #expect(!expected.isEmpty)
        #expect(graph.sortedWeights.map(\.pair) == expected.map(\.pair))
        #expect(graph.sortedWeights.map(\.weight) == expected.map(\.weight))
    }

    @Test func weightIsSymmetricAndZeroForUnrelatedEntities() {
        let graph = graph()
        let expected = Dictionary(uniqueKeysWithValues: expectedWeights(graph).map { ($0.pair, $0.weight) })
        for a in graph.names.indices {
            for b in graph.names.indices {
                #expect(graph.weight(a, b) == (expected[UnitPair(a, b)] ?? 0))
                #expect(graph.weight(a, b) == graph.weight(b, a))
            }
        }
        #expect(graph.weight(0, 5) == 0)
    }

    @Test func pairsTouchingMembersAreEveryPairWithAMemberOnceInPairOrder() {
        let graph = graph()
        for members in [[0], [2], [0, 1], [1, 3, 4], [5], []] {
            let expected = graph.sortedWeights.indices.filter {
                members.contains(graph.sortedWeights[$0].pair.first)
                    || members.contains(graph.sortedWeights[$0].pair.second)
            }
            #expect(graph.pairs(touching: members) == expected)
        }
    }
}
