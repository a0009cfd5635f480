/// The fast local moving phase of Leiden: visit nodes from a queue, move each to the neighbouring cluster with
/// the best quality gain, and re-queue only the neighbours that might now want to follow.
///
/// The gain of moving node v (weight w_v) into cluster c (total weight W_c) is k_{v,c} − λ · w_v · W_c, where
/// k_{v,c} is the edge weight between v and c and λ the quality's penalty. Moving into an empty cluster gains 0.
enum LocalMoving {
    /// Improves `labels` (ids below `graph.nodeCount`) in place; returns whether any node moved.
    static func run(graph: LeidenGraph, labels: inout [Int], penalty: Double, random: inout SplitMix64) -> Bool {
        let nodeCount = graph.nodeCount
        guard nodeCount > 1 else { return false }
        var clusterWeight = [Double](repeating: 0, count: nodeCount)
        var clusterSize = [Int](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            clusterWeight[labels[node]] += graph.nodeWeights[node]
            clusterSize[labels[node]] += 1
        }
        var held = ExclusiveLabels(graph, labels: labels)
        var emptyClusters = (0..<nodeCount).reversed().filter { clusterSize[$0] == 0 }
        var queue = random.permutation(of: nodeCount)
        var inQueue = [Bool](repeating: true, count: nodeCount)
        var head = 0
        var queued = nodeCount
        var linkWeight = [Double](repeating: 0, count: nodeCount)
        var linked = [Bool](repeating: false, count: nodeCount)
        var neighbours: [Int] = []
        var moved = false
        while queued > 0 {
            let node = queue[head]
            head = head + 1 == nodeCount ? 0 : head + 1
            queued -= 1
            inQueue[node] = false
            let current = labels[node]
            let weight = graph.nodeWeights[node]
            clusterSize[current] -= 1
            clusterWeight[current] = clusterSize[current] == 0 ? 0 : clusterWeight[current] - weight
            held.remove(node, from: current, graph)
            for index in graph.offsets[node]..<graph.offsets[node + 1] {
                let cluster = labels[graph.targets[index]]
                if !linked[cluster] {
                    linked[cluster] = true
                    neighbours.append(cluster)
                }
                linkWeight[cluster] += graph.weights[index]
            }
            var best = current
            var bestGain = linkWeight[current] - penalty * weight * clusterWeight[current]
            for cluster in neighbours where cluster != current {
                let gain = linkWeight[cluster] - penalty * weight * clusterWeight[cluster]
                if gain > bestGain && graph.allows(node, in: cluster, labels: labels, clusterLabel: held.label[cluster])
                {
                    best = cluster
                    bestGain = gain
                }
            }
            if bestGain < 0, clusterSize[current] > 0, let empty = emptyClusters.last {
                best = empty
            }
            for cluster in neighbours {
                linkWeight[cluster] = 0
                linked[cluster] = false
            }
            neighbours.removeAll(keepingCapacity: true)
            if best != current {
                moved = true
                if best == emptyClusters.last { emptyClusters.removeLast() }
                if clusterSize[current] == 0 { emptyClusters.append(current) }
                for index in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = graph.targets[index]
                    if !inQueue[other] && labels[other] != best {
                        inQueue[other] = true
                        queue[(head + queued) % nodeCount] = other
                        queued += 1
                    }
                }
            }
            labels[node] = best
            held.add(node, to: best, graph)
            clusterSize[best] += 1
            clusterWeight[best] += weight
        }
        return moved
    }
}
