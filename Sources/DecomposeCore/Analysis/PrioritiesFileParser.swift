import Foundation

/// Reads a priorities file: one `criterion-id = number` per line, `#` starts a comment.
///
/// ```
/// # we trust our team boundaries
/// shared-owner = 8
/// linguistic = 0
/// ```
public struct PrioritiesFileParser: Sendable {
    public init() {}

    /// The priorities the file sets, and a diagnostic for every line that could not be read.
    public func parse(_ text: String, path: String) -> (
        priorities: [CouplingCriterion: Double], diagnostics: [Diagnostic]
    ) {
        var priorities: [CouplingCriterion: Double] = [:]
        var diagnostics: [Diagnostic] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let line = content.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let column = rawLine.distance(
                from: rawLine.startIndex, to: rawLine.firstIndex { !$0.isWhitespace } ?? rawLine.startIndex)
            let location = SourceRange(start: SourceLocation(file: path, line: offset + 1, column: column + 1))
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                diagnostics.append(
                    .error(
                        "priorities.expectedAssignment", "expected 'criterion-id = number', found '\(line)'",
                        at: location))
                continue
            }
            let id = parts[0].trimmingCharacters(in: .whitespaces)
            let number = parts[1].trimmingCharacters(in: .whitespaces)
            guard let criterion = CouplingCriterion(rawValue: id) else {
                let known = CouplingCriterion.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(
                    .error(
                        "priorities.unknownCriterion", "unknown criterion '\(id)'", at: location,
                        notes: [.init("known criteria: \(known)")]))
                continue
            }
            guard let value = Double(number), value.isFinite, value >= 0 else {
                diagnostics.append(
                    .error(
                        "priorities.invalidNumber", "priority of '\(id)' must be a number ≥ 0, found '\(number)'",
                        at: location))
                continue
            }
            if priorities[criterion] != nil {
                diagnostics.append(
                    .warning("priorities.duplicate", "'\(id)' is set more than once; the last value wins", at: location)
                )
            }
            priorities[criterion] = value
        }
        return (priorities, diagnostics)
    }
}
