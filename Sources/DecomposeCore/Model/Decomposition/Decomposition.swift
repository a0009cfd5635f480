/// The result of the analysis: suggested bounded contexts, how they relate, and what to watch.
///
/// Every entity of the model is in exactly one context, under its name as written in the input.
/// Every list is in a deterministic order (documented on each property).
public struct Decomposition: Sendable, Hashable {
    public var system: String
    /// Largest first (by entity count), then by name.
    public var contexts: [BoundedContext]
    /// By upstream, then downstream name.
    public var relationships: [ContextRelationship]
    /// By use case name.
    public var sagas: [SagaCandidate]
    /// By kind, then subject.
    public var findings: [Finding]
    public var metrics: DecompositionMetrics
    /// The contexts the model already declares, scored against these; `nil` when it declares none.
    public var currentDecomposition: CurrentDecomposition?

    public init(
        system: String, contexts: [BoundedContext], relationships: [ContextRelationship] = [],
        sagas: [SagaCandidate] = [], findings: [Finding] = [], metrics: DecompositionMetrics = DecompositionMetrics(),
        currentDecomposition: CurrentDecomposition? = nil
    ) {
        self.system = system
        self.contexts = contexts
        self.relationships = relationships
        self.sagas = sagas
        self.findings = findings
        self.metrics = metrics
        self.currentDecomposition = currentDecomposition
    }

    /// The context holding `entity`, if any.
    public func context(of entity: String) -> BoundedContext? {
        contexts.first { $0.entities.contains(entity) }
    }
}
