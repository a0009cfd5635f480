/// Turns the dependencies between contexts into context-map relationships with a DDD pattern each.
///
/// Direction: the upstream is the context referenced, read, or whose events are handled; when both
/// sides depend on each other, the one depended on more is upstream (ties: the context listed later in
/// the decomposition, the smaller one, is upstream). Patterns, first match wins:
/// shared kernel (≥ 2 use cases write in both), partnership (dependencies both ways, or one use case
/// writing in both when one team owns both), open host service (the upstream serves ≥ 3 contexts), anticorruption layer
/// (opposite characteristics, or a structurally volatile upstream owned by another team), conformist
/// (the downstream uses at least half of the upstream's entities, at least two, without owning it),
/// customer/supplier (any other one-way dependency).
struct RelationshipAnalyzer: Sendable {
    /// Upstream consumers needed for an open host service.
    static let openHostConsumers = 3
    /// Share of upstream entities a conformist downstream uses.
    static let conformistShare = 0.5

    func relationships(
        _ assignment: ContextAssignment, _ dependencies: ContextDependencies, _ index: EntityIndex,
        _ graph: CouplingGraph
    ) -> [ContextRelationship] {
        let profiles = assignment.members.map { ContextProfile($0, index) }
        let pairs = Set(dependencies.directions.map { UnitPair($0.downstream, $0.upstream) })
        let oriented = pairs.sorted().map { orient($0, dependencies) }
        var consumers: [Int: Int] = [:]
        for (_, upstream) in oriented { consumers[upstream, default: 0] += 1 }
        let relationships = oriented.map { downstream, upstream in
            relationship(
                downstream, upstream, consumers[upstream] ?? 0, assignment, dependencies, profiles, index, graph)
        }
        return relationships.sorted { ($0.upstream, $0.downstream) < ($1.upstream, $1.downstream) }
    }

    /// (downstream, upstream) for a pair of contexts.
    private func orient(_ pair: UnitPair, _ dependencies: ContextDependencies) -> (Int, Int) {
        let aUsesB = dependencies.crossings(from: pair.first, to: pair.second).count
        let bUsesA = dependencies.crossings(from: pair.second, to: pair.first).count
        if aUsesB != bUsesA { return aUsesB > bUsesA ? (pair.first, pair.second) : (pair.second, pair.first) }
        return (pair.first, pair.second)
    }

    private func relationship(
        _ downstream: Int, _ upstream: Int, _ consumerCount: Int, _ assignment: ContextAssignment,
        _ dependencies: ContextDependencies, _ profiles: [ContextProfile], _ index: EntityIndex, _ graph: CouplingGraph
    ) -> ContextRelationship {
        let down = assignment.names[downstream]
        let up = assignment.names[upstream]
        let forward = dependencies.crossings(from: downstream, to: upstream)
        let backward = dependencies.crossings(from: upstream, to: downstream)
        let shared = dependencies.sharedWrites[UnitPair(downstream, upstream)] ?? []
        let owners = (profiles[downstream].owner, profiles[upstream].owner)
        let (pattern, reasons): (RelationshipPattern, [String])
        if shared.count >= 2 {
            (pattern, reasons) = (
                .sharedKernel,
                ["\(Phrase.list(shared)) write in both \(up) and \(down): they share part of their model"]
            )
        } else if !backward.isEmpty || (!shared.isEmpty && owners.0 != nil && owners.0 == owners.1) {
            var facts = backward.isEmpty ? [] : ["\(up) and \(down) depend on each other"]
            facts += shared.map { "\($0) writes in both \(up) and \(down)" }
            if let owner = owners.0, owner == owners.1 { facts.append("both are owned by \(owner)") }
            (pattern, reasons) = (.partnership, facts)
        } else if consumerCount >= Self.openHostConsumers {
            (pattern, reasons) = (
                .openHostService, ["\(up) is used by \(consumerCount) contexts: offer them one published language"]
            )
        } else if let facts = anticorruption(profiles[upstream], profiles[downstream], up, down, owners) {
            (pattern, reasons) = (.anticorruptionLayer, facts)
        } else if let facts = conformist(downstream, upstream, assignment, dependencies, up, down, owners) {
            (pattern, reasons) = (.conformist, facts)
        } else {
            var facts = ["\(down) depends on \(up), not the other way round"]
            if let downOwner = owners.0, let upOwner = owners.1, downOwner != upOwner {
                facts.append(
                    "\(down) is owned by \(downOwner), \(up) by \(upOwner): \(downOwner) negotiates what it needs")
            }
            (pattern, reasons) = (.customerSupplier, facts)
        }
        return ContextRelationship(
            upstream: up, downstream: down, pattern: pattern, reasons: reasons,
            crossings: forward + backward,
            weight: crossWeight(assignment.members[downstream], upstream, assignment, graph))
    }

    /// Facts for an anticorruption layer: opposite characteristics, or a volatile upstream of another team.
    private func anticorruption(
        _ upstream: ContextProfile, _ downstream: ContextProfile, _ up: String, _ down: String,
        _ owners: (String?, String?)
    ) -> [String]? {
        var facts = upstream.conflicts(with: downstream, up, down)
        if upstream.levels[.structuralVolatility] == .high, owners.0 != owners.1 || owners.0 == nil {
            facts.append("\(up)'s model changes often (volatility often) and \(down) does not control it")
        }
        guard !facts.isEmpty else { return nil }
        return facts + ["translate \(up)'s model at \(down)'s boundary so its changes stay outside"]
    }

    /// Facts for a conformist: the downstream uses much of the upstream's model and has no say over it.
    private func conformist(
        _ downstream: Int, _ upstream: Int, _ assignment: ContextAssignment, _ dependencies: ContextDependencies,
        _ up: String, _ down: String, _ owners: (String?, String?)
    ) -> [String]? {
        let used =
            dependencies.touched[ContextDependencies.Direction(downstream: downstream, upstream: upstream)]?.count ?? 0
        let size = assignment.members[upstream].count
        guard used >= 2, Double(used) >= Self.conformistShare * Double(size), owners.0 == nil || owners.0 != owners.1
        else {
            return nil
        }
        let leverage =
            owners.1.map { "\(up) is owned by \($0), so \(down) has no leverage over it" }
            ?? "no team owning \(down) has a say over \(up)"
        return ["\(down) uses \(used) of the \(size) entities of \(up)", leverage]
    }

    /// The weight between the entities `a` and the entities of context `b`, summed entity by entity, partner by partner.
    private func crossWeight(_ a: [Int], _ b: Int, _ assignment: ContextAssignment, _ graph: CouplingGraph) -> Double {
        a.reduce(0) { sum, x in
            graph.pairsOfEntity[x].reduce(sum) { total, offset in
                let (pair, weight) = graph.sortedWeights[offset]
                let partner = pair.first == x ? pair.second : pair.first
                return assignment.contextOfEntity[partner] == b ? total + weight : total
            }
        }
    }
}
