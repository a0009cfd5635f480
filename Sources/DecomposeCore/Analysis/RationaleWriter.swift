/// Explains why a context's entities belong together: constraints first, then the strongest couplings.
struct RationaleWriter: Sendable {
    /// How many sentences a rationale keeps.
    static let limit = 5

    /// The rationale of the context holding `members`, strongest first.
    func rationale(of members: [Int], _ index: EntityIndex, _ graph: CouplingGraph) -> [String] {
        let inside = Set(members)
        let scope = Set(members.map { index.names[$0] })
        var sentences = constraintSentences(inside, index)
        // Only the first `limit` distinct sentences are kept: stop writing sentences once they are there.
        for (fact, weight) in graph.facts(inside: inside) where weight > 0 && sentences.count < Self.limit {
            let sentence = graph.evidence[fact].sentence(within: scope)
            if !sentences.contains(sentence) { sentences.append(sentence) }
        }
        return Array(sentences.prefix(Self.limit))
    }

    /// Pins, keep-together groups and zones that lie inside the context.
    private func constraintSentences(_ inside: Set<Int>, _ index: EntityIndex) -> [String] {
        let model = index.model
        func names(_ references: [NameReference]) -> [String]? {
            let positions = references.flatMap { index.resolve($0.name) }
            guard !positions.isEmpty, positions.allSatisfy(inside.contains) else { return nil }
            return references.map(\.name)
        }
        var sentences: [String] = []
        for pin in model.pins {
            if let listed = names(pin.members) {
                sentences.append("\(Phrase.list(listed)) \(listed.count == 1 ? "is" : "are") pinned to \(pin.context)")
            }
        }
        for group in model.keepTogether {
            if let listed = names(group.members) {
                sentences.append("\(Phrase.list(listed)) are kept together by a keep-together hint")
            }
        }
        for zone in model.zones {
            if let listed = names(zone.members) {
                sentences.append("\(Phrase.list(listed)) form the security zone \(zone.name)")
            }
        }
        return sentences
    }
}
