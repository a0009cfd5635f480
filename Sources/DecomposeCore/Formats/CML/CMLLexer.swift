/// Splits CML text into tokens, skipping whitespace and `//`, `/* */` and `/** */` comments.
///
/// Never fails: a stray character becomes a symbol token the parser reports, an unterminated string or
/// comment runs to the end of the file and is reported here.
struct CMLLexer {
    let path: String

    /// The tokens of `text` (ending with one `.end` token) and any lexical problems.
    func tokenize(_ text: String) -> (tokens: [CMLToken], diagnostics: [Diagnostic]) {
        var scanner = Scanner(text, path: path)
        while let scalar = scanner.startToken() {
            if scalar.isSpaceLike || scalar == "\u{FEFF}" {
                scanner.advance()
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                scanner.report(
                    "cml.invalidCharacter", "invalid character '\(DomainLexer.describe(scalar))' in CML text", width: 1)
                scanner.advance()
            } else if scalar == "/" && (scanner.peek(1) == "/" || scanner.peek(1) == "*") {
                scanner.skipComment()
            } else if scalar == "\"" || scalar == "'" {
                scanner.scanString(closedBy: scalar)
            } else if scalar.isLetterLike || scalar == "_"
                || (scalar == "^" && scanner.peek(1).map { $0.isLetterLike || $0 == "_" } == true)
            {
                scanner.scanWord()
            } else if ("0"..."9").contains(scalar) {
                scanner.scanNumber()
            } else {
                scanner.scanSymbol()
            }
        }
        scanner.tokens.append(
            CMLToken(kind: .end, text: "", line: scanner.line, column: scanner.column, endColumn: scanner.column + 1))
        return (scanner.tokens, scanner.diagnostics)
    }

    /// The position in the text and what has been scanned so far; each `scan` method reads one token from the
    /// current scalar on.
    private struct Scanner {
        let path: String
        let scalars: [Unicode.Scalar]
        /// The same text as UTF-8, from which words, numbers and strings without escapes are cut in one piece
        /// (appending scalar by scalar was most of the lexer's time).
        let utf8: [UInt8]
        var index = 0
        var byteOffset = 0
        var line = 1
        var column = 1
        var tokens: [CMLToken] = []
        var diagnostics: [Diagnostic] = []
        /// Where the token being scanned starts.
        private var startLine = 1
        private var startColumn = 1

        init(_ text: String, path: String) {
            self.path = path
            scalars = Array(text.unicodeScalars)
            utf8 = Array(text.utf8)
        }

        /// Marks the position as where the next token starts, and gives its scalar (`nil` at the end).
        mutating func startToken() -> Unicode.Scalar? {
            startLine = line
            startColumn = column
            return index < scalars.count ? scalars[index] : nil
        }

        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            byteOffset += UTF8.width(scalars[index])
            index += 1
        }

        /// The text from the byte offset `first` to the position.
        func cut(from first: Int) -> String {
            String(decoding: utf8[first..<byteOffset], as: UTF8.self)
        }

        /// `//` to the end of the line, or `/* … */` (an unclosed one is reported and runs to the end).
        mutating func skipComment() {
            guard peek(1) == "*" else {
                while index < scalars.count && scalars[index] != "\n" { advance() }
                return
            }
            advance()
            advance()
            while index < scalars.count && !(scalars[index] == "*" && peek(1) == "/") { advance() }
            if index < scalars.count {
                advance()
                advance()
            } else {
                report("cml.unterminatedComment", "this comment is never closed with '*/'", width: 2)
            }
        }

        /// A string in `quote`s with `\` escapes (`\n` is a line break).
        mutating func scanString(closedBy quote: Unicode.Scalar) {
            advance()
            let first = byteOffset
            // Built only from the first escape on; a string without one is cut out of the text.
            var escaped: String.UnicodeScalarView?
            while index < scalars.count && scalars[index] != quote {
                if scalars[index] == "\\", let next = peek(1) {
                    if escaped == nil { escaped = cut(from: first).unicodeScalars }
                    advance()
                    escaped?.append(next == "n" ? "\n" : next)
                } else {
                    escaped?.append(scalars[index])
                }
                advance()
            }
            let content = escaped.map(String.init) ?? cut(from: first)
            if index < scalars.count {
                advance()
            } else {
                report("cml.unterminatedString", "this string is never closed", width: 1)
            }
            tokens.append(
                CMLToken(
                    kind: .string, text: content, line: startLine, column: startColumn,
                    endColumn: startLine == line ? column : startColumn + 1))
        }

        /// A word, `^`-escaped when it starts with `^`; the hyphenated relationship keywords are one word.
        mutating func scanWord() {
            let isEscaped = scalars[index] == "^"
            if isEscaped { advance() }
            let first = byteOffset
            while index < scalars.count
                && (scalars[index].isLetterLike || scalars[index] == "_" || ("0"..."9").contains(scalars[index])
                    || (scalars[index] == "-" && peek(1).map { $0.isLetterLike } == true
                        && Self.isHyphenatedKeywordPrefix(cut(from: first))))
            {
                advance()
            }
            tokens.append(
                CMLToken(
                    kind: .word, text: cut(from: first), line: startLine, column: startColumn, endColumn: column,
                    isEscaped: isEscaped))
        }

        /// Digits and dots.
        mutating func scanNumber() {
            let first = byteOffset
            while index < scalars.count && (("0"..."9").contains(scalars[index]) || scalars[index] == ".") {
                advance()
            }
            tokens.append(
                CMLToken(kind: .number, text: cut(from: first), line: startLine, column: startColumn, endColumn: column)
            )
        }

        /// One symbol, or one of the arrows `<->`, `<-`, `->`.
        mutating func scanSymbol() {
            let scalar = scalars[index]
            var symbol = String(scalar)
            if scalar == "<" && peek(1) == "-" && peek(2) == ">" {
                symbol = "<->"
            } else if scalar == "<" && peek(1) == "-" {
                symbol = "<-"
            } else if scalar == "-" && peek(1) == ">" {
                symbol = "->"
            }
            for _ in symbol.unicodeScalars { advance() }
            tokens.append(
                CMLToken(kind: .symbol, text: symbol, line: startLine, column: startColumn, endColumn: column))
        }

        /// An error starting where the token starts, `width` columns wide.
        mutating func report(_ id: String, _ message: String, width: Int) {
            diagnostics.append(
                .error(
                    id, message,
                    at: SourceRange(
                        start: SourceLocation(file: path, line: startLine, column: startColumn),
                        end: SourceLocation(file: path, line: startLine, column: startColumn + width))))
        }

        /// The relationship keywords written with hyphens (`Customer-Supplier`, `Shared-Kernel`, …) lex as one
        /// word; this says whether `word` is the part before a hyphen of one of them.
        private static func isHyphenatedKeywordPrefix(_ word: String) -> Bool {
            ["Customer", "Supplier", "Shared", "Upstream", "Downstream"].contains(word)
        }
    }
}
