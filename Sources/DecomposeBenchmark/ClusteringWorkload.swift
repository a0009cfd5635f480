import DecomposeCore

/// Leiden clustering of a prepared graph.
struct ClusteringWorkload: Workload {
    let graph: WeightedGraph
    let truth: [Int]
    let clustering: LeidenClustering

    var name: String { "leiden/\(clustering.quality.rawValue)" }
    var itemCount: Int { graph.nodeCount }
    var edgeCount: Int { graph.edgeCount }

    func run() -> [Int] {
        clustering.cluster(graph).labels
    }
}
