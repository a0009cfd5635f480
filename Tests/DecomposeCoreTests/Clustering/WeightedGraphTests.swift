import Testing

@testable import DecomposeCore

@Suite struct WeightedGraphTests {
    @Test func mergesParallelEdgesAndSortsRows() {
        let graph = WeightedGraph(nodeCount: 3, edges: [(2, 0, 1), (0, 1, 2), (1, 0, 0.5), (1, 1, 3), (0, 2, -1)])
        #expect(graph.neighbors(of: 0) == [.init(node: 1, weight: 2.5), .init(node: 2, weight: 1)])
        #expect(graph.neighbors(of: 1) == [.init(node: 0, weight: 2.5), .init(node: 1, weight: 3)])
        #expect(graph.strength(of: 1) == 8.5)
        #expect(graph.totalWeight == 6.5)
        #expect(graph.edgeCount == 3)
    }

    @Test func edgeOrderDoesNotMatter() {
        let edges: [(Int, Int, Double)] = [(0, 1, 0.1), (1, 2, 0.2), (0, 1, 0.7), (2, 0, 0.3), (1, 0, 1e-17)]
        #expect(WeightedGraph(nodeCount: 3, edges: edges) == WeightedGraph(nodeCount: 3, edges: edges.reversed()))
    }

    @Test func dropsOutOfRangeNodesAndUnusableWeights() {
        let graph = WeightedGraph(nodeCount: 2, edges: [(0, 5, 1), (-1, 0, 1), (0, 1, .infinity), (0, 1, .nan)])
        #expect(graph.edgeCount == 0)
        #expect(graph.nodeCount == 2)
    }
}
