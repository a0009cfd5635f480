/// Turns a declared `DomainModel` into a resolved one and validates it, reporting every problem.
///
/// Resolution classifies each field (`scalar`, `enumeration`, `value`, `composition`, `reference`,
/// `idReference`), marks identities, infers aggregates from composition (root: an entity no other
/// entity composes; members: what it composes, transitively; named after the root), and copies an
/// aggregate's owner and characteristics into members that do not set their own; doc comments get `\n` line
/// breaks, whatever format they came from. Validation checks
/// names (with "did you mean" hints), duplicates, composition and inheritance, and contradictory
/// constraints. Building an already built model gives the same model: inferred aggregates are
/// discarded and inferred again.
public struct ModelBuilder: Sendable {
    public init() {}

    /// The resolved model and every error and warning, sorted by position.
    public func build(_ model: DomainModel) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        var session = ModelBuildingSession(model: model.withNormalizedDocs())
        session.discardInferredAggregates()
        session.checkDuplicates()
        session.markIdentities()
        session.resolveFieldKinds()
        session.resolveAggregates()
        session.checkNames()
        session.checkInheritance()
        ConstraintChecker(model: session.model).check(into: &session.diagnostics)
        return (session.model, session.diagnostics.sortedByLocation())
    }
}
