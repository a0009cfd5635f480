/// The refinement phase of Leiden: inside each cluster of the local-moving partition, start from singletons and
/// merge only well-connected nodes into well-connected subsets, choosing among the non-negative gains at random
/// (more likely the larger the gain). The refined subsets become the nodes of the next level, which is what
/// guarantees connected clusters.
///
/// A set S inside cluster C is well connected when E(S, C − S) ≥ λ · W_S · (W_C − W_S).
enum Refinement {
    /// The refined partition of `labels`: ids are node indices (each subset keeps the id of the node it started as).
    ///
    /// `temperature` is θ, already in the units of the gains: subset S is chosen with probability proportional to
    /// exp(gain_S / θ).
    static func run(
        graph: LeidenGraph, labels: [Int], penalty: Double, temperature: Double, random: inout SplitMix64
    ) -> [Int] {
        let nodeCount = graph.nodeCount
        var refined = Array(0..<nodeCount)
        var subsetWeight = graph.nodeWeights
        var subsetSize = [Int](repeating: 1, count: nodeCount)
        var clusterWeight = [Double](repeating: 0, count: nodeCount)
        var external = [Double](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            clusterWeight[labels[node]] += graph.nodeWeights[node]
            for index in graph.offsets[node]..<graph.offsets[node + 1]
            where labels[graph.targets[index]] == labels[node] {
                external[node] += graph.weights[index]
            }
        }
        var linkWeight = [Double](repeating: 0, count: nodeCount)
        var linked = [Bool](repeating: false, count: nodeCount)
        var neighbours: [Int] = []
        var candidates: [(subset: Int, gain: Double)] = []
        var held = ExclusiveLabels(graph, labels: refined)
        for node in random.permutation(of: nodeCount) where subsetSize[node] == 1 && refined[node] == node {
            let cluster = labels[node]
            let weight = graph.nodeWeights[node]
            let total = clusterWeight[cluster]
            guard external[node] >= penalty * weight * (total - weight) else { continue }
            for index in graph.offsets[node]..<graph.offsets[node + 1] where labels[graph.targets[index]] == cluster {
                let subset = refined[graph.targets[index]]
                if !linked[subset] {
                    linked[subset] = true
                    neighbours.append(subset)
                }
                linkWeight[subset] += graph.weights[index]
            }
            candidates.append((node, 0))
            for subset in neighbours {
                let gain = linkWeight[subset] - penalty * weight * subsetWeight[subset]
                let wellConnected =
                    external[subset] >= penalty * subsetWeight[subset] * (total - subsetWeight[subset])
                if gain >= 0 && wellConnected
                    && graph.allows(node, in: subset, labels: refined, clusterLabel: held.label[subset])
                {
                    candidates.append((subset, gain))
                }
            }
            let chosen = choose(from: candidates, temperature: temperature, random: &random)
            if chosen != node {
                refined[node] = chosen
                held.remove(node, from: node, graph)
                held.add(node, to: chosen, graph)
                subsetWeight[chosen] += weight
                subsetSize[chosen] += 1
                subsetSize[node] = 0
                external[chosen] += external[node] - 2 * linkWeight[chosen]
            }
            for subset in neighbours {
                linkWeight[subset] = 0
                linked[subset] = false
            }
            neighbours.removeAll(keepingCapacity: true)
            candidates.removeAll(keepingCapacity: true)
        }
        return refined
    }

    /// A candidate drawn with probability ∝ exp(gain / θ) (relative to the best gain, so nothing overflows).
    private static func choose(
        from candidates: [(subset: Int, gain: Double)], temperature: Double, random: inout SplitMix64
    ) -> Int {
        guard candidates.count > 1 else { return candidates[0].subset }
        let best = candidates.reduce(-Double.infinity) { max($0, $1.gain) }
        guard temperature > 0 else { return candidates.first { $0.gain == best }!.subset }
        let odds = candidates.map { DeterministicMath.exp(($0.gain - best) / temperature) }
        var threshold = random.nextUnit() * odds.reduce(0, +)
        for (candidate, weight) in zip(candidates, odds) {
            threshold -= weight
            if threshold < 0 { return candidate.subset }
        }
        return candidates.last { $0.gain == best }!.subset
    }
}
