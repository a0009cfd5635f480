/// One token of a JHipster JDL file.
struct JDLToken: Sendable, Hashable {
    /// What kind of text the token is.
    enum Kind: Sendable, Hashable {
        /// A name, keyword or number: letters, digits and `_`.
        case word
        /// A `"…"` string, without its quotes.
        case string
        /// A `/…/` regular expression, as in `pattern(/^[A-Z]/)`, without its slashes.
        case regex
        /// A `/** … */` javadoc comment's text, trimmed of the stars.
        case javadoc
        /// Any other single character: `{`, `}`, `(`, `)`, `,`, `*`, `@`, `.`, `[`, `]`, …
        case symbol
    }

    var kind: Kind
    var text: String
    var location: SourceLocation
    /// Whether the token is the first on its line, which is where JDL declarations start.
    var startsLine: Bool

    /// Whether the token is the symbol `text`.
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    /// Whether the token is the word `text`.
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
}
