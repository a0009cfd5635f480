import Testing

@testable import DecomposeCore

/// Dependency cycles between contexts: found in a deterministic order, and without recursion, so a model of
/// tens of thousands of single-entity contexts in a chain cannot overflow the call stack.
@Suite struct StronglyConnectedComponentsTests {
    @Test func findsEveryCycleOrderedByItsSmallestNode() {
        let edges = [(0, 1), (1, 0), (2, 3), (3, 4), (4, 2), (4, 5), (5, 6)]
        #expect(StronglyConnectedComponents().cycles(nodeCount: 7, edges: edges) == [[0, 1], [2, 3, 4]])
    }

    @Test func aChainOfTwoHundredThousandNodesIsOneCycle() {
        let count = 200_000
        let edges = (0..<count).map { ($0, ($0 + 1) % count) }
        let cycles = StronglyConnectedComponents().cycles(nodeCount: count, edges: edges)
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == count)
        #expect(StronglyConnectedComponents().cycles(nodeCount: count, edges: Array(edges.dropLast())).isEmpty)
    }
}
