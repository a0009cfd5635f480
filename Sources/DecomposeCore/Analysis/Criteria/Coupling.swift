/// One criterion's score for a pair of entities, and the fact behind it.
struct Coupling: Sendable, Hashable {
    /// The smaller entity number of the pair.
    var first: Int
    /// The larger entity number of the pair.
    var second: Int
    var criterion: CouplingCriterion
    /// The criterion's score before priorities: positive attracts, negative (characteristics only) weakens.
    var score: Double
    /// Index of the fact in `CouplingGraph.evidence`.
    var evidence: Int

    /// The other entity of the pair.
    func partner(of entity: Int) -> Int { entity == first ? second : first }
}
