/// A lexical piece of a template, before standalone lines are removed and sections are nested.
enum MustacheToken: Sendable, Hashable {
    /// Text within one line that holds something other than spaces and tabs.
    case text(String)
    /// Spaces and tabs only, within one line.
    case whitespace(String)
    /// A line ending: `\n` or `\r\n`.
    case newline(String)
    case tag(MustacheTag)
}

/// A tag as written: its kind, its trimmed name and where its opening delimiter starts.
struct MustacheTag: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case variable(escaped: Bool)
        case section
        case invertedSection
        case close
        case comment
        case partial
        case delimiters
    }

    var kind: Kind
    var name: String
    var location: MustacheLocation
    /// The tag as written, for messages.
    var source: String
    /// The whitespace before the tag on its line when the tag stands alone there (partials use it).
    var indentation = ""

    /// Whether the tag can stand alone on a line, which removes that line from the output.
    var canStandAlone: Bool {
        if case .variable = kind { return false }
        return true
    }
}
