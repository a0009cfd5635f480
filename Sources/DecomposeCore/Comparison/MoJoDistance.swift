/// MoJo's one-way distance `mno(A, B)` between two partitions of the same objects: the fewest
/// *move* (one object to another or a new cluster) and *join* (two clusters into one) operations
/// that turn partition A into partition B (Tzerpos & Holt 1999; optimal algorithm by Wen & Tzerpos 2003).
///
/// The algorithm: tag each object of A with the index of its B cluster. Cluster `Ai` keeps the
/// objects of one tag (its *group*) and moves out the rest, so it should pick a tag that occurs
/// most often in it. Clusters of A that pick the same group are joined: `l − g` joins, where `l`
/// is A's cluster count and `g` the number of distinct groups picked. Among the most frequent
/// tags, a maximum bipartite matching between A's clusters and B's clusters picks as many distinct
/// groups as possible, which minimises the joins without adding moves. So
/// `mno(A, B) = Σᵢ (|Aᵢ| − maxₖ Vᵢₖ) + l − g`.
struct MoJoDistance {
    /// Each cluster of A as indices of B's clusters (one per object); no cluster is empty.
    let tags: [[Int]]
    /// How many clusters B has.
    let groupCount: Int

    /// For each cluster of A, the B cluster (group) it becomes.
    ///
    /// Tag counts are taken from each cluster's sorted tags, so the work and memory grow with the number of
    /// objects, not with the product of the two cluster counts (thousands of contexts on both sides).
    func groups() -> [Int] {
        let edges = tags.map { clusterTags -> [Int] in
            var best = 0
            var mostFrequent: [Int] = []
            var run = 0
            let sorted = clusterTags.sorted()
            for (index, tag) in sorted.enumerated() {
                run = index > 0 && sorted[index - 1] == tag ? run + 1 : 1
                if run > best {
                    best = run
                    mostFrequent = [tag]
                } else if run == best {
                    mostFrequent.append(tag)
                }
            }
            return mostFrequent
        }
        var owner = [Int?](repeating: nil, count: groupCount)
        var visitedIn = [Int](repeating: -1, count: groupCount)
        for cluster in edges.indices {
            _ = augment(from: cluster, round: cluster, edges: edges, owner: &owner, visitedIn: &visitedIn)
        }
        var result = edges.map { $0[0] }
        for (group, cluster) in owner.enumerated() {
            if let cluster { result[cluster] = group }
        }
        return result
    }

    /// `mno(A, B)` for the given choice of groups.
    func distance(groups: [Int]) -> Int {
        let moves = zip(tags, groups).reduce(0) { total, pair in
            total + pair.0.filter { $0 != pair.1 }.count
        }
        return moves + tags.count - Set(groups).count
    }

    /// The largest `mno(A, B)` over every partition A of the same `n` objects, for B with the given
    /// cluster sizes: `n − g`, where `g` is the most groups that can be reached (walk the sizes in
    /// ascending order, counting a new group whenever the size exceeds the groups counted so far).
    static func maximumDistance(toClusterSizes sizes: [Int]) -> Int {
        var reachable = 0
        for size in sizes.sorted() where reachable < size {
            reachable += 1
        }
        return sizes.reduce(0, +) - reachable
    }

    /// Kuhn's augmenting path step: tries to match `cluster`, re-matching others when needed. A group is visited
    /// once per `round` (`visitedIn` holds the round that last visited it, so nothing is reset between rounds).
    /// Depth is bounded by the number of groups, which is the number of expected contexts.
    private func augment(
        from cluster: Int, round: Int, edges: [[Int]], owner: inout [Int?], visitedIn: inout [Int]
    ) -> Bool {
        for group in edges[cluster] where visitedIn[group] != round {
            visitedIn[group] = round
            if let current = owner[group] {
                guard augment(from: current, round: round, edges: edges, owner: &owner, visitedIn: &visitedIn)
                else { continue }
            }
            owner[group] = cluster
            return true
        }
        return false
    }
}
