/// Compares a suggested decomposition with the one a team expects.
///
/// Only entities on both sides are compared; the others are listed as missing or extra. The
/// suggestion's contexts are taken in name order (an entity listed in two suggested contexts
/// counts in the first); entities in each context in name order; expected contexts in the order
/// written. So the result, including the order of the moves, is deterministic.
public struct DecompositionComparer: Sendable {
    public init() {}

    /// MoJoFM, the adjusted Rand index and the moves from `suggested` (context name → entities)
    /// to `expected`.
    public func compare(suggested: [String: [String]], expected: ExpectedDecomposition) -> ComparisonResult {
        var expectedContext: [String: Int] = [:]
        for (index, context) in expected.contexts.enumerated() {
            for entity in context.entities where expectedContext[entity] == nil {
                expectedContext[entity] = index
            }
        }
        var seen: Set<String> = []
        var extra: Set<String> = []
        var clusters: [(name: String, entities: [String])] = []
        for name in suggested.keys.sorted() {
            var members: [String] = []
            for entity in Set(suggested[name] ?? []).sorted() where seen.insert(entity).inserted {
                if expectedContext[entity] == nil {
                    extra.insert(entity)
                } else {
                    members.append(entity)
                }
            }
            if !members.isEmpty { clusters.append((name, members)) }
        }
        let missing = expectedContext.keys.filter { !seen.contains($0) }.sorted()
        let compared = clusters.reduce(0) { $0 + $1.entities.count }
        let tags = clusters.map { cluster in cluster.entities.map { expectedContext[$0] ?? 0 } }
        var expectedSizes = [Int](repeating: 0, count: expected.contexts.count)
        for tag in tags.joined() { expectedSizes[tag] += 1 }

        let mojo = MoJoDistance(tags: tags, groupCount: expected.contexts.count)
        let groups = mojo.groups()
        let distance = mojo.distance(groups: groups)
        let maximum = MoJoDistance.maximumDistance(toClusterSizes: expectedSizes.filter { $0 > 0 })
        let mojoFM: Double
        if compared == 0 {
            mojoFM = 0
        } else if maximum == 0 {
            mojoFM = 100
        } else {
            mojoFM = (1 - Double(distance) / Double(maximum)) * 100
        }
        return ComparisonResult(
            mojoFM: mojoFM,
            adjustedRandIndex: adjustedRandIndex(tags: tags, expectedSizes: expectedSizes),
            moves: moves(clusters: clusters, tags: tags, groups: groups, expected: expected),
            comparedEntityCount: compared,
            missingEntities: missing,
            extraEntities: extra.sorted())
    }

    /// The operations behind `mno`: every entity whose expected context is not its cluster's group
    /// moves there; then every further cluster of a group joins the group's first cluster.
    private func moves(
        clusters: [(name: String, entities: [String])], tags: [[Int]], groups: [Int], expected: ExpectedDecomposition
    ) -> [ComparisonMove] {
        var result: [ComparisonMove] = []
        for (index, cluster) in clusters.enumerated() {
            for (entity, tag) in zip(cluster.entities, tags[index]) where tag != groups[index] {
                result.append(.move(entity: entity, from: cluster.name, to: expected.contexts[tag].name))
            }
        }
        var keeper: [Int: String] = [:]
        for (index, cluster) in clusters.enumerated() {
            let group = groups[index]
            if let first = keeper[group] {
                result.append(.join(context: cluster.name, into: first, expected: expected.contexts[group].name))
            } else {
                keeper[group] = cluster.name
            }
        }
        return result
    }

    /// Hubert and Arabie's adjusted Rand index from the contingency table of the two partitions:
    /// `(Σᵢⱼ C(nᵢⱼ,2) − E) / (½(Σᵢ C(aᵢ,2) + Σⱼ C(bⱼ,2)) − E)` with
    /// `E = Σᵢ C(aᵢ,2) · Σⱼ C(bⱼ,2) / C(n,2)`. When the denominator is zero (both partitions are
    /// all singletons, or both one cluster) it is 1 if the partitions agree and 0 otherwise.
    private func adjustedRandIndex(tags: [[Int]], expectedSizes: [Int]) -> Double {
        func pairs(_ count: Int) -> Double { Double(count * (count - 1) / 2) }
        let n = tags.reduce(0) { $0 + $1.count }
        guard n > 1 else { return n == 1 ? 1 : 0 }
        var index = 0.0
        for clusterTags in tags {
            var counts: [Int: Int] = [:]
            for tag in clusterTags { counts[tag, default: 0] += 1 }
            index += counts.values.reduce(0) { $0 + pairs($1) }
        }
        let suggestedPairs = tags.reduce(0) { $0 + pairs($1.count) }
        let expectedPairs = expectedSizes.reduce(0) { $0 + pairs($1) }
        let chance = suggestedPairs * expectedPairs / pairs(n)
        let maximum = (suggestedPairs + expectedPairs) / 2
        guard maximum != chance else { return index == suggestedPairs && index == expectedPairs ? 1 : 0 }
        return (index - chance) / (maximum - chance)
    }
}
