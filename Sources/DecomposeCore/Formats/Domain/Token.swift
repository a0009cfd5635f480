/// One lexical unit of a `.domain` file, with where it starts and ends.
struct Token: Sendable, Hashable {
    /// What a token is; words cover names and keywords alike (hyphenated keywords included). A name in
    /// backticks (`` `Sales order` ``) is a `quotedName`: always a name, never a keyword.
    enum Kind: Sendable, Hashable {
        case word, string, quotedName
        case leftBrace, rightBrace, leftBracket, rightBracket
        case comma, colon, dot, question, arrow
        case endOfFile
    }

    var kind: Kind
    /// The word, the decoded contents of a string or a quoted name, or the punctuation as written.
    var text: String
    var start: SourceLocation
    /// The line and column just after the token (in `start`'s file). Kept apart from a whole `SourceLocation`,
    /// which would repeat the path: a model has hundreds of thousands of tokens, each copied as the parser reads.
    var endLine: Int
    var endColumn: Int
    /// Whether the token is the first on its line: lists and fields may end at a line break.
    var isAtLineStart: Bool
    /// The `///` doc comment lines just before the token, joined with newlines.
    var doc: String?

    /// The position just after the token.
    var end: SourceLocation { SourceLocation(file: start.file, line: endLine, column: endColumn) }

    var range: SourceRange { SourceRange(start: start, end: end) }

    /// The token as a user would name it in a message: `'{'`, `'email'`, `end of file`.
    var quoted: String {
        switch kind {
        case .endOfFile: "end of file"
        case .string: "string \"\(text)\""
        case .quotedName: "name `\(text)`"
        default: "'\(text)'"
        }
    }

    /// Whether this can be a name: a word or a name in backticks.
    var isName: Bool { kind == .word || kind == .quotedName }

    /// Whether this is the word `word`.
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
}
