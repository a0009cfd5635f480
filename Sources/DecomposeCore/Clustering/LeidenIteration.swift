/// One iteration of the Leiden algorithm over all levels: local moving, refinement, aggregation of the refined
/// partition (with the local-moving partition as the aggregate's starting point), until a level moves nothing.
enum LeidenIteration {
    /// Improved labels for the nodes of `graph`, starting from `initial` (canonical labels).
    static func run(
        graph base: LeidenGraph, initial: [Int], penalty: Double, temperature: Double, random: inout SplitMix64
    ) -> [Int] {
        var graph = base
        var labels = initial
        var membership = Array(0..<base.nodeCount)
        while true {
            _ = LocalMoving.run(graph: graph, labels: &labels, penalty: penalty, random: &random)
            let clusters = Partition.canonical(labels)
            labels = clusters.labels
            if clusters.count == graph.nodeCount { break }
            var refined = Partition.canonical(
                Refinement.run(
                    graph: graph, labels: labels, penalty: penalty, temperature: temperature, random: &random))
            if refined.count == graph.nodeCount {
                // Nothing merged in refinement: aggregate the local-moving partition itself so the levels shrink.
                refined = clusters
            }
            var aggregateLabels = [Int](repeating: 0, count: refined.count)
            for node in 0..<graph.nodeCount { aggregateLabels[refined.labels[node]] = labels[node] }
            for node in 0..<membership.count { membership[node] = refined.labels[membership[node]] }
            graph = graph.aggregated(by: refined.labels, groupCount: refined.count)
            labels = aggregateLabels
        }
        return membership.map { labels[$0] }
    }
}

extension LeidenIteration {
    /// The most iterations `optimise` runs.
    static let maximumIterations = 20
    /// Iterations stop once one improves the objective by less than this fraction of the total edge weight
    /// (1e-4 in modularity units): later iterations only reshuffle ties at great cost on large graphs.
    static let tolerance = 1e-4

    /// Leiden from singletons, iterated until the partition is stable (or barely improves); clusters are then split
    /// into their connected components (a no-op for Leiden's own output, needed once constraints restrict merges).
    static func optimise(
        graph: LeidenGraph, penalty: Double, temperature: Double, random: inout SplitMix64
    ) -> (labels: [Int], count: Int) {
        var labels = Array(0..<graph.nodeCount)
        var value = graph.objective(of: labels, groupCount: labels.count, penalty: penalty)
        let threshold = tolerance * graph.totalWeight
        for _ in 0..<maximumIterations {
            let next = Partition.canonical(
                run(graph: graph, initial: labels, penalty: penalty, temperature: temperature, random: &random))
            if next.labels == labels { break }
            let nextValue = graph.objective(of: next.labels, groupCount: next.count, penalty: penalty)
            labels = next.labels
            if nextValue - value < threshold { break }
            value = nextValue
        }
        return Partition.connectedComponents(of: labels, in: graph)
    }
}
