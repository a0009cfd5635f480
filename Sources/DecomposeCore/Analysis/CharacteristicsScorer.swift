/// Scores the compatibility of non-functional characteristics between entities already coupled otherwise.
///
/// For every characteristic both entities declare: the same level counts +1, adjacent levels 0,
/// opposite levels −1; the same storage kind +1, a different one −1. The score is the mean, so it lies
/// in −1…1, and it is scaled by how strongly the other criteria already couple the pair (their summed
/// scores, identity and lifecycle aside, capped at 1). Characteristics thus modulate existing couplings:
/// they never couple unrelated entities, a faint coupling gets a faint nudge, and a conflict can reduce
/// a pair's weight but never make it negative.
struct CharacteristicsScorer: CouplingScorer {
    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        var strength: [UnitPair: Double] = [:]
        for coupling in collector.couplings where coupling.criterion != .identityLifecycle {
            strength[UnitPair(coupling.first, coupling.second), default: 0] += coupling.score
        }
        for (pair, coupled) in strength.sorted(by: { $0.key < $1.key }) {
            let a = index.entity(pair.first)
            let b = index.entity(pair.second)
            var similar: [String] = []
            var conflicting: [String] = []
            var total = 0.0
            var compared = 0
            for kind in CharacteristicKind.allCases {
                guard let levelA = a.characteristics[keyPath: kind.keyPath], let levelB = b.characteristics[keyPath: kind.keyPath] else { continue }
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
            if let storageA = a.characteristics.storage, let storageB = b.characteristics.storage {
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
            let fact = collector.record(.characteristics(first: a.name, second: b.name, similar: similar, conflicting: conflicting))
            collector.add(pair.first, pair.second, .characteristics, score: min(1, coupled) * total / Double(compared), evidence: fact)
        }
    }
}
