/// The outcome of clustering a `WeightedGraph`.
public struct ClusteringResult: Sendable, Hashable {
    /// The cluster of each node: canonical ids `0..<clusterCount`, numbered in order of each cluster's smallest node.
    public var labels: [Int]
    /// The number of clusters.
    public var clusterCount: Int
    /// The value of the quality function the clustering optimised (see `LeidenClustering.Quality`) for `labels`.
    public var quality: Double
    /// True when a `targetCount` was asked for but could not be met: more clusters than nodes, or cannot-link
    /// pairs that force more clusters. `clusterCount` is then the closest achievable count.
    public var requestedCountUnreachable: Bool

    public init(labels: [Int], clusterCount: Int, quality: Double, requestedCountUnreachable: Bool) {
        self.labels = labels
        self.clusterCount = clusterCount
        self.quality = quality
        self.requestedCountUnreachable = requestedCountUnreachable
    }

    /// The members of each cluster, in ascending node order; the outer array is indexed by cluster id.
    public var clusters: [[Int]] {
        var members = [[Int]](repeating: [], count: clusterCount)
        for (node, label) in labels.enumerated() { members[label].append(node) }
        return members
    }
}
