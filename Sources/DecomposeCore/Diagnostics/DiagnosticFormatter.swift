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

    /// The widest excerpt quoted, in Unicode scalars: a longer line is cut to a window around the caret.
    public static let maximumExcerptWidth = 160

    /// The whole report for `diagnostics`, each followed by its notes, ending in a newline.
    ///
    /// Each file's lines are found once for the whole report, so the time grows with the size of the sources
    /// plus the number of diagnostics, not with their product.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        var indexes: [String: LineIndex] = [:]
        var out = ""
        for diagnostic in diagnostics {
            out += format(diagnostic, indexes: &indexes)
        }
        return out
    }

    /// One diagnostic with its source excerpt and notes.
    public func format(_ diagnostic: Diagnostic) -> String {
        var indexes: [String: LineIndex] = [:]
        return format(diagnostic, indexes: &indexes)
    }

    private func format(_ diagnostic: Diagnostic, indexes: inout [String: LineIndex]) -> String {
        var out = header(diagnostic.location, label: diagnostic.severity.rawValue, diagnostic.severity)
        out += " \(diagnostic.message) [\(diagnostic.id)]\n"
        out += excerpt(diagnostic.location, indexes: &indexes)
        for note in diagnostic.notes {
            out += header(note.location, label: "note", .note) + " \(note.message)\n"
            out += excerpt(note.location, indexes: &indexes)
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

    /// The quoted line and the caret under the range; a line wider than `maximumExcerptWidth` is cut to a window
    /// around the caret, with `…` where it was cut, and control characters are shown as their pictures.
    private func excerpt(_ range: SourceRange?, indexes: inout [String: LineIndex]) -> String {
        guard let range, range.start.line > 0, let text = sources[range.start.file] else { return "" }
        let file = range.start.file
        let index = indexes[file] ?? LineIndex(text)
        indexes[file] = index
        guard let scalars = index.line(range.start.line, of: text) else { return "" }
        let column = max(1, range.start.column)
        var width = 1
        if let end = range.end, end.line == range.start.line, end.column > column {
            width = end.column - column
        }
        let limit = Self.maximumExcerptWidth
        var first = 0
        if scalars.count > limit, column - 1 > limit / 2 {
            first = min(column - 1 - limit / 2, scalars.count - limit)
        }
        let last = min(scalars.count, first + limit)
        var line = String(String.UnicodeScalarView(scalars[first..<last].map(Self.printable)))
        var caret = column - 1 - first
        if first > 0 {
            line = "…" + line
            caret += 1
        }
        if last < scalars.count { line += "…" }
        width = max(1, min(width, limit - (column - 1 - first)))
        let marker = String(repeating: " ", count: caret) + "^" + String(repeating: "~", count: width - 1)
        return line + "\n" + marker + "\n"
    }

    /// `scalar` as quoted: a tab is one space (columns count it as one), another control character its
    /// visible picture (`␀` for NUL), so the terminal shows the line as it is and the caret lines up.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: " "
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? scalar
        case 0x7F: "\u{2421}"
        default: scalar
        }
    }

    /// Where each line of a text starts, found once per file.
    private struct LineIndex {
        /// The UTF-8 offset of the start of each line; lines end at `\n` (a `\r` before it is dropped).
        var starts: [Int] = [0]

        init(_ text: String) {
            for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
        }

        /// The Unicode scalars of 1-based line `number` of `text`, without its line break, or `nil` past the end.
        func line(_ number: Int, of text: String) -> [Unicode.Scalar]? {
            guard number <= starts.count else { return nil }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: starts[number - 1])
            let end =
                number < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[number] - 1) : utf8.endIndex
            var scalars = Array(Substring(text[start..<end]).unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
    }
}
