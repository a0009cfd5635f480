/// One token of a Context Mapper CML file, with where it starts and ends.
struct CMLToken: Sendable, Hashable {
    /// What kind of token it is.
    enum Kind: Sendable, Hashable {
        /// A name or keyword: letters, digits and `_`, starting with a letter or `_`.
        case word
        /// A double- or single-quoted string; `text` holds its content without quotes.
        case string
        /// A number literal.
        case number
        /// One punctuation character, or one of the arrows `->`, `<-`, `<->`.
        case symbol
        /// The end of the file.
        case end
    }

    let kind: Kind
    let text: String
    let line: Int
    let column: Int
    /// The column just past the token on its line (for diagnostic ranges).
    let endColumn: Int
    /// Whether the word was written with Xtext's keyword escape (`^type`): it is a name, never a keyword.
    var isEscaped = false

    /// Whether this is the (unescaped) word or the symbol `text`.
    func `is`(_ text: String) -> Bool { kind != .string && !isEscaped && self.text == text }
}
