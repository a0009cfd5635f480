/// The exclusive label each cluster holds while nodes move (see `LeidenGraph.exclusive`): a cluster holds at most
/// one label, kept with the number of its nodes that carry it, so a move is checked and recorded in constant time.
struct ExclusiveLabels {
    /// Per cluster, the label its labelled nodes carry, or −1.
    private(set) var label: [Int]
    private var count: [Int]

    /// The labels of the clusters of `labels` (ids below `graph.nodeCount`).
    init(_ graph: LeidenGraph, labels: [Int]) {
        label = [Int](repeating: -1, count: graph.nodeCount)
        count = [Int](repeating: 0, count: graph.nodeCount)
        for node in 0..<graph.nodeCount { add(node, to: labels[node], graph) }
    }

    mutating func add(_ node: Int, to cluster: Int, _ graph: LeidenGraph) {
        guard graph.exclusive[node] >= 0 else { return }
        label[cluster] = graph.exclusive[node]
        count[cluster] += 1
    }

    mutating func remove(_ node: Int, from cluster: Int, _ graph: LeidenGraph) {
        guard graph.exclusive[node] >= 0 else { return }
        count[cluster] -= 1
        if count[cluster] == 0 { label[cluster] = -1 }
    }
}
