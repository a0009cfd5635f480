/// Splits `.domain` text into tokens, reporting every lexical error with its position.
///
/// Columns count Unicode scalars from 1. A leading byte-order mark is skipped; `\r\n`, `\n` and
/// a lone `\r` each end a line. `//` and `/* */` (nestable) comments are skipped; `///` lines are
/// collected and attached as the doc comment of the next token. Never fails: an invalid character
/// is reported and skipped.
struct DomainLexer {
    private let scalars: [Unicode.Scalar]
    /// The same text as UTF-8, from which token texts are cut in one piece.
    private let utf8: [UInt8]
    private let path: String
    private var index = 0
    /// The offset in `utf8` of the scalar at `index`.
    private var byteOffset = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []
    private var docLines: [String] = []
    private var atLineStart = true

    init(text: String, path: String) {
        var scalars = Array(text.unicodeScalars)
        var utf8 = Array(text.utf8)
        if scalars.first == "\u{FEFF}" {
            scalars.removeFirst()
            utf8.removeFirst(UTF8.width("\u{FEFF}"))
        }
        self.scalars = scalars
        self.utf8 = utf8
        self.path = path
    }

    /// Every token of the text, ending with `.endOfFile`, and the lexical errors.
    mutating func tokenize() -> (tokens: [Token], diagnostics: [Diagnostic]) {
        // About one token per four bytes of a model: growing the array by doubling copied it and touched
        // twice the memory.
        tokens.reserveCapacity(utf8.count / 4 + 1)
        while let scalar = peek() {
            switch scalar {
            case " ", "\t", "\u{0C}": advance()
            case "\n", "\r": advanceNewline()
            case "/": lexSlash()
            case "\"": lexString()
            case "`": lexQuotedName()
            case "{": lexPunctuation(.leftBrace)
            case "}": lexPunctuation(.rightBrace)
            case "[": lexPunctuation(.leftBracket)
            case "]": lexPunctuation(.rightBracket)
            case ",": lexPunctuation(.comma)
            case ":": lexPunctuation(.colon)
            case ".": lexPunctuation(.dot)
            case "?": lexPunctuation(.question)
            case "-" where peek(1) == ">": lexPunctuation(.arrow, length: 2)
            default:
                if Self.isWordScalar(scalar) { lexWord() } else { lexInvalidRun() }
            }
        }
        emit(.endOfFile, text: "", start: location)
        return (tokens, diagnostics)
    }

    // MARK: - Cursor

    private var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if index < scalars.count { byteOffset += UTF8.width(scalars[index]) }
        index += 1
        column += 1
    }

    private mutating func advanceNewline() {
        if peek() == "\r", peek(1) == "\n" {
            index += 1
            byteOffset += 1
        }
        index += 1
        byteOffset += 1
        line += 1
        column = 1
        atLineStart = true
    }

    private mutating func emit(_ kind: Token.Kind, text: String, start: SourceLocation) {
        let doc = docLines.isEmpty ? nil : docLines.joined(separator: "\n")
        docLines = []
        tokens.append(
            Token(
                kind: kind, text: text, start: start, endLine: line, endColumn: column, isAtLineStart: atLineStart,
                doc: doc))
        atLineStart = false
    }

    private mutating func report(_ id: String, _ message: String, from start: SourceLocation) {
        diagnostics.append(.error(id, message, at: SourceRange(start: start, end: location)))
    }

    // MARK: - Tokens

    private mutating func lexPunctuation(_ kind: Token.Kind, length: Int = 1) {
        let start = location
        let first = byteOffset
        for _ in 0..<length { advance() }
        emit(kind, text: text(from: first), start: start)
    }

    /// The text from the UTF-8 offset `first` up to the cursor, cut in one piece (appending scalar by
    /// scalar was most of the lexer's time).
    private func text(from first: Int) -> String {
        String(decoding: utf8[first..<byteOffset], as: UTF8.self)
    }

    /// A name or keyword: letters, digits and `_`, with `-` kept when a letter follows it
    /// (`owned-by`, `key-value`). Whether it is a valid name is the parser's concern.
    private mutating func lexWord() {
        let start = location
        let first = byteOffset
        while let scalar = peek() {
            if Self.isWordScalar(scalar) {
                advance()
            } else if scalar == "-", let next = peek(1), Self.isAlphabetic(next) {
                advance()
            } else {
                break
            }
        }
        emit(.word, text: text(from: first), start: start)
    }

    private mutating func lexString() {
        let start = location
        let text = lexQuoted(by: "\"", what: "string literal", from: start)
        emit(.string, text: text, start: start)
    }

    /// A name in backticks, for a name that is no plain word (`` `Sales order` ``, `` `3D model` ``) or that
    /// must not be read as a keyword; escapes as in strings, with `` \` `` for a backtick.
    private mutating func lexQuotedName() {
        let start = location
        let text = lexQuoted(by: "`", what: "name in backticks", from: start)
        if text.isEmpty { report("syntax.emptyName", "a name in backticks cannot be empty", from: start) }
        emit(.quotedName, text: text, start: start)
    }

    /// The decoded text between two `quote`s on one line, from the opening one; an unclosed one is reported.
    private mutating func lexQuoted(by quote: Unicode.Scalar, what: String, from start: SourceLocation) -> String {
        advance()
        var text = ""
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                report(
                    quote == "`" ? "syntax.unterminatedName" : "syntax.unterminatedString", "unterminated \(what)",
                    from: start)
                break
            }
            if scalar == quote {
                advance()
                break
            }
            if scalar == "\\" {
                lexEscape(into: &text, quote: quote, in: quote == "`" ? what : "string")
            } else {
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
        return text
    }

    private mutating func lexEscape(into text: inout String, quote: Unicode.Scalar, in what: String) {
        let start = location
        advance()
        guard let scalar = peek(), scalar != "\n", scalar != "\r" else { return }
        advance()
        switch scalar {
        case quote, "\\": text.unicodeScalars.append(scalar)
        case "n": text += "\n"
        case "t": text += "\t"
        case "r": text += "\r"
        case "0": text += "\u{0}"
        default:
            report(
                "syntax.invalidEscape",
                "invalid escape sequence '\\\(Self.describe(scalar))' in \(what); use \\\(quote), \\\\, \\n, \\t, \\r or \\0",
                from: start)
            text.unicodeScalars.append(scalar)
        }
    }

    private mutating func lexSlash() {
        switch peek(1) {
        case "/": lexLineComment()
        case "*": lexBlockComment()
        default: lexInvalidRun()
        }
    }

    /// `// comment` or a `/// doc` line. `////`, and `///` after something else on its line, are
    /// ordinary comments.
    private mutating func lexLineComment() {
        let isDoc = atLineStart && peek(2) == "/" && peek(3) != "/"
        let first = byteOffset
        while let scalar = peek(), scalar != "\n", scalar != "\r" { advance() }
        guard isDoc else { return }
        // After the three ASCII slashes, and one space if there is one.
        let content = first + 3 < byteOffset && utf8[first + 3] == UInt8(ascii: " ") ? first + 4 : first + 3
        docLines.append(text(from: content))
    }

    /// `/* ... */`, nesting like Swift's; an unterminated one is reported at its opening.
    private mutating func lexBlockComment() {
        let start = location
        advance()
        advance()
        var depth = 1
        while depth > 0 {
            guard let scalar = peek() else {
                diagnostics.append(
                    .error(
                        "syntax.unterminatedComment", "unterminated '/*' comment",
                        at: SourceRange(
                            start: start, end: SourceLocation(file: path, line: start.line, column: start.column + 2))))
                return
            }
            if scalar == "*", peek(1) == "/" {
                depth -= 1
                advance()
                advance()
            } else if scalar == "/", peek(1) == "*" {
                depth += 1
                advance()
                advance()
            } else if scalar == "\n" || scalar == "\r" {
                advanceNewline()
            } else {
                advance()
            }
        }
    }

    /// A run of characters the language has no use for, reported once.
    private mutating func lexInvalidRun() {
        let start = location
        var run: [Unicode.Scalar] = []
        while let scalar = peek(), run.isEmpty || !Self.startsToken(scalar, next: peek(1)) {
            run.append(scalar)
            advance()
        }
        let shown = run.prefix(12).map(Self.describe).joined() + (run.count > 12 ? "…" : "")
        let noun = run.count == 1 ? "character" : "characters"
        report("syntax.invalidCharacter", "invalid \(noun) '\(shown)' in source", from: start)
    }

    // MARK: - Character classes

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("0"..."9").contains(scalar) || (isAlphabetic(scalar) && scalar != "\u{FFFD}")
    }

    /// Whether `scalar` is alphabetic; ASCII (almost every scalar of a model) skips the Unicode property lookup.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    /// Whether `scalar` can begin something the lexer understands (so an invalid run ends there).
    private static func startsToken(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        switch scalar {
        case " ", "\t", "\u{0C}", "\n", "\r", "\"", "`", "{", "}", "[", "]", ",", ":", ".", "?": true
        case "/": next == "/" || next == "*"
        case "-": next == ">"
        default: isWordScalar(scalar)
        }
    }

    /// A scalar as a message shows it: itself when visible, `U+XXXX` otherwise.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let invisible: Bool =
            switch scalar.properties.generalCategory {
            case .control, .format, .unassigned, .privateUse, .surrogate, .spaceSeparator, .lineSeparator,
                .paragraphSeparator:
                true
            default: scalar == "\u{FFFD}"
            }
        guard invisible else { return String(scalar) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
