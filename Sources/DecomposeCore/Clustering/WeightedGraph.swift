/// An undirected graph with positive edge weights, stored as adjacency lists: the input of clustering.
///
/// Nodes are `0..<nodeCount`. Each undirected edge appears in both endpoints' lists; self-loops
/// are allowed and appear once. Parallel edges are merged by `init(nodeCount:edges:)`.
public struct WeightedGraph: Sendable, Hashable {
    /// A neighbour and the weight of the edge to it.
    public struct Neighbor: Sendable, Hashable {
        public var node: Int
        public var weight: Double

        public init(node: Int, weight: Double) {
            self.node = node
            self.weight = weight
        }
    }

    /// For each node, its neighbours sorted by node index.
    public private(set) var adjacency: [[Neighbor]]

    public var nodeCount: Int { adjacency.count }

    /// A graph from an edge list; repeated edges add up, non-positive weights are dropped.
    public init(nodeCount: Int, edges: [(Int, Int, Double)]) {
        var merged: [Int: [Int: Double]] = [:]
        for (a, b, weight) in edges where weight > 0 && a >= 0 && b >= 0 && a < nodeCount && b < nodeCount {
            merged[a, default: [:]][b, default: 0] += weight
            if a != b { merged[b, default: [:]][a, default: 0] += weight }
        }
        adjacency = (0..<nodeCount).map { node in
            (merged[node] ?? [:]).sorted { $0.key < $1.key }.map { Neighbor(node: $0.key, weight: $0.value) }
        }
    }

    /// The sum of the weights of a node's edges (a self-loop counts twice, as in modularity).
    public func strength(of node: Int) -> Double {
        adjacency[node].reduce(0) { $0 + ($1.node == node ? 2 * $1.weight : $1.weight) }
    }

    /// The total weight of all edges, each counted once.
    public var totalWeight: Double {
        (0..<nodeCount).reduce(0) { $0 + strength(of: $1) } / 2
    }
}
