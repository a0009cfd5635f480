/// Renders the comparison of a suggested decomposition with an expected one (`decompose compare`).
public struct ComparisonRenderer: Sendable {
    public init() {}

    /// The scores and the moves, for the terminal, ending in a newline.
    public func renderText(_ result: ComparisonResult, system: String, expectedPath: String) -> String {
        var out = "\(system): suggested contexts compared with \(expectedPath)\n"
        out += "  MoJoFM               \(ReportNumber.fixed(result.mojoFM))\n"
        out += "  adjusted Rand index  \(ReportNumber.fixed(result.adjustedRandIndex, places: 3))\n"
        out += "  entities compared    \(result.comparedEntityCount)\n"
        if !result.missingEntities.isEmpty {
            out += "Expected but not in the model: \(result.missingEntities.joined(separator: ", "))\n"
        }
        if !result.extraEntities.isEmpty {
            out += "In the model but not expected: \(result.extraEntities.joined(separator: ", "))\n"
        }
        guard !result.moves.isEmpty else {
            return out + "The suggestion matches the expected decomposition.\n"
        }
        out += "Steps to reach the expected decomposition (\(result.moves.count)):\n"
        out += result.moves.map { "  \($0)\n" }.joined()
        return out
    }

    /// `{"schemaVersion": 1, "system", "expected", "mojoFM", "adjustedRandIndex", "comparedEntityCount",
    /// "missingEntities", "extraEntities", "moves": [...]}`, ending in a newline.
    public func renderJSON(_ result: ComparisonResult, system: String, expectedPath: String) -> String {
        JSONWriter().write(
            .object([
                ("schemaVersion", .int(JSONReportRenderer.schemaVersion)),
                ("system", .string(system)),
                ("expected", .string(expectedPath)),
                ("mojoFM", ReportNumber.json(result.mojoFM)),
                ("adjustedRandIndex", ReportNumber.json(result.adjustedRandIndex)),
                ("comparedEntityCount", .int(result.comparedEntityCount)),
                ("missingEntities", .strings(result.missingEntities)),
                ("extraEntities", .strings(result.extraEntities)),
                ("moves", .array(result.moves.map { Self.json(of: $0) })),
            ]))
    }

    /// `{"kind": "move", "entity", "from", "to"}` or `{"kind": "join", "context", "into", "expected"}`, the last
    /// key named `reference` (`current` when the reference is the model's current decomposition).
    static func json(of move: ComparisonMove, reference: String = "expected") -> JSONValue {
        switch move {
        case .move(let entity, let from, let to):
            .object([
                ("kind", .string("move")), ("entity", .string(entity)), ("from", .string(from)), ("to", .string(to)),
            ])
        case .join(let context, let into, let expected):
            .object([
                ("kind", .string("join")), ("context", .string(context)), ("into", .string(into)),
                (reference, .string(expected)),
            ])
        }
    }
}
