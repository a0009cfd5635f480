@testable import DecomposeCore

/// Graphs with known community structure for the clustering tests.
enum ClusteringFixtures {
    /// Zachary's karate club (1977): 34 members, 78 friendships, numbered from 1 as in the paper.
    static let karateEdges: [(Int, Int)] = {
        let rows: [Int: [Int]] = [
            1: [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32], 2: [3, 4, 8, 14, 18, 20, 22, 31],
            3: [4, 8, 9, 10, 14, 28, 29, 33], 4: [8, 13, 14], 5: [7, 11], 6: [7, 11, 17], 7: [17], 9: [31, 33, 34],
            10: [34], 14: [34], 15: [33, 34], 16: [33, 34], 19: [33, 34], 20: [34], 21: [33, 34], 23: [33, 34],
            24: [26, 28, 30, 33, 34], 25: [26, 28, 32], 26: [32], 27: [30, 34], 28: [34], 29: [32, 34],
            30: [33, 34], 31: [33, 34], 32: [33, 34], 33: [34],
        ]
        return rows.keys.sorted().flatMap { a in rows[a]!.map { (a, $0) } }
    }()

    /// The karate club with nodes `0..<34`.
    static var karate: WeightedGraph {
        WeightedGraph(nodeCount: 34, edges: karateEdges.map { ($0.0 - 1, $0.1 - 1, 1) })
    }

    /// `count` cliques of `size` nodes, clique i joined to clique i+1 (cyclically) by one edge.
    static func ringOfCliques(count: Int, size: Int) -> WeightedGraph {
        var edges: [(Int, Int, Double)] = []
        for clique in 0..<count {
            let first = clique * size
            for a in first..<(first + size) {
                for b in (a + 1)..<(first + size) { edges.append((a, b, 1)) }
            }
            edges.append((first, ((clique + 1) % count) * size + 1, 1))
        }
        return WeightedGraph(nodeCount: count * size, edges: edges)
    }

    /// A planted partition: node i belongs to community i / size; pairs inside a community are linked with
    /// probability `inside`, pairs across with `across`.
    static func plantedPartition(
        communities: Int, size: Int, inside: Double, across: Double, seed: UInt64
    ) -> WeightedGraph {
        var random = SplitMix64(seed: seed)
        let nodeCount = communities * size
        var edges: [(Int, Int, Double)] = []
        for a in 0..<nodeCount {
            for b in (a + 1)..<nodeCount {
                let probability = a / size == b / size ? inside : across
                if random.nextUnit() < probability { edges.append((a, b, 1)) }
            }
        }
        return WeightedGraph(nodeCount: nodeCount, edges: edges)
    }

    /// True when every cluster of `labels` induces a connected subgraph.
    static func clustersAreConnected(_ labels: [Int], in graph: WeightedGraph) -> Bool {
        let count = (labels.max() ?? -1) + 1
        var reached = [Bool](repeating: false, count: labels.count)
        var seenClusters = Set<Int>()
        for start in labels.indices where !reached[start] {
            guard seenClusters.insert(labels[start]).inserted else { return false }
            var stack = [start]
            reached[start] = true
            while let node = stack.popLast() {
                for neighbor in graph.neighbors(of: node)
                where !reached[neighbor.node] && labels[neighbor.node] == labels[node] {
                    reached[neighbor.node] = true
                    stack.append(neighbor.node)
                }
            }
        }
        return seenClusters.count == count
    }

    /// True when labels are `0..<k`, first appearing in increasing order.
    static func isCanonical(_ labels: [Int]) -> Bool {
        var next = 0
        for label in labels {
            if label > next { return false }
            if label == next { next += 1 }
        }
        return true
    }

    /// The number of nodes not in the found cluster that holds most of their planted community, plus the nodes
    /// of planted communities that share their main cluster with an earlier community (merged communities).
    static func misplaced(_ labels: [Int], planted: [Int]) -> Int {
        let communities = (planted.max() ?? -1) + 1
        var main = [Int](repeating: -1, count: communities)
        var misplaced = 0
        var claimed = Set<Int>()
        for community in 0..<communities {
            let members = planted.indices.filter { planted[$0] == community }
            let counts = Dictionary(grouping: members.map { labels[$0] }, by: { $0 }).mapValues(\.count)
            main[community] = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key
            misplaced += members.count - counts[main[community]]!
            if !claimed.insert(main[community]).inserted { misplaced += members.count }
        }
        return misplaced
    }
}
