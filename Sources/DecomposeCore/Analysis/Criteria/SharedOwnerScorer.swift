/// Scores shared ownership: entities owned by the same team, `1 / (n − 1)` per pair for a team owning `n`,
/// so that every owned entity receives the same total pull from its team.
struct SharedOwnerScorer: CouplingScorer {
    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        var byTeam: [String: [Int]] = [:]
        for (position, entity) in index.model.entities.enumerated() {
            if let owner = entity.owner { byTeam[owner, default: []].append(position) }
        }
        for (team, members) in byTeam.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let fact = collector.record(.owner(team: team, entities: members.map { index.names[$0] }))
            let score = 1 / Double(members.count - 1)
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] { collector.add(a, b, .sharedOwner, score: score, evidence: fact) }
            }
        }
    }
}
