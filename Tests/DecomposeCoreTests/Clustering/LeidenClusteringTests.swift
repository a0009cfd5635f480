import Testing

@testable import DecomposeCore

@Suite struct LeidenClusteringTests {
    private let modularity = LeidenClustering(quality: .modularity)
    private let potts = LeidenClustering(quality: .constantPotts)
    private let standard = LeidenClustering()

    @Test func theDefaultIsTheDegreeCorrectedPottsModel() {
        #expect(standard.quality == .degreeCorrectedPotts)
        #expect(standard.resolution == 1 && standard.seed == 1)
    }

    @Test func degreeCorrectedPottsIsModularityOnADenseGraph() {
        // On a complete graph the reference density is the density, so λ = n/((n − 1) · 2m): modularity at
        // resolution n/(n − 1).
        var random = SplitMix64(seed: 2)
        var edges: [(Int, Int, Double)] = []
        for a in 0..<12 {
            for b in (a + 1)..<12 { edges.append((a, b, a / 4 == b / 4 ? 5 : 0.5 + random.nextUnit())) }
        }
        let graph = WeightedGraph(nodeCount: 12, edges: edges)
        let corrected = standard.cluster(graph)
        let plain = modularity.cluster(graph)
        #expect(corrected.labels == plain.labels)
        #expect(
            abs(corrected.quality - Modularity.score(graph: graph, labels: plain.labels, resolution: 12.0 / 11)) < 1e-9)
    }

    @Test func karateClubReachesTheBestKnownModularity() {
        let result = modularity.cluster(ClusteringFixtures.karate)
        #expect(result.quality > 0.415)
        #expect(result.clusterCount == 4)
        #expect(abs(result.quality - Modularity.score(graph: ClusteringFixtures.karate, labels: result.labels)) < 1e-12)
        #expect(ClusteringFixtures.isCanonical(result.labels))
    }

    @Test func modularityMergesPairsInARingOfCliques() {
        let ring = ClusteringFixtures.ringOfCliques(count: 30, size: 5)
        let result = modularity.cluster(ring)
        #expect(result.clusterCount < 30)
    }

    @Test(arguments: [LeidenClustering.Quality.constantPotts, .degreeCorrectedPotts])
    func pottsModelsRecoverEveryCliqueOfTheRing(quality: LeidenClustering.Quality) {
        let ring = ClusteringFixtures.ringOfCliques(count: 30, size: 5)
        let result = LeidenClustering(quality: quality).cluster(ring)
        #expect(result.clusterCount == 30)
        #expect(result.labels == (0..<150).map { $0 / 5 })
    }

    @Test(arguments: LeidenClustering.Quality.allCases)
    func recoversAPlantedPartition(quality: LeidenClustering.Quality) {
        let graph = ClusteringFixtures.plantedPartition(communities: 8, size: 12, inside: 0.6, across: 0.02, seed: 7)
        let result = LeidenClustering(quality: quality).cluster(graph)
        #expect(result.labels == (0..<96).map { $0 / 12 })
    }

    @Test(arguments: [LeidenClustering.Quality.constantPotts, .degreeCorrectedPotts])
    func pottsModelsRecoverManySmallPlantedCommunities(quality: LeidenClustering.Quality) {
        let graph = ClusteringFixtures.plantedPartition(communities: 60, size: 8, inside: 0.7, across: 0.004, seed: 3)
        let result = LeidenClustering(quality: quality).cluster(graph)
        #expect(ClusteringFixtures.misplaced(result.labels, planted: (0..<480).map { $0 / 8 }) <= 2)
        #expect((59...61).contains(result.clusterCount))
    }

    @Test func modularityMergesManySmallPlantedCommunities() {
        let graph = ClusteringFixtures.plantedPartition(communities: 60, size: 8, inside: 0.7, across: 0.004, seed: 3)
        #expect(modularity.cluster(graph).clusterCount < 60)
    }

    @Test(arguments: LeidenClustering.Quality.allCases)
    func everyClusterIsConnected(quality: LeidenClustering.Quality) {
        let graphs = [
            ClusteringFixtures.karate,
            ClusteringFixtures.plantedPartition(communities: 10, size: 10, inside: 0.3, across: 0.03, seed: 11),
        ]
        for graph in graphs {
            let result = LeidenClustering(quality: quality).cluster(graph)
            #expect(ClusteringFixtures.clustersAreConnected(result.labels, in: graph))
        }
    }

    @Test func cannotLinkPairsAreNeverTogether() {
        let pairs = [(0, 1), (32, 33), (0, 33), (2, 3), (5, 6)]
        for clustering in [modularity, potts, standard] {
            let result = clustering.cluster(ClusteringFixtures.karate, cannotLink: pairs)
            for (a, b) in pairs { #expect(result.labels[a] != result.labels[b]) }
            #expect(ClusteringFixtures.clustersAreConnected(result.labels, in: ClusteringFixtures.karate))
            #expect(result.requestedCountUnreachable == false)
        }
    }

    /// Exclusive labels say what a cannot-link pair between every two differently labelled nodes says, so both give
    /// the same clustering, with and without a wanted number of clusters.
    @Test(arguments: [nil, 3, 6, 12] as [Int?])
    func exclusiveLabelsActAsPairsBetweenDifferentLabels(target: Int?) {
        let labelled: [Int: Int] = [0: 0, 33: 1, 32: 1, 2: 2, 5: 3, 16: 0, 24: 2]
        let exclusive = (0..<34).map { labelled[$0] ?? -1 }
        let pairs = labelled.keys.sorted().flatMap { a in
            labelled.keys.sorted().filter { $0 > a && labelled[$0] != labelled[a] }.map { (a, $0) }
        }
        for clustering in [modularity, potts, standard] {
            let byLabels = clustering.cluster(ClusteringFixtures.karate, exclusive: exclusive, targetCount: target)
            let byPairs = clustering.cluster(ClusteringFixtures.karate, cannotLink: pairs, targetCount: target)
            #expect(byLabels.labels == byPairs.labels)
            #expect(byLabels.clusterCount == byPairs.clusterCount)
            for (a, b) in pairs { #expect(byLabels.labels[a] != byLabels.labels[b]) }
        }
    }

    @Test func cannotLinkSplitsATriangle() {
        let triangle = WeightedGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1)])
        let result = modularity.cluster(triangle, cannotLink: [(0, 2)])
        #expect(result.labels[0] != result.labels[2])
    }

    @Test(arguments: [1, 2, 3, 5, 8, 17, 34])
    func targetCountIsExact(target: Int) {
        for clustering in [modularity, potts, standard] {
            let result = clustering.cluster(ClusteringFixtures.karate, targetCount: target)
            #expect(result.clusterCount == target)
            #expect(Set(result.labels).count == target)
            #expect(result.requestedCountUnreachable == false)
            #expect(ClusteringFixtures.isCanonical(result.labels))
        }
    }

    @Test func targetCountHonoursCannotLink() {
        let pairs = [(0, 33), (1, 32), (4, 30)]
        let result = modularity.cluster(ClusteringFixtures.karate, cannotLink: pairs, targetCount: 2)
        #expect(result.clusterCount == 2)
        for (a, b) in pairs { #expect(result.labels[a] != result.labels[b]) }
    }

    @Test func splittingTheRingCutsBetweenCliques() {
        let ring = ClusteringFixtures.ringOfCliques(count: 6, size: 5)
        let result = potts.cluster(ring, targetCount: 7)
        #expect(result.clusterCount == 7)
        let merged = potts.cluster(ring, targetCount: 3)
        #expect(merged.labels == (0..<30).map { $0 / 10 })
        #expect(merged.clusters == [Array(0..<10), Array(10..<20), Array(20..<30)])
    }

    @Test func unreachableCountsAreReported() {
        let karate = ClusteringFixtures.karate
        let tooMany = potts.cluster(karate, targetCount: 40)
        #expect(tooMany.clusterCount == 34)
        #expect(tooMany.requestedCountUnreachable)
        let triangle = WeightedGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1)])
        let constrained = modularity.cluster(triangle, cannotLink: [(0, 1), (1, 2), (0, 2)], targetCount: 2)
        #expect(constrained.clusterCount == 3)
        #expect(constrained.requestedCountUnreachable)
    }

    @Test func sameSeedSameResult() {
        let graph = ClusteringFixtures.plantedPartition(communities: 20, size: 10, inside: 0.3, across: 0.05, seed: 5)
        for quality in LeidenClustering.Quality.allCases {
            let first = LeidenClustering(seed: 42, quality: quality).cluster(graph, targetCount: 15)
            let second = LeidenClustering(seed: 42, quality: quality).cluster(graph, targetCount: 15)
            #expect(first == second)
            let otherSeed = LeidenClustering(seed: 43, quality: quality).cluster(graph, targetCount: 15)
            #expect(otherSeed.clusterCount == 15)
        }
    }

    /// Pins exact labels on a noisy graph where refinement's random choices matter: any change in the random
    /// stream, the iteration order or floating-point summation (on any platform) shows up here.
    @Test func noisyGraphGivesTheseExactLabels() {
        let graph = ClusteringFixtures.plantedPartition(communities: 6, size: 8, inside: 0.35, across: 0.08, seed: 21)
        let result = LeidenClustering(seed: 7).cluster(graph)
        #expect(
            result.labels == [
                0, 0, 1, 0, 1, 0, 1, 2, 3, 4, 4, 4, 4, 1, 4, 3, 3, 1, 3, 0, 2, 0, 3, 2, 4, 4, 0, 3, 0, 4, 4, 4, 1, 1, 1,
                1, 1, 1, 1, 1, 0, 2, 2, 2, 2, 2, 3, 2,
            ])
        #expect(abs(result.quality - 0.3396429632901694) < 1e-12)
    }

    @Test func degenerateGraphs() {
        let empty = potts.cluster(WeightedGraph(nodeCount: 0, edges: []))
        #expect(empty.labels.isEmpty && empty.clusterCount == 0 && empty.quality == 0)
        let single = modularity.cluster(WeightedGraph(nodeCount: 1, edges: []))
        #expect(single.labels == [0] && single.clusterCount == 1)
        let isolated = WeightedGraph(nodeCount: 5, edges: [])
        #expect(potts.cluster(isolated).labels == [0, 1, 2, 3, 4])
        #expect(modularity.cluster(isolated).labels == [0, 1, 2, 3, 4])
        #expect(modularity.cluster(isolated, targetCount: 2).clusterCount == 2)
        let emptyTarget = potts.cluster(WeightedGraph(nodeCount: 0, edges: []), targetCount: 3)
        #expect(emptyTarget.clusterCount == 0 && emptyTarget.requestedCountUnreachable)
    }
}
