/// Scores the compatibility of non-functional characteristics between entities already coupled otherwise.
///
/// For every characteristic both entities declare: the same level counts +1, adjacent levels 0,
/// opposite levels −1; the same storage kind +1, a different one −1. The compatibility is the mean, in
/// −1…1. Characteristics modulate existing couplings: the score is the compatibility times a tenth of
/// the pair's weight from the other criteria (identity and lifecycle aside), so each priority point
/// of `characteristics` moves a pair's weight by at most 10 %. They never couple unrelated entities,
/// and a conflict can reduce a pair's weight but never make it negative.
struct CharacteristicsScorer: CouplingScorer {
    /// The share of the other criteria's weight one priority point of compatibility adds or removes.
    static let modulation = 0.1

    let priorities: [CouplingCriterion: Double]

    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        var strength: [UnitPair: Double] = [:]
        for coupling in collector.couplings where coupling.criterion != .identityLifecycle {
            strength[UnitPair(coupling.first, coupling.second), default: 0] +=
                (priorities[coupling.criterion] ?? 0) * coupling.score
        }
        for (pair, coupled) in strength.sorted(by: { $0.key < $1.key }) where coupled > 0 {
            // The characteristics alone: copying whole entities (fields and all) per pair is costly.
            let a = index.model.entities[pair.first].characteristics
            let b = index.model.entities[pair.second].characteristics
            var similar: [String] = []
            var conflicting: [String] = []
            var total = 0.0
            var compared = 0
            for kind in CharacteristicKind.allCases {
                guard let levelA = kind.level(in: a), let levelB = kind.level(in: b)
                else { continue }
                compared += 1
                switch abs(levelA.rawValue - levelB.rawValue) {
                case 0:
                    total += 1
                    similar.append("\(kind.rawValue) \(kind.word(for: levelA))")
                case 2:
                    total -= 1
                    conflicting.append("\(kind.rawValue) \(kind.word(for: levelA)) vs \(kind.word(for: levelB))")
                default:
                    break
                }
            }
            if let storageA = a.storage, let storageB = b.storage {
                compared += 1
                if storageA == storageB {
                    total += 1
                    similar.append("storage \(storageA.rawValue)")
                } else {
                    total -= 1
                    conflicting.append("storage \(storageA.rawValue) vs \(storageB.rawValue)")
                }
            }
            guard compared > 0, total != 0 else { continue }
            let fact = collector.record(
                .characteristics(
                    first: index.names[pair.first], second: index.names[pair.second], similar: similar,
                    conflicting: conflicting))
            collector.add(
                pair.first, pair.second, .characteristics, score: Self.modulation * coupled * total / Double(compared),
                evidence: fact)
        }
    }
}
