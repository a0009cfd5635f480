/// Scores linguistic proximity: entity names sharing a word stem.
///
/// A stem shared by `m` entities gives each pair `1 / (m − 1)` when it is the first word of both names
/// (`Order`, `OrderLine`, `OrderHistory`) and `0.3 / (m − 1)` otherwise (`CartItem`, `OrderItem`).
/// Stems found in more than half of the entities (of at least six) say nothing and are ignored.
struct LinguisticScorer: CouplingScorer {
    static let leadingStem = 1.0
    static let otherStem = 0.3

    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        let tokenizer = NameTokenizer()
        let words = index.names.map(tokenizer.words(of:))
        let stems = words.map { $0.map(tokenizer.stem) }
        var holders: [String: [Int]] = [:]
        for (position, entityStems) in stems.enumerated() {
            for stem in Set(entityStems) { holders[stem, default: []].append(position) }
        }
        for (stem, members) in holders.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            if index.count >= 6, members.count * 2 > index.count { continue }
            // The shortest spelling among the members, so that every name contains it (`SeatAssignments` and
            // `SeatAssignment` share `Assignment`, not `Assignments`).
            let spellings = members.compactMap { member in
                stems[member].firstIndex(of: stem).map { words[member][$0] }
            }
            let display = spellings.min { ($0.count, $0) < ($1.count, $1) } ?? stem
            let fact = collector.record(
                .nameStem(
                    stem: display.prefix(1).uppercased() + display.dropFirst(),
                    entities: members.map { index.names[$0] }))
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    let leading = stems[a].first == stem && stems[b].first == stem
                    let score = (leading ? Self.leadingStem : Self.otherStem) / Double(members.count - 1)
                    collector.add(a, b, .linguistic, score: score, evidence: fact)
                }
            }
        }
    }
}
