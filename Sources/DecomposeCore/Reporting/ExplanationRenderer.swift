/// Renders `--explain` answers: for each entity, the context it landed in and how strongly each
/// context pulls on it, with the couplings behind every pull.
public struct ExplanationRenderer: Sendable {
    public init() {}

    /// Plain text for the terminal, ending in a newline.
    public func renderText(_ explanations: [EntityExplanation]) -> String {
        explanations.map { explanation in
            var out = "\(explanation.entity) is placed in \(explanation.context)\n"
            out += "  \(explanation.context) is \(explanation.naming)\n"
            let pulls = shown(explanation)
            let width = pulls.map(\.context.count).max() ?? 0
            for pull in pulls {
                let marker = pull.context == explanation.context ? "*" : " "
                out += "  \(marker) \(pull.context.reportPadded(to: width))  \(ReportNumber.fixed(pull.weight))\n"
                out += pull.couplings.map { "      - \($0)\n" }.joined()
                out += pull.separation.map { "      kept apart: \($0)\n" } ?? ""
            }
            out += silentContexts(explanation).map { "  no pull from: \($0)\n" }.joined()
            out += "  own work: \(ReportNumber.fixed(explanation.ownWork)) (\(Self.ownWorkMeaning))\n"
            return out + explanation.ownWorkCouplings.map { "      - \($0)\n" }.joined()
        }.joined(separator: "\n")
    }

    /// A JSON document `{"schemaVersion": 1, "explanations": [...]}`, ending in a newline.
    public func renderJSON(_ explanations: [EntityExplanation]) -> String {
        let items: [JSONValue] = explanations.map { explanation in
            .object([
                ("entity", .string(explanation.entity)),
                ("context", .string(explanation.context)),
                ("naming", .string(explanation.naming)),
                (
                    "pulls",
                    .array(
                        explanation.pulls.map { pull in
                            .object(
                                [
                                    ("context", .string(pull.context)),
                                    ("weight", ReportNumber.json(pull.weight)),
                                    ("couplings", .strings(pull.couplings)),
                                ] + (pull.separation.map { [("keptApart", JSONValue.string($0))] } ?? []))
                        })
                ),
                (
                    "ownWork",
                    .object([
                        ("weight", ReportNumber.json(explanation.ownWork)),
                        ("couplings", .strings(explanation.ownWorkCouplings)),
                    ])
                ),
            ])
        }
        return JSONWriter().write(
            .object([("schemaVersion", .int(JSONReportRenderer.schemaVersion)), ("explanations", .array(items))]))
    }

    /// What the own-work line means, in the words of the context's rationale.
    static let ownWorkMeaning =
        "the use cases that touch or write only it: an entity alone in its context joins a context that pulls it more"

    /// The pulls worth showing to a reader: the chosen context's and every non-zero one.
    private func shown(_ explanation: EntityExplanation) -> [ContextPull] {
        explanation.pulls.filter { $0.context == explanation.context || $0.weight > 0 }
    }

    /// The other contexts that do not pull at all, joined into one line (none when every context pulls).
    private func silentContexts(_ explanation: EntityExplanation) -> [String] {
        let silent = explanation.pulls.filter { $0.context != explanation.context && $0.weight <= 0 }.map(\.context)
        return silent.isEmpty ? [] : [silent.joined(separator: ", ")]
    }

    /// A Markdown section per entity with a table of pulls, ending in a newline.
    public func renderMarkdown(_ explanations: [EntityExplanation]) -> String {
        explanations.map { explanation in
            var out = "## Why \(explanation.entity) is in \(explanation.context)\n\n"
            out += "\(explanation.context) is \(explanation.naming).\n\n"
            out += "| Context | Pull | Couplings |\n| --- | --- | --- |\n"
            for pull in shown(explanation) {
                let name = pull.context == explanation.context ? "**\(pull.context)**" : pull.context
                let separation = pull.separation.map { ["kept apart: \($0)"] } ?? []
                let facts = pull.couplings + separation
                let couplings = facts.isEmpty ? " " : facts.joined(separator: "; ")
                out += "| \(name) | \(ReportNumber.fixed(pull.weight)) | \(couplings) |\n"
            }
            out += silentContexts(explanation).map { "\nNo pull from: \($0).\n" }.joined()
            let facts =
                explanation.ownWorkCouplings.isEmpty ? "" : ": " + explanation.ownWorkCouplings.joined(separator: "; ")
            return out + "\nOwn work: \(ReportNumber.fixed(explanation.ownWork)) (\(Self.ownWorkMeaning))\(facts).\n"
        }.joined(separator: "\n")
    }
}
