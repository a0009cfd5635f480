import DecomposeCore

/// Plain Louvain (Blondel et al. 2008) at resolution 1: the baseline the analysis must beat on the same facts.
///
/// Nodes are visited in one seeded random order; each is moved to the neighbouring community with the best
/// modularity gain k_i,c − K_c·k_i / 2m (staying where it is on ties), passes repeat until nothing moves, then
/// communities become the nodes of the next level. No refinement, no constraints, no resolution rule: what a user
/// gets from networkx's `louvain_communities` on the coupling graph.
enum Louvain {
    /// A community label for every node of `graph`.
    static func cluster(_ graph: WeightedGraph, seed: UInt64) -> [Int] {
        var random = SplitMix64(seed: seed)
        var labels = Array(0..<graph.nodeCount)
        var level = graph
        while true {
            let moved = localMoving(level, random: &random)
            let count = (moved.max() ?? -1) + 1
            guard count < level.nodeCount else { break }
            labels = labels.map { moved[$0] }
            level = aggregate(level, moved, count: count)
        }
        return labels
    }

    /// One level's local moving; communities renumbered 0..<n in node order.
    private static func localMoving(_ graph: WeightedGraph, random: inout SplitMix64) -> [Int] {
        let doubled = 2 * graph.totalWeight
        var community = Array(0..<graph.nodeCount)
        var total = graph.strengths
        guard doubled > 0 else { return community }
        let order = random.permutation(of: graph.nodeCount)
        var weightTo = [Double](repeating: 0, count: graph.nodeCount)
        var moved = true
        while moved {
            moved = false
            for node in order {
                let own = community[node]
                let strength = graph.strengths[node]
                var touched: [Int] = []
                for edge in graph.offsets[node]..<graph.offsets[node + 1] where graph.targets[edge] != node {
                    let other = community[graph.targets[edge]]
                    if weightTo[other] == 0 { touched.append(other) }
                    weightTo[other] += graph.weights[edge]
                }
                total[own] -= strength
                var best = own
                var bestGain = weightTo[own] - total[own] * strength / doubled
                for candidate in touched.sorted() {
                    let gain = weightTo[candidate] - total[candidate] * strength / doubled
                    if gain > bestGain + 1e-12 { (best, bestGain) = (candidate, gain) }
                }
                for candidate in touched { weightTo[candidate] = 0 }
                total[best] += strength
                if best != own {
                    community[node] = best
                    moved = true
                }
            }
        }
        var renumbered: [Int: Int] = [:]
        return community.map { label in
            if let number = renumbered[label] { return number }
            renumbered[label] = renumbered.count
            return renumbered.count - 1
        }
    }

    /// The graph of communities: weights between communities add up, weights inside become self-loops.
    private static func aggregate(_ graph: WeightedGraph, _ community: [Int], count: Int) -> WeightedGraph {
        var edges: [(Int, Int, Double)] = []
        for node in 0..<graph.nodeCount {
            for edge in graph.offsets[node]..<graph.offsets[node + 1] where graph.targets[edge] >= node {
                edges.append((community[node], community[graph.targets[edge]], graph.weights[edge]))
            }
        }
        return WeightedGraph(nodeCount: count, edges: edges)
    }
}
