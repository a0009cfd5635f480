/// The state of one parse: the tokens, a cursor, the model built so far and the diagnostics.
///
/// Grammar productions live in extensions by concern (`+Declarations`, `+Entities`, `+Fields`,
/// `+UseCases`); this file holds the cursor, error reporting and recovery.
struct DomainParsingSession {
    /// The keywords that begin a top-level declaration.
    static let declarationKeywords: Set<String> = [
        "system", "team", "enum", "value", "entity", "aggregate", "event", "usecase", "command", "query", "zone",
        "keep-apart", "keep-together", "pin", "current-context", "deployment",
    ]

    /// The tokens, always ending with `.endOfFile`.
    let tokens: [Token]
    private(set) var position = 0
    var model = DomainModel()
    var diagnostics: [Diagnostic] = []
    var hasSystem = false

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    // MARK: - Cursor

    var current: Token { tokens[position] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    var isAtEnd: Bool { current.kind == .endOfFile }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Consumes the current token when it is of `kind`.
    mutating func take(_ kind: Token.Kind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    /// Consumes the current token when it is the word `word`.
    mutating func takeWord(_ word: String) -> Token? {
        current.isWord(word) ? advance() : nil
    }

    /// Whether the current token begins a new top-level declaration: a declaration keyword first on
    /// its line that is not a field name (`value: Money` is a field called `value`).
    var isAtDeclarationStart: Bool {
        current.kind == .word && current.isAtLineStart && Self.declarationKeywords.contains(current.text)
            && peek().kind != .colon && peek().kind != .arrow
    }

    // MARK: - Diagnostics

    mutating func error(_ id: String, _ message: String, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(id, message, at: range, notes: notes))
    }

    /// Reports that `expected` was wanted where the current token is.
    mutating func expected(_ expected: String, _ context: String) {
        error("syntax.expectedToken", "expected \(expected) \(context)", at: missingRange)
    }

    /// Where something missing is reported: at the current token, or just after the previous one when
    /// the current token starts a new line (as the Swift compiler does).
    var missingRange: SourceRange {
        guard current.isAtLineStart || isAtEnd, position > 0 else { return current.range }
        let end = tokens[position - 1].end
        return SourceRange(start: end, end: SourceLocation(file: end.file, line: end.line, column: end.column + 1))
    }

    /// Consumes a name token (letters, digits and `_`, starting with a letter or `_`, or any name in backticks);
    /// reports and returns `nil` when there is no name here. A malformed word is reported but still used.
    /// - Parameter startsItem: the name begins a field or list item, so a wrong token is reported where
    ///   it stands rather than after the previous line.
    mutating func expectName(
        _ what: String, _ context: String, allowNewLine: Bool = true, startsItem: Bool = false
    ) -> Token? {
        guard current.isName, allowNewLine || !current.isAtLineStart else {
            error(
                "syntax.expectedName",
                "expected \(what)\(context.isEmpty ? "" : " " + context)",
                at: startsItem ? current.range : missingRange)
            return nil
        }
        let token = advance()
        if token.kind == .word, let first = token.text.unicodeScalars.first,
            ("0"..."9").contains(first) || token.text.unicodeScalars.contains("-")
        {
            error(
                "syntax.invalidName",
                "'\(token.text)' is not a valid name; names use letters, digits and '_' and start with a letter or '_'",
                at: token.range)
        }
        return token
    }

    // MARK: - Recovery

    /// Skips to the next declaration keyword that starts a line, or past the `}` that closes the
    /// current block, keeping nested braces balanced.
    mutating func skipToNextDeclaration() {
        skip { session, depth in
            if session.isAtDeclarationStart { return true }
            if depth == 0, session.current.kind == .rightBrace {
                session.advance()
                return true
            }
            return false
        }
    }

    /// Skips a broken field, clause or list item from its first token: that token, then the rest.
    mutating func skipItem() {
        if current.kind != .rightBrace, !isAtDeclarationStart { advance() }
        skipToItemEnd()
    }

    /// Skips the rest of a broken field, clause or list item: up to a `,` or `}` of the current block,
    /// the first token of a new line, or a declaration keyword.
    mutating func skipToItemEnd() {
        skip { session, depth in
            if session.isAtDeclarationStart { return true }
            guard depth == 0 else { return false }
            return session.current.kind == .comma || session.current.kind == .rightBrace
                || session.current.isAtLineStart
        }
    }

    /// Advances until `stop` says so, tracking brace depth without recursion; braces nested deeper
    /// than `DomainParser.maximumNestingDepth` are reported once.
    private mutating func skip(until stop: (inout DomainParsingSession, Int) -> Bool) {
        var depth = 0
        var reportedDepth = false
        while !isAtEnd, !stop(&self, depth) {
            switch current.kind {
            case .leftBrace:
                depth += 1
                if depth > DomainParser.maximumNestingDepth, !reportedDepth {
                    reportedDepth = true
                    error(
                        "syntax.nestingTooDeep",
                        "braces nested more than \(DomainParser.maximumNestingDepth) levels deep", at: current.range)
                }
            case .rightBrace:
                depth = max(0, depth - 1)
            default: break
            }
            advance()
        }
    }
}
