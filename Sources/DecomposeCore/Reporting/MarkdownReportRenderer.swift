/// Renders a decomposition as a Markdown report to paste into a design document: a metrics table,
/// a Mermaid context map, one section per context, the relationships, saga candidates and findings, and the
/// current decomposition when the model declares one.
public struct MarkdownReportRenderer: Sendable {
    public init() {}

    /// The whole report, ending in a newline.
    public func render(_ decomposition: Decomposition) -> String {
        var sections = [
            "# \(decomposition.system): suggested bounded contexts\n",
            metrics(decomposition.metrics),
            contextMap(decomposition),
            "## Contexts\n",
        ]
        sections += decomposition.contexts.map(context)
        if !decomposition.relationships.isEmpty {
            sections.append(relationships(decomposition.relationships))
        }
        if !decomposition.sagas.isEmpty {
            sections.append(sagas(decomposition.sagas))
        }
        if !decomposition.findings.isEmpty {
            sections.append(findings(decomposition.findings))
        }
        if let current = decomposition.currentDecomposition {
            sections.append(currentDecomposition(current))
        }
        return sections.joined(separator: "\n")
    }

    private func metrics(_ metrics: DecompositionMetrics) -> String {
        table(
            ["Metric", "Value"],
            [
                ["Modularity", ReportNumber.fixed(metrics.modularity)],
                ["Contexts", String(metrics.contextCount)],
                ["Entities", String(metrics.entityCount)],
                ["Cohesion", ReportNumber.fixed(metrics.cohesion)],
                ["Cross-context weight", ReportNumber.fixed(metrics.crossContextWeight)],
                ["Distributed use cases", String(metrics.distributedUseCases)],
            ])
    }

    /// A Mermaid flowchart: one node per context, an arrow from each upstream to its downstream
    /// (both ways for the symmetric patterns, partnership and shared kernel).
    private func contextMap(_ decomposition: Decomposition) -> String {
        var ids: [String: String] = [:]
        for (index, context) in decomposition.contexts.enumerated() {
            ids[context.name] = "c\(index + 1)"
        }
        var out = "## Context map\n\n```mermaid\nflowchart LR\n"
        for context in decomposition.contexts {
            out += "  \(ids[context.name] ?? context.name)[\"\(MermaidText.label(context.name))\"]\n"
        }
        for relationship in decomposition.relationships {
            let upstream = ids[relationship.upstream] ?? relationship.upstream
            let downstream = ids[relationship.downstream] ?? relationship.downstream
            let arrow = relationship.pattern.isSymmetric ? "<-->" : "-->"
            out += "  \(upstream) \(arrow)|\(MermaidText.label(relationship.pattern.title))| \(downstream)\n"
        }
        return out + "```\n"
    }

    private func context(_ context: BoundedContext) -> String {
        var out = "### \(context.name)\n\n"
        if context.isPinned {
            out += "Pinned by the model.\n\n"
        }
        out += "- **Entities:** \(list(context.entities))\n"
        out += "- **Aggregates:** \(list(context.aggregates))\n"
        out += "- **Use cases:** \(list(context.useCases))\n"
        out += "- **Owners:** \(list(context.owners))\n"
        out += "- **Cohesion:** \(ReportNumber.fixed(context.cohesion))\n"
        if !context.rationale.isEmpty {
            out += "\nWhy these belong together:\n\n" + context.rationale.map { "- \($0)\n" }.joined()
        }
        return out
    }

    private func relationships(_ relationships: [ContextRelationship]) -> String {
        "## Relationships\n\n"
            + table(
                ["Upstream", "Downstream", "Pattern", "Weight", "Why", "Crossings"],
                relationships.map {
                    [
                        $0.upstream, $0.downstream, $0.pattern.title, ReportNumber.fixed($0.weight),
                        $0.reasons.joined(separator: "; "), $0.crossings.joined(separator: "; "),
                    ]
                })
    }

    private func sagas(_ sagas: [SagaCandidate]) -> String {
        var out = "## Saga candidates\n"
        for saga in sagas {
            out += "\n### \(saga.useCase)\n\n\(saga.reason)\n\n"
            out += table(
                ["Step", "Context", "Writes", "Compensation"],
                saga.steps.enumerated().map { index, step in
                    [String(index + 1), step.context, step.writes.joined(separator: ", "), step.compensation]
                })
        }
        return out
    }

    private func findings(_ findings: [Finding]) -> String {
        "## Findings\n\n"
            + table(
                ["Kind", "Subject", "Finding", "Suggestion"],
                findings.map { [$0.kind.rawValue, $0.subject, $0.message, $0.suggestion] })
    }

    /// The declared contexts, the scores of the suggestion against them, and the steps between.
    private func currentDecomposition(_ current: CurrentDecomposition) -> String {
        let comparison = current.comparison
        var out = "## Current decomposition\n\nThe contexts the model declares today, beside the suggestion.\n\n"
        let scores = [
            ["MoJoFM", ReportNumber.fixed(comparison.mojoFM)],
            ["Adjusted Rand index", ReportNumber.fixed(comparison.adjustedRandIndex, places: 3)],
            ["Entities compared", String(comparison.comparedEntityCount)],
        ]
        out += table(["Current context", "Entities"], current.contexts.map { [$0.name, list($0.entities)] })
        out += "\n" + table(["Score", "Value"], scores)
        if !comparison.extraEntities.isEmpty {
            out += "\nIn no current context: \(list(comparison.extraEntities)).\n"
        }
        out += "\n\(current.meaning)\n"
        guard !comparison.moves.isEmpty else { return out + "\nThe suggestion keeps the current contexts.\n" }
        out += "\nSteps from the suggestion back to the current decomposition (in reverse, the migration):\n\n"
        return out + comparison.moves.map { "1. \($0.sentence(calling: "current"))\n" }.joined()
    }

    private func table(_ header: [String], _ rows: [[String]]) -> String {
        let line = { (cells: [String]) in "| " + cells.map(MarkdownText.tableCell).joined(separator: " | ") + " |\n" }
        return line(header) + "|" + header.map { _ in " --- |" }.joined() + "\n" + rows.map(line).joined()
    }

    private func list(_ values: [String]) -> String {
        values.isEmpty ? "none" : values.joined(separator: ", ")
    }

}

extension RelationshipPattern {
    /// Whether neither side is upstream: the two teams work on equal terms.
    fileprivate var isSymmetric: Bool {
        self == .partnership || self == .sharedKernel
    }
}
