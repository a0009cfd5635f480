import DecomposeCore

/// A seeded planted-partition graph: communities of equal size, every pair inside a community linked with
/// probability `intraProbability`, plus random links between communities so that each node has on average
/// `interDegree` of them (i.e. an inter probability of interDegree / (n − size)).
struct PlantedPartition {
    let nodeCount: Int
    let communitySize: Int
    let intraProbability: Double
    let interDegree: Double
    let seed: UInt64

    /// The planted community of each node: node i is in community i / communitySize.
    var truth: [Int] { (0..<nodeCount).map { $0 / communitySize } }

    /// The pairwise probability of a link between communities.
    var interProbability: Double { interDegree / Double(max(nodeCount - communitySize, 1)) }

    /// The generated graph; the same parameters always give the same graph.
    func graph() -> WeightedGraph {
        var random = SplitMix64(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for first in stride(from: 0, to: nodeCount, by: communitySize) {
            let last = min(first + communitySize, nodeCount)
            for a in first..<last {
                for b in (a + 1)..<last where random.nextUnit() < intraProbability { edges.append((a, b, 1)) }
            }
        }
        let interEdges = Int((Double(nodeCount) * interDegree / 2).rounded())
        var added = 0
        while added < interEdges && nodeCount > communitySize {
            let a = random.nextInt(below: nodeCount)
            let b = random.nextInt(below: nodeCount)
            if a / communitySize != b / communitySize {
                edges.append((a, b, 1))
                added += 1
            }
        }
        return WeightedGraph(nodeCount: nodeCount, edges: edges)
    }
}
