/// Renders a decomposition for the terminal: each context with its reasons, then the context map,
/// saga candidates, findings, metrics and, when the model declares contexts, the current decomposition
/// beside the suggestion.
///
/// Colour (ANSI escapes) is optional; the command-line layer turns it on only for a terminal.
public struct TextReportRenderer: Sendable {
    /// Whether to add ANSI colours.
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    /// The whole report, ending in a newline.
    public func render(_ decomposition: Decomposition) -> String {
        var sections = [summary(decomposition)]
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
        sections.append(metrics(decomposition.metrics))
        if let current = decomposition.currentDecomposition {
            sections.append(currentDecomposition(current))
        }
        return sections.joined(separator: "\n")
    }

    private func summary(_ decomposition: Decomposition) -> String {
        let contexts = decomposition.contexts.count
        let entities = decomposition.contexts.reduce(0) { $0 + $1.entities.count }
        let current = decomposition.currentDecomposition.map {
            "; the model declares \(plural($0.contexts.count, "current context")) (compared at the end)"
        }
        return style(.heading, "\(decomposition.system): \(plural(contexts, "suggested bounded context"))")
            + " for \(plural(entities, "entity", "entities"))\(current ?? "")\n"
    }

    private func context(_ context: BoundedContext) -> String {
        var out = style(.name, context.name) + "  (cohesion \(ReportNumber.fixed(context.cohesion)))"
        out += context.isPinned ? "  pinned\n" : "\n"
        out += row("entities", context.entities)
        out += row("aggregates", context.aggregates)
        out += row("use cases", context.useCases)
        out += row("owners", context.owners)
        if !context.rationale.isEmpty {
            out += "  why:\n" + context.rationale.map { "    - \($0)\n" }.joined()
        }
        return out
    }

    private func relationships(_ relationships: [ContextRelationship]) -> String {
        var out = style(.heading, "Relationships") + "\n"
        for relationship in relationships {
            out += "  \(style(.name, relationship.upstream)) -> \(style(.name, relationship.downstream))  "
            out += style(.pattern, relationship.pattern.title)
            out += "  (weight \(ReportNumber.fixed(relationship.weight)))\n"
            out += relationship.reasons.map { "    why: \($0)\n" }.joined()
            out += relationship.crossings.map { "    crosses: \($0)\n" }.joined()
        }
        return out
    }

    private func sagas(_ sagas: [SagaCandidate]) -> String {
        var out = style(.heading, "Saga candidates") + "\n"
        for saga in sagas {
            out += "  \(style(.name, saga.useCase)): \(saga.reason)\n"
            for (index, step) in saga.steps.enumerated() {
                out += "    \(index + 1). \(step.context) writes \(step.writes.joined(separator: ", "))\n"
                out += "       compensation: \(step.compensation)\n"
            }
        }
        return out
    }

    private func findings(_ findings: [Finding]) -> String {
        var out = style(.heading, "Findings") + "\n"
        for finding in findings {
            out += "  " + style(.finding, "[\(finding.kind.rawValue)]") + " \(finding.subject): \(finding.message)\n"
            out += "    suggestion: \(finding.suggestion)\n"
        }
        return out
    }

    private func metrics(_ metrics: DecompositionMetrics) -> String {
        let rows: [(String, String)] = [
            ("modularity", ReportNumber.fixed(metrics.modularity)),
            ("contexts", String(metrics.contextCount)),
            ("entities", String(metrics.entityCount)),
            ("cohesion", ReportNumber.fixed(metrics.cohesion)),
            ("cross-context weight", ReportNumber.fixed(metrics.crossContextWeight)),
            ("distributed use cases", String(metrics.distributedUseCases)),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return style(.heading, "Metrics") + "\n"
            + rows.map { "  \($0.0.reportPadded(to: width))  \($0.1)\n" }.joined()
    }

    /// The contexts the model declares, the scores of the suggestion against them, and the steps between.
    private func currentDecomposition(_ current: CurrentDecomposition) -> String {
        let comparison = current.comparison
        let extraLabel = "in no current context"
        let labels = current.contexts.map(\.name) + (comparison.extraEntities.isEmpty ? [] : [extraLabel])
        let width = (labels.map(\.count).max() ?? 0) + 1
        var out = style(.heading, "Current decomposition") + " (declared in the model)\n"
        out += current.contexts.map { row($0.name, $0.entities, labelWidth: width) }.joined()
        out += "  MoJoFM               \(ReportNumber.fixed(comparison.mojoFM))\n"
        out += "  adjusted Rand index  \(ReportNumber.fixed(comparison.adjustedRandIndex, places: 3))\n"
        out += "  entities compared    \(comparison.comparedEntityCount)\n"
        if !comparison.extraEntities.isEmpty {
            out += row(extraLabel, comparison.extraEntities, labelWidth: width)
        }
        out += "  \(current.meaning)\n"
        guard !comparison.moves.isEmpty else {
            return out + "  The suggestion keeps the current contexts.\n"
        }
        out +=
            "  Steps from the suggestion back to the current decomposition (\(comparison.moves.count); "
            + "in reverse, the migration):\n"
        return out + comparison.moves.map { "    \($0.sentence(calling: "current"))\n" }.joined()
    }

    /// `  label:     A, B, C`, wrapped before `lineWidth` with continuation lines under the first value; the label
    /// and its colon padded to `labelWidth`.
    private func row(_ label: String, _ values: [String], labelWidth: Int = 11) -> String {
        let prefix = "  \((label + ":").reportPadded(to: labelWidth)) "
        guard !values.isEmpty else { return prefix + "-\n" }
        var lines = [prefix]
        for (index, value) in values.enumerated() {
            let item = value + (index == values.count - 1 ? "" : ",")
            if let last = lines.last, last.count > prefix.count, last.count + 1 + item.count > Self.lineWidth {
                lines.append(String(repeating: " ", count: prefix.count))
            }
            let last = lines.removeLast()
            lines.append(last + (last.count > prefix.count ? " " : "") + item)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Lists of names wrap before this many characters.
    private static let lineWidth = 100

    private func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : pluralForm ?? singular + "s")
    }

    /// What a piece of text is, which decides its colour.
    private enum Role {
        case heading, name, pattern, finding

        var code: String {
            switch self {
            case .heading: "1;4"
            case .name: "1"
            case .pattern: "36"
            case .finding: "33"
            }
        }
    }

    private func style(_ role: Role, _ text: String) -> String {
        colored ? "\u{1B}[\(role.code)m\(text)\u{1B}[0m" : text
    }
}
