/// Renders the comparison of a suggested decomposition with an expected one (`decompose compare`).
public struct ComparisonRenderer: Sendable {
    public init() {}

    /// The scores and the moves, for the terminal, ending in a newline.
    public func renderText(_ result: ComparisonResult, system: String, expectedPath: String) -> String {
        var out = "\(system): suggested contexts compared with \(expectedPath)\n"
        out += "  MoJoFM               \(ReportNumber.fixed(result.mojoFM))\n"
        out += "  adjusted Rand index  \(ReportNumber.fixed(result.adjustedRandIndex, places: 3))\n"
        guard !result.moves.isEmpty else {
            return out + "The suggestion matches the expected decomposition.\n"
        }
        out += "Moves to reach the expected decomposition (\(result.moves.count)):\n"
        out += result.moves.map { "  move \($0.entity) from \($0.from) to \($0.to)\n" }.joined()
        return out
    }

    /// `{"schemaVersion": 1, "system", "expected", "mojoFM", "adjustedRandIndex", "moves": [...]}`.
    public func renderJSON(_ result: ComparisonResult, system: String, expectedPath: String) -> String {
        JSONWriter().write(
            .object([
                ("schemaVersion", .int(JSONReportRenderer.schemaVersion)),
                ("system", .string(system)),
                ("expected", .string(expectedPath)),
                ("mojoFM", ReportNumber.json(result.mojoFM)),
                ("adjustedRandIndex", ReportNumber.json(result.adjustedRandIndex)),
                (
                    "moves",
                    .array(
                        result.moves.map { move in
                            .object([
                                ("entity", .string(move.entity)), ("from", .string(move.from)),
                                ("to", .string(move.to)),
                            ])
                        })
                ),
            ]))
    }
}
