/// Measures a decomposition over the entity-level coupling graph.
struct MetricsCalculator: Sendable {
    func metrics(_ assignment: ContextAssignment, _ graph: CouplingGraph, distributedUseCases: Int)
        -> DecompositionMetrics
    {
        var inside = 0.0
        var across = 0.0
        for (pair, weight) in graph.sortedWeights {
            if assignment.contextOfEntity[pair.first] == assignment.contextOfEntity[pair.second] {
                inside += weight
            } else {
                across += weight
            }
        }
        let total = inside + across
        return DecompositionMetrics(
            modularity: Modularity.score(graph: graph.entityGraph, labels: assignment.contextOfEntity, resolution: 1),
            contextCount: assignment.count, entityCount: graph.names.count, cohesion: total > 0 ? inside / total : 0,
            crossContextWeight: across, distributedUseCases: distributedUseCases)
    }
}
