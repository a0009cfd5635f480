import Testing

@testable import DecomposeCore

@Suite struct LeidenGraphTests {
    /// A path 0–1–2–3 with a self-loop on 0; cannot-link 0–3.
    private let graph = LeidenGraph(
        graph: WeightedGraph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 2), (2, 3, 3), (0, 0, 4)]),
        nodeWeights: [1, 1, 1, 1], cannotLink: [(0, 3), (3, 0), (1, 1)])

    @Test func selfLoopsLeaveTheRows() {
        #expect(graph.selfWeights == [4, 0, 0, 0])
        #expect(graph.targets[graph.offsets[0]..<graph.offsets[1]] == [1])
        #expect(graph.forbidden == [[3], [], [], [0]])
        #expect(graph.totalWeight == 10)
    }

    @Test func aggregationKeepsWeightsAndCarriesConstraints() {
        let aggregate = graph.aggregated(by: [0, 0, 1, 1], groupCount: 2)
        #expect(aggregate.selfWeights == [5, 3])
        #expect(aggregate.targets == [1, 0])
        #expect(aggregate.weights == [2, 2])
        #expect(aggregate.nodeWeights == [2, 2])
        #expect(aggregate.forbidden == [[1], [0]])
        #expect(aggregate.totalWeight == graph.totalWeight)
    }

    @Test func objectiveIsInsideWeightMinusPenalty() {
        // One cluster: inside 10, W = 4 → 10 − 0.5 · 0.5 · 16.
        #expect(graph.objective(of: [0, 0, 0, 0], groupCount: 1, penalty: 0.5) == 6)
    }

    @Test func localMovingRespectsCannotLink() {
        var labels = [0, 1, 2, 3]
        var random = SplitMix64(seed: 1)
        _ = LocalMoving.run(graph: graph, labels: &labels, penalty: 0.01, random: &random)
        #expect(labels[0] != labels[3])
    }

    @Test func refinementOnlyMergesWithinClusters() {
        var random = SplitMix64(seed: 1)
        let refined = Refinement.run(
            graph: graph, labels: [0, 0, 1, 1], penalty: 0.01, temperature: 0, random: &random)
        #expect(refined[0] == refined[1])
        #expect(refined[2] == refined[3])
        #expect(refined[1] != refined[2])
    }
}
