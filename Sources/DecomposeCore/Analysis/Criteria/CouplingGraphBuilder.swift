/// Runs every coupling criterion over a model and weighs the results with the given priorities.
struct CouplingGraphBuilder: Sendable {
    let priorities: [CouplingCriterion: Double]

    /// The coupling graph of the model behind `index`, whose atomic units `partition` holds.
    func build(_ index: EntityIndex, _ partition: UnitPartition) -> CouplingGraph {
        var collector = CouplingCollector()
        let scorers: [any CouplingScorer] = [
            IdentityLifecycleScorer(), UseCaseScorer(unitOfEntity: partition.unitOfEntity), EventFlowScorer(),
            ReferenceScorer(), SharedOwnerScorer(),
            LinguisticScorer(),
        ]
        for scorer in scorers { scorer.collect(index, into: &collector) }
        CharacteristicsScorer(priorities: priorities).collect(index, into: &collector)
        return CouplingGraph(names: index.names, collector: collector, priorities: priorities)
    }
}
