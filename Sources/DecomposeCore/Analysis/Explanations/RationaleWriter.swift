/// Explains why a context's entities belong together: constraints first, then the strongest couplings.
struct RationaleWriter: Sendable {
    /// How many sentences a rationale keeps.
    static let limit = 5

    /// The pin, keep-together and zone sentences of each context, in that order: a constraint belongs to the
    /// context that holds all its entities. Worked out once for all contexts, as a walk over every constraint per
    /// context would grow with contexts × constrained entities.
    private let constraints: [[String]]

    /// A writer for the contexts whose members `assignment` lists, by context number.
    init(_ assignment: [[Int]], _ index: EntityIndex) {
        var contextOf = [Int](repeating: -1, count: index.count)
        for (context, members) in assignment.enumerated() {
            for member in members { contextOf[member] = context }
        }
        var constraints = Array(repeating: [String](), count: assignment.count)
        func add(_ references: [NameReference], _ sentence: ([String]) -> String) {
            let positions = references.flatMap { index.resolve($0.name) }
            guard let first = positions.first, contextOf[first] >= 0,
                positions.allSatisfy({ contextOf[$0] == contextOf[first] })
            else { return }
            constraints[contextOf[first]].append(sentence(references.map(\.name)))
        }
        let model = index.model
        for pin in model.pins {
            add(pin.members) { "\(Phrase.list($0)) \($0.count == 1 ? "is" : "are") pinned to \(pin.context)" }
        }
        for group in model.keepTogether {
            add(group.members) { "\(Phrase.list($0)) are kept together by a keep-together hint" }
        }
        for zone in model.zones {
            add(zone.members) {
                "\(Phrase.list($0)) \($0.count == 1 ? "forms" : "form") the security zone \(zone.name)"
            }
        }
        self.constraints = constraints
    }

    /// The rationale of context number `context`, holding `members`: constraints first, then the strongest
    /// couplings.
    func rationale(of context: Int, members: [Int], _ index: EntityIndex, _ graph: CouplingGraph) -> [String] {
        let inside = Set(members)
        let scope = Set(members.map { index.names[$0] })
        var sentences = constraints[context]
        // Only the first `limit` distinct sentences are kept: stop writing sentences once they are there.
        for (fact, weight) in graph.facts(inside: inside) where weight > 0 && sentences.count < Self.limit {
            let sentence = graph.evidence[fact].sentence(within: scope)
            if !sentences.contains(sentence) { sentences.append(sentence) }
        }
        return Array(sentences.prefix(Self.limit))
    }
}
