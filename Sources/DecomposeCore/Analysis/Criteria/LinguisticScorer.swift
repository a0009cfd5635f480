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
            // Every spelling of the stem among the members, shortest first, so that each name contains one of them
            // (`SeatAssignments` and `SeatAssignment` share `Assignment`; `Assembly` and `AssembliesType` share
            // `Assembly/Assemblies`).
            var spellings: [String] = []
            for member in members {
                guard let word = stems[member].firstIndex(of: stem).map({ words[member][$0] }) else { continue }
                let capitalised = word.prefix(1).uppercased() + word.dropFirst()
                if !spellings.contains(capitalised) { spellings.append(capitalised) }
            }
            spellings.sort { ($0.count, $0) < ($1.count, $1) }
            // A spelling that contains a shorter one adds nothing: every name holding it holds the shorter one.
            let shown = spellings.filter { spelling in !spellings.contains { $0 != spelling && spelling.contains($0) } }
            let display = shown.isEmpty ? stem : shown.joined(separator: "/")
            let fact = collector.record(
                .nameStem(
                    stem: display,
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
