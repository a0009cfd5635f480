/// The graph one level of the Leiden algorithm works on: the input graph, or an aggregate whose nodes are
/// sets of input nodes.
///
/// Rows hold no self-loops (their weight, which never changes a move, is kept in `selfWeights`). Node weights
/// are what the quality function charges for putting nodes together (strengths for modularity, node counts for
/// the Constant Potts Model). `forbidden` lists, per node, the nodes it must never share a cluster with; an
/// aggregate node carries the union of its members' constraints. `exclusive` gives each node a label (a pin) or
/// −1: nodes of different labels never share a cluster, which says with one number per node what would otherwise
/// take a pair for every two labelled nodes; an aggregate node carries its members' label.
struct LeidenGraph {
    var offsets: [Int]
    var targets: [Int]
    var weights: [Double]
    var selfWeights: [Double]
    var nodeWeights: [Double]
    var forbidden: [[Int]]
    var exclusive: [Int]

    var nodeCount: Int { nodeWeights.count }

    /// The input graph with the given node weights, cannot-link pairs (invalid and self pairs ignored) and
    /// exclusive labels (none when empty; otherwise one per node, −1 for none).
    init(graph: WeightedGraph, nodeWeights: [Double], cannotLink: [(Int, Int)], exclusive: [Int] = []) {
        let nodeCount = graph.nodeCount
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        var selfWeights = [Double](repeating: 0, count: nodeCount)
        targets.reserveCapacity(graph.targets.count)
        weights.reserveCapacity(graph.targets.count)
        for node in 0..<nodeCount {
            for index in graph.offsets[node]..<graph.offsets[node + 1] {
                if graph.targets[index] == node {
                    selfWeights[node] += graph.weights[index]
                } else {
                    targets.append(graph.targets[index])
                    weights.append(graph.weights[index])
                }
            }
            offsets[node + 1] = targets.count
        }
        var forbidden = [[Int]](repeating: [], count: nodeCount)
        for (a, b) in cannotLink where a != b && a >= 0 && b >= 0 && a < nodeCount && b < nodeCount {
            forbidden[a].append(b)
            forbidden[b].append(a)
        }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeights = selfWeights
        self.nodeWeights = nodeWeights
        self.forbidden = forbidden.map { $0.count < 2 ? $0 : Array(Set($0)).sorted() }
        self.exclusive = exclusive.count == nodeCount ? exclusive : [Int](repeating: -1, count: nodeCount)
    }

    private init(
        offsets: [Int], targets: [Int], weights: [Double], selfWeights: [Double], nodeWeights: [Double],
        forbidden: [[Int]], exclusive: [Int]
    ) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeights = selfWeights
        self.nodeWeights = nodeWeights
        self.forbidden = forbidden
        self.exclusive = exclusive
    }

    /// True when `node` may join the cluster `cluster` of `labels` without breaking a cannot-link pair, or a
    /// cluster whose exclusive label is `clusterLabel` (−1 for none) without mixing two labels.
    @inline(__always)
    func allows(_ node: Int, in cluster: Int, labels: [Int], clusterLabel: Int) -> Bool {
        guard exclusive[node] < 0 || clusterLabel < 0 || clusterLabel == exclusive[node] else { return false }
        for other in forbidden[node] where labels[other] == cluster { return false }
        return true
    }

    /// The graph whose nodes are the groups of `labels` (canonical ids `0..<groupCount`): edge weights between
    /// groups add up, edges inside a group become its self-loop, node weights and constraints are combined.
    func aggregated(by labels: [Int], groupCount: Int) -> LeidenGraph {
        var memberOffsets = [Int](repeating: 0, count: groupCount + 1)
        for label in labels { memberOffsets[label + 1] += 1 }
        for group in 0..<groupCount { memberOffsets[group + 1] += memberOffsets[group] }
        var cursor = memberOffsets
        var members = [Int](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            members[cursor[labels[node]]] = node
            cursor[labels[node]] += 1
        }
        var offsets = [Int](repeating: 0, count: groupCount + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        var selfWeights = [Double](repeating: 0, count: groupCount)
        var nodeWeights = [Double](repeating: 0, count: groupCount)
        var forbidden = [[Int]](repeating: [], count: groupCount)
        var exclusive = [Int](repeating: -1, count: groupCount)
        var accumulated = [Double](repeating: 0, count: groupCount)
        var seen = [Bool](repeating: false, count: groupCount)
        var touched: [Int] = []
        for group in 0..<groupCount {
            var inside = 0.0
            var banned: [Int] = []
            for member in members[memberOffsets[group]..<memberOffsets[group + 1]] {
                inside += self.selfWeights[member]
                nodeWeights[group] += self.nodeWeights[member]
                exclusive[group] = max(exclusive[group], self.exclusive[member])
                for other in self.forbidden[member] { banned.append(labels[other]) }
                for index in self.offsets[member]..<self.offsets[member + 1] {
                    let target = labels[self.targets[index]]
                    if target == group {
                        inside += self.weights[index] / 2
                    } else {
                        if !seen[target] {
                            seen[target] = true
                            touched.append(target)
                        }
                        accumulated[target] += self.weights[index]
                    }
                }
            }
            touched.sort()
            for target in touched {
                targets.append(target)
                weights.append(accumulated[target])
                accumulated[target] = 0
                seen[target] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[group + 1] = targets.count
            selfWeights[group] = inside
            forbidden[group] = banned.count < 2 ? banned : Array(Set(banned)).sorted()
        }
        return LeidenGraph(
            offsets: offsets, targets: targets, weights: weights, selfWeights: selfWeights, nodeWeights: nodeWeights,
            forbidden: forbidden, exclusive: exclusive)
    }

    /// The subgraph induced by `nodes` (in that order, renumbered `0..<nodes.count`), without constraints.
    func induced(on nodes: [Int]) -> LeidenGraph {
        var position = [Int: Int]()
        for (index, node) in nodes.enumerated() { position[node] = index }
        var offsets = [0]
        var targets: [Int] = []
        var weights: [Double] = []
        for node in nodes {
            for index in self.offsets[node]..<self.offsets[node + 1] {
                if let local = position[self.targets[index]] {
                    targets.append(local)
                    weights.append(self.weights[index])
                }
            }
            offsets.append(targets.count)
        }
        return LeidenGraph(
            offsets: offsets, targets: targets, weights: weights, selfWeights: nodes.map { selfWeights[$0] },
            nodeWeights: nodes.map { nodeWeights[$0] }, forbidden: [[Int]](repeating: [], count: nodes.count),
            exclusive: [Int](repeating: -1, count: nodes.count))
    }

    /// The weight inside each group of `labels` (each edge once, self-loops included).
    func insideWeights(of labels: [Int], groupCount: Int) -> [Double] {
        var inside = [Double](repeating: 0, count: groupCount)
        for node in 0..<nodeCount {
            inside[labels[node]] += selfWeights[node]
            for index in offsets[node]..<offsets[node + 1] where labels[targets[index]] == labels[node] {
                inside[labels[node]] += weights[index] / 2
            }
        }
        return inside
    }

    /// The total weight of all edges, each counted once, self-loops included.
    var totalWeight: Double {
        (weights.reduce(0, +) / 2) + selfWeights.reduce(0, +)
    }

    /// The unified objective Σ_c [E_c − (λ/2) · W_c²] the phases maximise (modularity × m, or the Constant
    /// Potts quality up to a constant).
    func objective(of labels: [Int], groupCount: Int, penalty: Double) -> Double {
        let inside = insideWeights(of: labels, groupCount: groupCount)
        var clusterWeight = [Double](repeating: 0, count: groupCount)
        for node in 0..<nodeCount { clusterWeight[labels[node]] += nodeWeights[node] }
        return (0..<groupCount).reduce(0) { $0 + inside[$1] - penalty / 2 * clusterWeight[$1] * clusterWeight[$1] }
    }
}
