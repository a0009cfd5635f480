/// Brings a partition to an exact number of clusters when asked: merges the best allowed pairs while there are
/// too many, and splits the cluster whose best bisection loses least while there are too few.
struct ClusterCountAdjuster {
    let graph: LeidenGraph
    let penalty: Double
    let temperature: Double
    let seed: UInt64

    /// The adjusted partition (canonical labels); `count` differs from `target` only when it is unreachable.
    func adjust(labels: [Int], count: Int, target: Int) -> (labels: [Int], count: Int) {
        if count > target {
            var merger = GreedyMerger(clusterGraph: graph.aggregated(by: labels, groupCount: count), penalty: penalty)
            let merged = merger.merge(until: max(target, 1))
            return (labels.map { merged.labels[$0] }, merged.count)
        }
        var labels = labels
        var count = count
        // Bisections by each cluster's smallest node: a cluster keeps its members until it is split itself.
        var bisections: [Int: Bisection?] = [:]
        while count < target {
            var members = [[Int]](repeating: [], count: count)
            for (node, label) in labels.enumerated() { members[label].append(node) }
            var best: (cluster: Int, bisection: Bisection)?
            for cluster in 0..<count {
                let key = members[cluster][0]
                if bisections[key] == nil { bisections[key] = .some(bisection(of: members[cluster])) }
                guard let candidate = bisections[key]!, best == nil || candidate.loss < best!.bisection.loss else {
                    continue
                }
                best = (cluster, candidate)
            }
            guard let best else { break }
            bisections[members[best.cluster][0]] = nil
            for (node, side) in zip(members[best.cluster], best.bisection.sides) where side == 1 {
                labels[node] = count
            }
            count += 1
            labels = Partition.canonical(labels).labels
        }
        return (labels, count)
    }

    /// A split of one cluster in two and the quality it costs (e_AB − λ · W_A · W_B).
    private struct Bisection {
        var sides: [Int]
        var loss: Double
    }

    /// The best two-way split of `members` found by running Leiden on the cluster alone with a growing
    /// penalty until it falls apart, then merging the pieces back greedily to two; nil for a single node.
    private func bisection(of members: [Int]) -> Bisection? {
        guard members.count > 1 else { return nil }
        let cluster = graph.induced(on: members)
        var random = SplitMix64.derived(seed: seed, task: members[0])
        var factor = 1.0
        var pieces = (labels: [Int](repeating: 0, count: members.count), count: 1)
        while pieces.count < 2 && factor < 0x1p60 {
            factor *= 2
            pieces = LeidenIteration.optimise(
                graph: cluster, penalty: penalty * factor, temperature: temperature * factor, random: &random)
        }
        guard pieces.count >= 2 else { return nil }
        var merger = GreedyMerger(
            clusterGraph: cluster.aggregated(by: pieces.labels, groupCount: pieces.count), penalty: penalty)
        let halves = merger.merge(until: 2)
        let sides = pieces.labels.map { halves.labels[$0] }
        let pair = cluster.aggregated(by: sides, groupCount: 2)
        let between = pair.weights.first ?? 0
        return Bisection(sides: sides, loss: between - penalty * pair.nodeWeights[0] * pair.nodeWeights[1])
    }
}
