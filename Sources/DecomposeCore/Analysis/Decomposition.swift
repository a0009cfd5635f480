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

/// One suggested bounded context.
public struct BoundedContext: Sendable, Hashable {
    public var name: String
    /// Entity names as written in the input, sorted.
    public var entities: [String]
    /// Aggregate names, sorted.
    public var aggregates: [String]
    /// Use cases that write here, or only read here when they write nowhere; sorted.
    public var useCases: [String]
    /// Teams owning its entities, most entities first.
    public var owners: [String]
    /// Why these entities belong together, in domain words, strongest first; the last sentence says why the
    /// context stands apart from the neighbour that pulls it most.
    public var rationale: [String]
    /// How the name was chosen: `named after Coupon, an entity: 2 of the 5 use cases writing here write it (…)`.
    public var naming: String
    /// The context was named by a `pin`.
    public var isPinned: Bool
    /// The share of its coupling weight that stays inside (0…1).
    public var cohesion: Double

    public init(
        name: String, entities: [String], aggregates: [String] = [], useCases: [String] = [], owners: [String] = [],
        rationale: [String] = [], naming: String = "", isPinned: Bool = false, cohesion: Double = 0
    ) {
        self.name = name
        self.entities = entities
        self.aggregates = aggregates
        self.useCases = useCases
        self.owners = owners
        self.rationale = rationale
        self.naming = naming
        self.isPinned = isPinned
        self.cohesion = cohesion
    }
}

/// A dependency between two contexts and the DDD pattern suggested for it.
public struct ContextRelationship: Sendable, Hashable {
    /// The context depended upon (its model flows downstream).
    public var upstream: String
    public var downstream: String
    public var pattern: RelationshipPattern
    /// The facts that led to the pattern, in domain words.
    public var reasons: [String]
    /// What crosses the boundary: references, reads, events, in domain words.
    public var crossings: [String]
    /// Total coupling weight across the boundary.
    public var weight: Double

    public init(
        upstream: String, downstream: String, pattern: RelationshipPattern, reasons: [String] = [],
        crossings: [String] = [], weight: Double = 0
    ) {
        self.upstream = upstream
        self.downstream = downstream
        self.pattern = pattern
        self.reasons = reasons
        self.crossings = crossings
        self.weight = weight
    }
}

/// The context-mapping patterns of Domain-Driven Design that the analysis suggests.
public enum RelationshipPattern: String, Sendable, Hashable, CaseIterable {
    case customerSupplier = "customer-supplier"
    case sharedKernel = "shared-kernel"
    case conformist
    case anticorruptionLayer = "anticorruption-layer"
    case openHostService = "open-host-service"
    case partnership

    /// The pattern's name as the DDD literature writes it.
    public var title: String {
        switch self {
        case .customerSupplier: "Customer/Supplier"
        case .sharedKernel: "Shared Kernel"
        case .conformist: "Conformist"
        case .anticorruptionLayer: "Anticorruption Layer"
        case .openHostService: "Open Host Service / Published Language"
        case .partnership: "Partnership"
        }
    }
}

/// A use case that writes in more than one context: a candidate for a saga.
public struct SagaCandidate: Sendable, Hashable {
    public var useCase: String
    /// One step per context, in the order the use case writes them.
    public var steps: [SagaStep]
    public var reason: String

    public init(useCase: String, steps: [SagaStep], reason: String) {
        self.useCase = useCase
        self.steps = steps
        self.reason = reason
    }
}

/// One local transaction of a saga: what a use case writes in one context, and how to undo it.
public struct SagaStep: Sendable, Hashable {
    public var context: String
    public var writes: [String]
    /// What a compensating action must undo if a later step fails.
    public var compensation: String

    public init(context: String, writes: [String], compensation: String) {
        self.context = context
        self.writes = writes
        self.compensation = compensation
    }
}

/// Something about the suggestion worth a second look: why, and what to consider.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case cycle, oversizedContext = "oversized-context", singleEntityContext = "single-entity-context"
        case widelyReferenced = "widely-referenced", borderlineEntity = "borderline-entity"
        case constraintConflict = "constraint-conflict"
    }

    public var kind: Kind
    /// The context, entity or use case the finding is about.
    public var subject: String
    public var message: String
    /// What a team might do about it.
    public var suggestion: String

    public init(kind: Kind, subject: String, message: String, suggestion: String) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.suggestion = suggestion
    }
}

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
