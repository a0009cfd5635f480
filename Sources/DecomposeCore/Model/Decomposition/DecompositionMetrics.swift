/// Numbers that describe the quality of a decomposition.
public struct DecompositionMetrics: Sendable, Hashable {
    /// Newman's modularity of the context partition over the coupling graph (−0.5…1).
    public var modularity: Double
    public var contextCount: Int
    public var entityCount: Int
    /// Share of all coupling weight that stays inside contexts (0…1).
    public var cohesion: Double
    /// Total coupling weight that crosses context boundaries.
    public var crossContextWeight: Double
    /// Use cases that write in more than one context.
    public var distributedUseCases: Int

    public init(
        modularity: Double = 0, contextCount: Int = 0, entityCount: Int = 0, cohesion: Double = 0,
        crossContextWeight: Double = 0, distributedUseCases: Int = 0
    ) {
        self.modularity = modularity
        self.contextCount = contextCount
        self.entityCount = entityCount
        self.cohesion = cohesion
        self.crossContextWeight = crossContextWeight
        self.distributedUseCases = distributedUseCases
    }
}
