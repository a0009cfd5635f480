import Testing

@testable import DecomposeCore

@Suite struct ModularityTests {
    /// Two triangles joined by one edge: m = 7, each side E = 3, K = 7.
    private let twoTriangles = WeightedGraph(
        nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)])

    @Test func twoTrianglesByHand() {
        let score = Modularity.score(graph: twoTriangles, labels: [0, 0, 0, 1, 1, 1])
        #expect(abs(score - (6.0 / 7.0 - 0.5)) < 1e-12)
    }

    @Test func resolutionScalesThePenalty() {
        let score = Modularity.score(graph: twoTriangles, labels: [0, 0, 0, 1, 1, 1], resolution: 2)
        #expect(abs(score - (6.0 / 7.0 - 1)) < 1e-12)
    }

    @Test func oneClusterScoresZeroAndEmptyGraphScoresZero() {
        #expect(abs(Modularity.score(graph: twoTriangles, labels: [0, 0, 0, 0, 0, 0])) < 1e-12)
        #expect(Modularity.score(graph: WeightedGraph(nodeCount: 0, edges: []), labels: []) == 0)
    }

    @Test func selfLoopCountsOnceInside() {
        let graph = WeightedGraph(nodeCount: 2, edges: [(0, 0, 1), (0, 1, 1)])
        // m = 2, cluster {0, 1}: E = 2, K = 4 → 1 − 1 = 0; separate: 1/2 − (3/4)² − (1/4)².
        #expect(abs(Modularity.score(graph: graph, labels: [0, 0])) < 1e-12)
        #expect(abs(Modularity.score(graph: graph, labels: [0, 1]) - (0.5 - 0.5625 - 0.0625)) < 1e-12)
    }
}
