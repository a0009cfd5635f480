/// One coupling criterion: scores the pairs of entities the model gives it reasons to couple.
protocol CouplingScorer: Sendable {
    /// Adds this criterion's couplings for the model behind `index`.
    func collect(_ index: EntityIndex, into collector: inout CouplingCollector)
}
