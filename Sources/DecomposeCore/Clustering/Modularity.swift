/// Newman–Girvan modularity with a resolution parameter.
public enum Modularity {
    /// The modularity of `labels` on `graph`: Σ_c [ E_c / m − γ (K_c / 2m)² ], where E_c is the weight inside
    /// cluster c (each edge once), K_c the sum of its nodes' strengths and m the total edge weight.
    ///
    /// Labels may be any non-negative integers. A graph without edges scores 0.
    public static func score(graph: WeightedGraph, labels: [Int], resolution: Double = 1) -> Double {
        let m = graph.totalWeight
        guard m > 0, labels.count == graph.nodeCount else { return 0 }
        let clusterCount = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: clusterCount)
        var strength = [Double](repeating: 0, count: clusterCount)
        for node in 0..<graph.nodeCount {
            let label = labels[node]
            strength[label] += graph.strengths[node]
            for index in graph.offsets[node]..<graph.offsets[node + 1] where labels[graph.targets[index]] == label {
                // Edges between two different nodes are seen from both ends; a self-loop once.
                inside[label] += graph.targets[index] == node ? graph.weights[index] : graph.weights[index] / 2
            }
        }
        return (0..<clusterCount).reduce(0) { total, label in
            total + inside[label] / m - resolution * (strength[label] / (2 * m)) * (strength[label] / (2 * m))
        }
    }
}
