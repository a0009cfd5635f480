/// Splits CML text into tokens, skipping whitespace and `//`, `/* */` and `/** */` comments.
///
/// Never fails: a stray character becomes a symbol token the parser reports, an unterminated string or
/// comment runs to the end of the file and is reported here.
struct CMLLexer {
    let path: String

    /// The tokens of `text` (ending with one `.end` token) and any lexical problems.
    func tokenize(_ text: String) -> (tokens: [CMLToken], diagnostics: [Diagnostic]) {
        let scalars = Array(text.unicodeScalars)
        // The same text as UTF-8, from which words, numbers and strings without escapes are cut in one piece
        // (appending scalar by scalar was most of the lexer's time).
        let utf8 = Array(text.utf8)
        var tokens: [CMLToken] = []
        var diagnostics: [Diagnostic] = []
        var index = 0
        var byteOffset = 0
        var line = 1
        var column = 1

        func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            byteOffset += UTF8.width(scalars[index])
            index += 1
        }
        func cut(from first: Int) -> String {
            String(decoding: utf8[first..<byteOffset], as: UTF8.self)
        }
        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let startLine = line
            let startColumn = column
            if scalar.isSpaceLike || scalar == "\u{FEFF}" {
                advance()
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                diagnostics.append(
                    .error(
                        "cml.invalidCharacter", "invalid character '\(DomainLexer.describe(scalar))' in CML text",
                        at: range(startLine, startColumn, startColumn + 1)))
                advance()
            } else if scalar == "/" && peek(1) == "/" {
                while index < scalars.count && scalars[index] != "\n" { advance() }
            } else if scalar == "/" && peek(1) == "*" {
                advance()
                advance()
                while index < scalars.count && !(scalars[index] == "*" && peek(1) == "/") { advance() }
                if index < scalars.count {
                    advance()
                    advance()
                } else {
                    diagnostics.append(
                        .error(
                            "cml.unterminatedComment", "this comment is never closed with '*/'",
                            at: range(startLine, startColumn, startColumn + 2)))
                }
            } else if scalar == "\"" || scalar == "'" {
                advance()
                let first = byteOffset
                // Built only from the first escape on; a string without one is cut out of the text.
                var escaped: String.UnicodeScalarView?
                while index < scalars.count && scalars[index] != scalar {
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
                    diagnostics.append(
                        .error(
                            "cml.unterminatedString", "this string is never closed",
                            at: range(startLine, startColumn, startColumn + 1)))
                }
                tokens.append(
                    CMLToken(
                        kind: .string, text: content, line: startLine, column: startColumn,
                        endColumn: startLine == line ? column : startColumn + 1))
            } else if scalar.isLetterLike || scalar == "_"
                || (scalar == "^" && peek(1).map { $0.isLetterLike || $0 == "_" } == true)
            {
                let isEscaped = scalar == "^"
                if isEscaped { advance() }
                let first = byteOffset
                while index < scalars.count
                    && (scalars[index].isLetterLike || scalars[index] == "_"
                        || ("0"..."9").contains(scalars[index])
                        || (scalars[index] == "-" && peek(1).map { $0.isLetterLike } == true
                            && isHyphenatedKeywordPrefix(cut(from: first))))
                {
                    advance()
                }
                tokens.append(
                    CMLToken(
                        kind: .word, text: cut(from: first), line: startLine, column: startColumn, endColumn: column,
                        isEscaped: isEscaped))
            } else if ("0"..."9").contains(scalar) {
                let first = byteOffset
                while index < scalars.count && (("0"..."9").contains(scalars[index]) || scalars[index] == ".") {
                    advance()
                }
                tokens.append(
                    CMLToken(
                        kind: .number, text: cut(from: first), line: startLine, column: startColumn,
                        endColumn: column))
            } else {
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
        }
        tokens.append(CMLToken(kind: .end, text: "", line: line, column: column, endColumn: column + 1))
        return (tokens, diagnostics)
    }

    /// The relationship keywords written with hyphens (`Customer-Supplier`, `Shared-Kernel`, …) lex as one
    /// word; this says whether `word` is the part before a hyphen of one of them.
    private func isHyphenatedKeywordPrefix(_ word: String) -> Bool {
        ["Customer", "Supplier", "Shared", "Upstream", "Downstream"].contains(word)
    }

    private func range(_ line: Int, _ column: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(
            start: SourceLocation(file: path, line: line, column: column),
            end: SourceLocation(file: path, line: line, column: endColumn))
    }
}
