/// Renders diagnostics as the Swift compiler does: a header line, the source line, and a caret.
///
/// ```
/// shop.domain:12:15: error: unknown entity 'Custmer' [model.unknownEntity]
///     customer -> Custmer
///                 ^~~~~~~
/// shop.domain:3:8: note: did you mean 'Customer'?
/// ```
public struct DiagnosticFormatter: Sendable {
    /// The text of each file by path, so the offending line can be quoted.
    public var sources: [String: String]
    /// Whether to add ANSI colours (only on a terminal, and never with NO_COLOR).
    public var colored: Bool

    public init(sources: [String: String] = [:], colored: Bool = false) {
        self.sources = sources
        self.colored = colored
    }

    /// The whole report for `diagnostics`, each followed by its notes, ending in a newline.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    /// One diagnostic with its source excerpt and notes.
    public func format(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic.location, label: diagnostic.severity.rawValue, diagnostic.severity)
        out += " \(diagnostic.message) [\(diagnostic.id)]\n"
        out += excerpt(diagnostic.location)
        for note in diagnostic.notes {
            out += header(note.location, label: "note", .note) + " \(note.message)\n"
            out += excerpt(note.location)
        }
        return out
    }

    private func header(_ range: SourceRange?, label: String, _ severity: Diagnostic.Severity) -> String {
        let place = range.map { "\($0.start): " } ?? "decompose: "
        let colouredLabel: String
        if colored {
            let code =
                switch severity {
                case .error: "1;31"
                case .warning: "1;35"
                case .note: "1;30"
                }
            colouredLabel = "\u{1B}[\(code)m\(label):\u{1B}[0m"
        } else {
            colouredLabel = "\(label):"
        }
        return place + colouredLabel
    }

    private func excerpt(_ range: SourceRange?) -> String {
        guard let range, range.start.line > 0, let text = sources[range.start.file] else { return "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard range.start.line <= lines.count else { return "" }
        var line = String(lines[range.start.line - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        line = line.replacingTabs()
        let column = max(1, range.start.column)
        var width = 1
        if let end = range.end, end.line == range.start.line, end.column > column {
            width = end.column - column
        }
        let marker = String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: width - 1)
        return line + "\n" + marker + "\n"
    }
}

extension String {
    /// Tabs become single spaces so that the caret lines up (columns count tabs as one).
    fileprivate func replacingTabs() -> String {
        String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
