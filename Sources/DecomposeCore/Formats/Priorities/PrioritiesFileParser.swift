import Foundation

/// Reads a priorities file: one `criterion-id = number` per line, `#` starts a comment. Lines end with `\n` or
/// `\r\n`; a leading byte order mark is skipped; text quoted in a message is cut to 40 characters.
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
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not split on "\n".
        let body =
            text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : Substring(text)
        for (offset, scalars) in body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let rawLine = Substring(scalars.last == "\r" ? scalars.dropLast() : scalars)
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let line = content.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let column = rawLine.unicodeScalars.prefix { $0.properties.isWhitespace }.count
            let location = SourceRange(start: SourceLocation(file: path, line: offset + 1, column: column + 1))
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                diagnostics.append(
                    .error(
                        "priorities.expectedAssignment",
                        "expected 'criterion-id = number', found '\(Self.quoted(line))'",
                        at: location))
                continue
            }
            let id = parts[0].trimmingCharacters(in: .whitespaces)
            let number = parts[1].trimmingCharacters(in: .whitespaces)
            guard let criterion = CouplingCriterion(rawValue: id) else {
                let known = CouplingCriterion.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(
                    .error(
                        "priorities.unknownCriterion", "unknown criterion '\(Self.quoted(id))'", at: location,
                        notes: [.init("known criteria: \(known)")]))
                continue
            }
            // `Double` stops at a NUL, so "1\0" would read as 1: only printable ASCII is a number.
            guard number.unicodeScalars.allSatisfy({ (0x21..<0x7F).contains($0.value) }), let value = Double(number),
                value.isFinite, value >= 0
            else {
                diagnostics.append(
                    .error(
                        "priorities.invalidNumber",
                        "priority of '\(id)' must be a number ≥ 0, found '\(Self.quoted(number))'",
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

    /// `text` for a message: at most 40 characters, with `…` where it was cut.
    private static func quoted(_ text: String) -> String {
        text.count > 40 ? text.prefix(40) + "…" : text
    }
}
