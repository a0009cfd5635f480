/// A reason for two entities to live in the same bounded context, after Service Cutter's coupling criteria.
///
/// Each criterion scores pairs of entities; the analysis multiplies every score by the criterion's
/// priority (from an `AnalysisPreset`, possibly overridden) and adds them up into one edge weight.
public enum CouplingCriterion: String, Sendable, Hashable, CaseIterable {
    /// Composition, aggregate membership and inheritance: one lifecycle, never split.
    case identityLifecycle = "identity-lifecycle"
    /// Entities used by the same use case, weighted by how they are used.
    case useCase = "use-case"
    /// A use case that handles an event links its writes to the writes of the use case that emitted it.
    case eventFlow = "event-flow"
    /// A field that points at another entity, by object (`->`) or by id (`productId`).
    case reference
    /// Entities owned by the same team (Conway's law).
    case sharedOwner = "shared-owner"
    /// Entity names that share a stem (`Order`, `OrderLine`, `OrderHistory`).
    case linguistic
    /// Similar non-functional characteristics attract, conflicting ones weaken a coupling.
    case characteristics

    /// One sentence a student can read in `--help` or a report.
    public var summary: String {
        switch self {
        case .identityLifecycle:
            "Composition, aggregate membership and inheritance share one lifecycle; such entities are never split."
        case .useCase:
            "Entities a use case writes together belong together; one written and one read less so; read together least."
        case .eventFlow:
            "A use case handling an event couples its writes, weakly, to the writes of the use case that emitted it."
        case .reference:
            "A field referencing another entity couples the two; by object more than by id."
        case .sharedOwner:
            "Entities owned by the same team tend to form one context (Conway's law)."
        case .linguistic:
            "Entity names sharing a stem (Order, OrderLine, OrderHistory) speak the same language."
        case .characteristics:
            "Similar volatility, availability, consistency, security, size and storage attract; conflicting ones weaken a coupling."
        }
    }

    /// The priority the `balanced` preset gives this criterion.
    public var defaultPriority: Double { AnalysisPreset.balanced.priority(of: self) }
}
