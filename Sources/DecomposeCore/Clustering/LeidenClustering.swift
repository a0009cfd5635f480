/// Deterministic Leiden community detection (Traag, Waltman & van Eck 2019) with cannot-link constraints and
/// an optional exact number of clusters.
///
/// Each iteration runs fast local moving (a queue of nodes, each moved to its best neighbouring cluster),
/// refines every cluster into well-connected subsets (random choices from a seeded generator), aggregates the
/// refined subsets into the nodes of the next level starting from the unrefined clusters, and repeats until a
/// level moves nothing; iterations repeat until the partition is stable or barely improves. Every returned cluster is connected
/// unless an exact `targetCount` forces merging unlinked clusters. Same graph, options and seed give the same
/// labels on every machine.
public struct LeidenClustering: Sendable {
    /// The quality function the clustering maximises.
    public enum Quality: String, Sendable, Hashable, CaseIterable {
        /// Newman–Girvan modularity with resolution γ = `resolution`: Σ_c [E_c/m − γ (K_c/2m)²]. Suffers from the
        /// resolution limit: in large sparse graphs it merges small, clearly separated communities.
        case modularity
        /// The Constant Potts Model: Σ_c [E_c − γ · n_c(n_c − 1)/2], free of the resolution limit. A cluster is
        /// worth keeping when its internal edge density exceeds γ. Here γ = `resolution` × a reference density:
        /// the larger of the graph's density 2m/(n(n−1)) and the neighbourhood density w̄/(d̄ + 1) (mean edge
        /// weight spread over a mean-degree node and itself), so γ does not shrink as a sparse graph grows.
        case constantPotts
        /// A degree-corrected Potts model: Σ_c [E_c − (λ/2) K_c²] with λ = `resolution` × the same reference
        /// density as `constantPotts`, divided by the squared mean strength. On dense graphs this is modularity
        /// (λ ≈ 1/2m); on sparse graphs λ does not shrink with the graph, so there is no resolution limit; and,
        /// like modularity, hubs pay for their strength. `quality` reports modularity at the effective
        /// resolution λ · 2m.
        case degreeCorrectedPotts
    }

    /// Scales the quality's penalty for putting nodes together: higher gives more, smaller clusters.
    public var resolution: Double
    /// Seeds every random choice; the same seed gives the same clusters.
    public var seed: UInt64
    /// The quality function; `.degreeCorrectedPotts` by default (see the clustering notes for measurements).
    public var quality: Quality

    /// The randomness θ of the refinement, relative to the quality's natural gain unit.
    static let randomness = 0.01

    public init(resolution: Double = 1, seed: UInt64 = 1, quality: Quality = .degreeCorrectedPotts) {
        self.resolution = resolution
        self.seed = seed
        self.quality = quality
    }

    /// Clusters `graph`. Nodes of a `cannotLink` pair never share a cluster, nor do nodes of different
    /// `exclusive` labels (one per node, −1 for none; empty for no labels). With `targetCount`, exactly that many
    /// clusters are returned when possible; otherwise the closest achievable count, flagged in the result.
    public func cluster(
        _ graph: WeightedGraph, cannotLink: [(Int, Int)] = [], exclusive: [Int] = [], targetCount: Int? = nil
    ) -> ClusteringResult {
        let scale = Scale(graph: graph, quality: quality, resolution: resolution)
        let base = LeidenGraph(
            graph: graph, nodeWeights: scale.nodeWeights, cannotLink: cannotLink, exclusive: exclusive)
        var random = SplitMix64(seed: seed)
        var partition = LeidenIteration.optimise(
            graph: base, penalty: scale.penalty, temperature: scale.temperature, random: &random)
        var unreachable = false
        if let targetCount {
            let adjuster = ClusterCountAdjuster(
                graph: base, penalty: scale.penalty, temperature: scale.temperature, seed: seed)
            partition = adjuster.adjust(labels: partition.labels, count: partition.count, target: targetCount)
            unreachable = partition.count != targetCount
        }
        return ClusteringResult(
            labels: partition.labels, clusterCount: partition.count,
            quality: scale.quality(of: partition.labels, count: partition.count, graph: graph, base: base),
            requestedCountUnreachable: unreachable)
    }
}

extension LeidenClustering {
    /// The quality function in the unified form the phases use: gain of joining = k_{v,c} − penalty · w_v · W_c.
    struct Scale {
        let quality: Quality
        let resolution: Double
        let nodeWeights: [Double]
        let penalty: Double
        let temperature: Double

        init(graph: WeightedGraph, quality: Quality, resolution: Double) {
            self.quality = quality
            self.resolution = resolution
            let m = graph.totalWeight
            let n = Double(graph.nodeCount)
            switch quality {
            case .modularity:
                nodeWeights = graph.strengths
                penalty = m > 0 ? resolution / (2 * m) : 0
                temperature = LeidenClustering.randomness * m
            case .constantPotts:
                nodeWeights = [Double](repeating: 1, count: graph.nodeCount)
                penalty = resolution * Scale.referenceDensity(of: graph)
                temperature = LeidenClustering.randomness * Scale.meanEdgeWeight(of: graph)
            case .degreeCorrectedPotts:
                nodeWeights = graph.strengths
                let meanStrength = n > 0 ? 2 * m / n : 0
                penalty = m > 0 ? resolution * Scale.referenceDensity(of: graph) / (meanStrength * meanStrength) : 0
                temperature = LeidenClustering.randomness * Scale.meanEdgeWeight(of: graph)
            }
        }

        /// The total weight divided by the number of edges (0 without edges).
        static func meanEdgeWeight(of graph: WeightedGraph) -> Double {
            graph.edgeCount > 0 ? graph.totalWeight / Double(graph.edgeCount) : 0
        }

        /// The larger of the graph's density 2m/(n(n−1)) and its neighbourhood density w̄/(d̄ + 1): the mean edge
        /// weight spread over a node of mean degree and itself, which does not shrink as a sparse graph grows.
        static func referenceDensity(of graph: WeightedGraph) -> Double {
            let n = Double(graph.nodeCount)
            guard n > 1 else { return 0 }
            let density = 2 * graph.totalWeight / (n * (n - 1))
            let meanDegree = 2 * Double(graph.edgeCount) / n
            return max(density, meanEdgeWeight(of: graph) / (meanDegree + 1))
        }

        /// The quality of a canonical partition: modularity, or the Constant Potts value with the effective γ.
        func quality(of labels: [Int], count: Int, graph: WeightedGraph, base: LeidenGraph) -> Double {
            switch quality {
            case .modularity:
                return Modularity.score(graph: graph, labels: labels, resolution: resolution)
            case .degreeCorrectedPotts:
                return Modularity.score(graph: graph, labels: labels, resolution: penalty * 2 * graph.totalWeight)
            case .constantPotts:
                var sizes = [Double](repeating: 0, count: count)
                for label in labels { sizes[label] += 1 }
                let inside = base.insideWeights(of: labels, groupCount: count)
                return (0..<count).reduce(0) { $0 + inside[$1] - penalty * sizes[$1] * (sizes[$1] - 1) / 2 }
            }
        }
    }
}
