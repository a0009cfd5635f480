import Testing

@testable import DecomposeCore

@Suite struct DecompositionComparerTests {
    private func expected(_ contexts: [(String, [String])]) -> ExpectedDecomposition {
        ExpectedDecomposition(contexts: contexts.map { ExpectedDecomposition.Context(name: $0.0, entities: $0.1) })
    }

    private func compare(_ suggested: [String: [String]], _ contexts: [(String, [String])]) -> ComparisonResult {
        DecompositionComparer().compare(suggested: suggested, expected: expected(contexts))
    }

    @Test func identicalDecompositionsScoreFullMarks() {
        let result = compare(
            ["Sales": ["Order", "Customer"], "Stock": ["Item"]],
            [("Selling", ["Customer", "Order"]), ("Inventory", ["Item"])])
        #expect(result.mojoFM == 100)
        #expect(result.adjustedRandIndex == 1)
        #expect(result.moves == [])
        #expect(result.comparedEntityCount == 3)
    }

    /// A = {a,b,c,d} {e,f,g,h}, B = {a,b,c} {d,e,f} {g,h}: d moves, g and h move to a new context,
    /// so mno = 3; B's sizes 2,3,3 give max mno = 8 − 3 = 5 and MoJoFM = (1 − 3/5) × 100 = 40.
    /// ARI: Σ C(nᵢⱼ,2) = 3+1+1 = 5, Σ C(aᵢ,2) = 12, Σ C(bⱼ,2) = 7, C(8,2) = 28, E = 3, max = 9.5,
    /// so ARI = 2 / 6.5.
    @Test func handComputedMovesExample() {
        let result = compare(
            ["S1": ["a", "b", "c", "d"], "S2": ["e", "f", "g", "h"]],
            [("X", ["a", "b", "c"]), ("Y", ["d", "e", "f"]), ("Z", ["g", "h"])])
        #expect(
            result.moves == [
                .move(entity: "d", from: "S1", to: "Y"), .move(entity: "g", from: "S2", to: "Z"),
                .move(entity: "h", from: "S2", to: "Z"),
            ])
        #expect(abs(result.mojoFM - 40) < 1e-9)
        #expect(abs(result.adjustedRandIndex - 2 / 6.5) < 1e-12)
    }

    /// A = {a} {b} {c,d}, B = {a,b} {c,d}: one join, max mno = 4 − 2 = 2, MoJoFM = 50.
    @Test func handComputedJoinExample() {
        let result = compare(["S1": ["a"], "S2": ["b"], "S3": ["c", "d"]], [("X", ["a", "b"]), ("Y", ["c", "d"])])
        #expect(result.moves == [.join(context: "S2", into: "S1", expected: "X")])
        #expect(result.mojoFM == 50)
    }

    /// Everything in one context against all singletons is as far as a decomposition can be.
    @Test func theFarthestDecompositionScoresZero() {
        let result = compare(["All": ["a", "b", "c", "d"]], [("A", ["a"]), ("B", ["b"]), ("C", ["c"]), ("D", ["d"])])
        #expect(result.mojoFM == 0)
        #expect(result.moves.count == 3)
        #expect(result.adjustedRandIndex == 0)
    }

    /// scikit-learn's documented examples of adjusted_rand_score.
    @Test func adjustedRandIndexMatchesPublishedExamples() {
        let split = compare(["P": ["1", "2"], "Q": ["3", "4"]], [("A", ["1", "2"]), ("B", ["3"]), ("C", ["4"])])
        #expect(abs(split.adjustedRandIndex - 0.5714285714285715) < 1e-12)
        let singletonsVersusOne = compare(
            ["P": ["1", "2", "3", "4"]],
            [("A", ["1"]), ("B", ["2"]), ("C", ["3"]), ("D", ["4"])])
        #expect(singletonsVersusOne.adjustedRandIndex == 0)
        let swapped = compare(["P": ["1", "3"], "Q": ["2", "4"]], [("A", ["1", "2"]), ("B", ["3", "4"])])
        #expect(abs(swapped.adjustedRandIndex - (-0.5)) < 1e-12)
    }

    @Test func entitiesOnOneSideOnlyAreListedAndLeftOut() {
        let result = compare(["S": ["a", "b", "extra"], "T": ["c"]], [("X", ["a", "b"]), ("Y", ["c", "missing"])])
        #expect(result.missingEntities == ["missing"])
        #expect(result.extraEntities == ["extra"])
        #expect(result.comparedEntityCount == 3)
        #expect(result.mojoFM == 100)
    }

    @Test func nothingInCommonScoresZero() {
        let result = compare(["S": ["a"]], [("X", ["b"])])
        #expect(result.mojoFM == 0)
        #expect(result.comparedEntityCount == 0)
    }

    @Test func movesDescribeThemselves() {
        #expect(
            ComparisonMove.move(entity: "Stock", from: "Catalog", to: "Inventory").description
                == "move Stock from suggested Catalog to expected Inventory")
        #expect(
            ComparisonMove.join(context: "Billing", into: "Payments", expected: "Money").description
                == "join suggested Billing into suggested Payments (expected Money)")
    }

    /// Over every pair of partitions of five objects, `mno` and the number of moves equal the true
    /// shortest move/join distance found by breadth-first search, and the normaliser equals the
    /// largest distance to each expected partition.
    @Test func mnoIsTheExactShortestDistanceForAllPartitionsOfFive() {
        let objects = ["a", "b", "c", "d", "e"]
        let partitions = Self.partitions(of: objects.count)
        let allDistances = partitions.map(Self.shortestDistances(from:))
        for (suggestedLabels, distances) in zip(partitions, allDistances) {
            let suggested = Dictionary(grouping: objects.indices, by: { "S\(suggestedLabels[$0])" })
                .mapValues { $0.map { objects[$0] } }
            for expectedLabels in partitions {
                let groups = Dictionary(grouping: objects.indices, by: { expectedLabels[$0] })
                let contexts = groups.keys.sorted().map { ("E\($0)", groups[$0]!.map { objects[$0] }) }
                let result = compare(suggested, contexts)
                let truth = distances[expectedLabels]!
                #expect(result.moves.count == truth, "\(suggestedLabels) → \(expectedLabels)")
                let farthest = allDistances.map { $0[expectedLabels]! }.max()!
                let expectedFM = farthest == 0 ? 100 : (1 - Double(truth) / Double(farthest)) * 100
                #expect(abs(result.mojoFM - expectedFM) < 1e-9, "\(suggestedLabels) → \(expectedLabels)")
            }
        }
    }

    /// Every partition of `n` objects as canonical labels (restricted growth strings).
    private static func partitions(of n: Int) -> [[Int]] {
        var result: [[Int]] = [[]]
        for _ in 0..<n {
            result = result.flatMap { labels in
                (0...(labels.max().map { $0 + 1 } ?? 0)).map { labels + [$0] }
            }
        }
        return result
    }

    private static func canonical(_ labels: [Int]) -> [Int] {
        var renumber: [Int: Int] = [:]
        return labels.map { label in
            if let known = renumber[label] { return known }
            renumber[label] = renumber.count
            return renumber[label]!
        }
    }

    /// Breadth-first search over partitions with MoJo's operations: move one object to another or a
    /// new cluster; join two clusters.
    private static func shortestDistances(from start: [Int]) -> [[Int]: Int] {
        var distance: [[Int]: Int] = [canonical(start): 0]
        var frontier = [canonical(start)]
        while !frontier.isEmpty {
            var next: [[Int]] = []
            for state in frontier {
                let clusterCount = (state.max() ?? -1) + 1
                var neighbours: [[Int]] = []
                for object in state.indices {
                    for target in 0...clusterCount where target != state[object] {
                        var moved = state
                        moved[object] = target
                        neighbours.append(canonical(moved))
                    }
                }
                for first in 0..<clusterCount {
                    for second in (first + 1)..<max(first + 1, clusterCount) {
                        neighbours.append(canonical(state.map { $0 == second ? first : $0 }))
                    }
                }
                for neighbour in neighbours where distance[neighbour] == nil {
                    distance[neighbour] = distance[state]! + 1
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return distance
    }
}
