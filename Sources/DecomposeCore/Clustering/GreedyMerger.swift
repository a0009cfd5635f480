/// Merges clusters pairwise, always the pair whose union gains the most quality (e_ab − λ · W_a · W_b) and
/// breaks no cannot-link pair and mixes no two exclusive labels, until a wanted number of clusters is left or no pair may merge.
struct GreedyMerger {
    private var weight: [Double]
    private var links: [[Int: Double]]
    private var banned: [Set<Int>]
    /// Per cluster, the exclusive label it holds, or −1 (see `LeidenGraph.exclusive`).
    private var exclusive: [Int]
    private var alive: [Bool]
    private var parent: [Int]
    private let penalty: Double

    /// A merger whose starting clusters are the nodes of `clusterGraph` (usually an aggregate of a partition).
    init(clusterGraph: LeidenGraph, penalty: Double) {
        let count = clusterGraph.nodeCount
        weight = clusterGraph.nodeWeights
        links = (0..<count).map { node in
            var row: [Int: Double] = [:]
            for index in clusterGraph.offsets[node]..<clusterGraph.offsets[node + 1] {
                row[clusterGraph.targets[index]] = clusterGraph.weights[index]
            }
            return row
        }
        banned = clusterGraph.forbidden.map(Set.init)
        exclusive = clusterGraph.exclusive
        alive = [Bool](repeating: true, count: count)
        parent = Array(0..<count)
        self.penalty = penalty
    }

    /// Merges until `target` clusters are left or no allowed pair remains; returns, per starting cluster,
    /// the label of the cluster it ended in (canonical) and the number of clusters.
    mutating func merge(until target: Int) -> (labels: [Int], count: Int) {
        var count = alive.count
        while count > target, let (kept, absorbed) = bestPair() {
            absorb(absorbed, into: kept)
            count -= 1
        }
        return Partition.canonical((0..<parent.count).map(root))
    }

    private func root(_ cluster: Int) -> Int {
        var cluster = cluster
        while parent[cluster] != cluster { cluster = parent[cluster] }
        return cluster
    }

    /// The allowed pair (smaller id first) with the largest gain; ties go to the first pair in id order,
    /// and to linked pairs before unlinked ones.
    private func bestPair() -> (Int, Int)? {
        var best: (pair: (Int, Int), gain: Double)?
        for a in alive.indices where alive[a] {
            for b in links[a].keys.sorted() where b > a && mayMerge(a, b) {
                let gain = links[a][b]! - penalty * weight[a] * weight[b]
                if best == nil || gain > best!.gain { best = ((a, b), gain) }
            }
        }
        let byWeight = alive.indices.filter { alive[$0] }.sorted { (weight[$0], $0) < (weight[$1], $1) }
        for (position, a) in byWeight.enumerated() {
            for b in byWeight[(position + 1)...] {
                let gain = -penalty * weight[a] * weight[b]
                if let best, gain <= best.gain { break }
                if links[a][b] == nil && mayMerge(a, b) {
                    best = ((min(a, b), max(a, b)), gain)
                    break
                }
            }
        }
        return best?.pair
    }

    /// Whether clusters `a` and `b` break no cannot-link pair and mix no two exclusive labels.
    private func mayMerge(_ a: Int, _ b: Int) -> Bool {
        !banned[a].contains(b) && (exclusive[a] < 0 || exclusive[b] < 0 || exclusive[a] == exclusive[b])
    }

    private mutating func absorb(_ absorbed: Int, into kept: Int) {
        parent[absorbed] = kept
        alive[absorbed] = false
        weight[kept] += weight[absorbed]
        exclusive[kept] = max(exclusive[kept], exclusive[absorbed])
        for (other, linkWeight) in links[absorbed].sorted(by: { $0.key < $1.key }) {
            links[other][absorbed] = nil
            guard other != kept else { continue }
            links[kept][other, default: 0] += linkWeight
            links[other][kept, default: 0] += linkWeight
        }
        links[kept][absorbed] = nil
        links[absorbed] = [:]
        for other in banned[absorbed].sorted() {
            banned[other].remove(absorbed)
            banned[other].insert(kept)
            banned[kept].insert(other)
        }
        banned[absorbed] = []
    }
}
