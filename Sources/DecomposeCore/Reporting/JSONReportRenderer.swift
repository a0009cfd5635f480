/// Renders a decomposition as the stable JSON document of `decompose analyze --format json`.
///
/// The schema (version 1) is documented field by field in the AnalysisOutput article; keys always appear in the
/// order written here and every number is rounded to three decimals.
public struct JSONReportRenderer: Sendable {
    /// The schema version written as `schemaVersion`; bumped on any incompatible change.
    public static let schemaVersion = 1

    public init() {}

    /// The JSON document, pretty-printed, ending in a newline.
    public func render(_ decomposition: Decomposition) -> String {
        JSONWriter().write(document(decomposition))
    }

    /// The document as a value, for callers that embed it in a larger one.
    /// `currentDecomposition` is written last, and only when the model declares contexts.
    public func document(_ decomposition: Decomposition) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("schemaVersion", .int(Self.schemaVersion)),
            ("system", .string(decomposition.system)),
            ("contexts", .array(decomposition.contexts.map(context))),
            ("relationships", .array(decomposition.relationships.map(relationship))),
            ("sagas", .array(decomposition.sagas.map(saga))),
            ("warnings", .array(decomposition.findings.map(warning))),
            ("metrics", metrics(decomposition.metrics)),
        ]
        if let current = decomposition.currentDecomposition {
            members.append(("currentDecomposition", currentDecomposition(current)))
        }
        return .object(members)
    }

    /// The declared contexts, then the scores and steps of `decompose compare` with them as the expected side.
    private func currentDecomposition(_ current: CurrentDecomposition) -> JSONValue {
        let comparison = current.comparison
        return .object([
            (
                "contexts",
                .array(
                    current.contexts.map { context in
                        .object([("name", .string(context.name)), ("entities", .strings(context.entities))])
                    })
            ),
            ("mojoFM", ReportNumber.json(comparison.mojoFM)),
            ("adjustedRandIndex", ReportNumber.json(comparison.adjustedRandIndex)),
            ("comparedEntityCount", .int(comparison.comparedEntityCount)),
            ("suggestedContextCount", .int(current.suggestedContextCount)),
            ("extraEntities", .strings(comparison.extraEntities)),
            ("moves", .array(comparison.moves.map { ComparisonRenderer.json(of: $0, reference: "current") })),
        ])
    }

    private func context(_ context: BoundedContext) -> JSONValue {
        .object([
            ("name", .string(context.name)),
            ("entities", .strings(context.entities)),
            ("aggregates", .strings(context.aggregates)),
            ("useCases", .strings(context.useCases)),
            ("owners", .strings(context.owners)),
            ("rationale", .strings(context.rationale)),
            ("naming", .string(context.naming)),
            ("cohesion", ReportNumber.json(context.cohesion)),
        ])
    }

    private func relationship(_ relationship: ContextRelationship) -> JSONValue {
        .object([
            ("upstream", .string(relationship.upstream)),
            ("downstream", .string(relationship.downstream)),
            ("pattern", .string(relationship.pattern.rawValue)),
            ("reasons", .strings(relationship.reasons)),
            ("crossings", .strings(relationship.crossings)),
            ("weight", ReportNumber.json(relationship.weight)),
        ])
    }

    private func saga(_ saga: SagaCandidate) -> JSONValue {
        .object([
            ("useCase", .string(saga.useCase)),
            ("reason", .string(saga.reason)),
            (
                "steps",
                .array(
                    saga.steps.map { step in
                        .object([
                            ("context", .string(step.context)),
                            ("writes", .strings(step.writes)),
                            ("compensation", .string(step.compensation)),
                        ])
                    })
            ),
        ])
    }

    private func warning(_ finding: Finding) -> JSONValue {
        .object([
            ("kind", .string(finding.kind.rawValue)),
            ("subject", .string(finding.subject)),
            ("message", .string(finding.message)),
            ("suggestion", .string(finding.suggestion)),
        ])
    }

    private func metrics(_ metrics: DecompositionMetrics) -> JSONValue {
        .object([
            ("modularity", ReportNumber.json(metrics.modularity)),
            ("contextCount", .int(metrics.contextCount)),
            ("entityCount", .int(metrics.entityCount)),
            ("cohesion", ReportNumber.json(metrics.cohesion)),
            ("crossContextWeight", ReportNumber.json(metrics.crossContextWeight)),
            ("distributedUseCases", .int(metrics.distributedUseCases)),
        ])
    }
}
