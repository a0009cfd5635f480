/// An undirected graph with positive edge weights, stored in compressed sparse rows: the input of clustering.
///
/// Nodes are `0..<nodeCount`. The neighbours of node `v` are `targets[offsets[v]..<offsets[v + 1]]`, sorted by
/// node index, with the matching `weights`. Each undirected edge appears in both endpoints' rows; a self-loop
/// appears once. Parallel edges are merged (their weights add up) by `init(nodeCount:edges:)`.
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

    /// Where each node's row starts in `targets` and `weights`; `nodeCount + 1` entries.
    public let offsets: [Int]
    /// The neighbour of each stored edge end, row by row.
    public let targets: [Int]
    /// The weight of each stored edge end, parallel to `targets`.
    public let weights: [Double]
    /// Each node's strength: the sum of its edge weights, a self-loop counted twice (as in modularity).
    public let strengths: [Double]
    /// The total weight of all edges, each counted once.
    public let totalWeight: Double

    public var nodeCount: Int { offsets.count - 1 }

    /// The number of distinct undirected edges, self-loops included.
    public let edgeCount: Int

    /// A graph from an edge list; repeated edges add up; non-positive or infinite weights and out-of-range nodes
    /// are dropped.
    ///
    /// Repeated edges are summed in a fixed order (by endpoints, then weight), so the result never depends on
    /// the order of `edges`.
    public init(nodeCount: Int, edges: [(Int, Int, Double)]) {
        let nodeCount = max(nodeCount, 0)
        var normalized = edges.compactMap { a, b, weight -> (Int, Int, Double)? in
            guard weight > 0, weight.isFinite, a >= 0, b >= 0, a < nodeCount, b < nodeCount else { return nil }
            return (min(a, b), max(a, b), weight)
        }
        normalized.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var merged: [(Int, Int, Double)] = []
        merged.reserveCapacity(normalized.count)
        for edge in normalized {
            if let last = merged.last, last.0 == edge.0, last.1 == edge.1 {
                merged[merged.count - 1].2 += edge.2
            } else {
                merged.append(edge)
            }
        }
        var degrees = [Int](repeating: 0, count: nodeCount + 1)
        for (a, b, _) in merged {
            degrees[a] += 1
            if a != b { degrees[b] += 1 }
        }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for node in 0..<nodeCount { offsets[node + 1] = offsets[node] + degrees[node] }
        // Edges sorted by (a, b) fill each row in ascending neighbour order: a row first receives the
        // edges from smaller nodes (as `b`), then its self-loop and the edges to larger nodes (as `a`).
        var cursor = offsets
        var targets = [Int](repeating: 0, count: offsets[nodeCount])
        var weights = [Double](repeating: 0, count: offsets[nodeCount])
        var strengths = [Double](repeating: 0, count: nodeCount)
        for (a, b, weight) in merged {
            targets[cursor[a]] = b
            weights[cursor[a]] = weight
            cursor[a] += 1
            strengths[a] += weight
            strengths[b] += weight
            if a != b {
                targets[cursor[b]] = a
                weights[cursor[b]] = weight
                cursor[b] += 1
            }
        }
        self.edgeCount = merged.count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.strengths = strengths
        self.totalWeight = strengths.reduce(0, +) / 2
    }

    /// A node's neighbours in ascending node order.
    public func neighbors(of node: Int) -> [Neighbor] {
        (offsets[node]..<offsets[node + 1]).map { Neighbor(node: targets[$0], weight: weights[$0]) }
    }

    /// The sum of the weights of a node's edges (a self-loop counts twice, as in modularity).
    public func strength(of node: Int) -> Double {
        strengths[node]
    }
}
