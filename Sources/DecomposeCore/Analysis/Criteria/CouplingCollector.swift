/// Gathers couplings and their evidence while the criteria score a model.
struct CouplingCollector: Sendable {
    private(set) var couplings: [Coupling] = []
    private(set) var evidence: [CouplingEvidence] = []

    /// Registers a fact and returns its index for `add(_:_:_:score:evidence:)`.
    mutating func record(_ fact: CouplingEvidence) -> Int {
        evidence.append(fact)
        return evidence.count - 1
    }

    /// A use case's work on one entity alone: a self-coupling, the entity's cohesion with itself.
    mutating func addSelf(_ entity: Int, _ criterion: CouplingCriterion, score: Double, evidence fact: Int) {
        couplings.append(Coupling(first: entity, second: entity, criterion: criterion, score: score, evidence: fact))
    }

    /// Adds a coupling between two different entities; self-pairs and zero scores are ignored.
    mutating func add(_ a: Int, _ b: Int, _ criterion: CouplingCriterion, score: Double, evidence fact: Int) {
        guard a != b, score != 0 else { return }
        couplings.append(
            Coupling(first: min(a, b), second: max(a, b), criterion: criterion, score: score, evidence: fact))
    }
}
