/// Splits JDL text into tokens, dropping `//` and `/* */` comments and keeping `/** */` javadoc.
///
/// Never fails: an unterminated string, comment or pattern is reported (`jdl.unterminated`) and ends at
/// the end of the file, so the parser still sees everything before it.
struct JDLLexer {
    private let scalars: [Unicode.Scalar]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var lineHasToken = false
    private var tokens: [JDLToken] = []
    private var diagnostics: [Diagnostic] = []

    init(text: String, path: String) {
        scalars = Array(text.unicodeScalars)
        self.path = path
    }

    /// Every token in source order, and the problems found while splitting.
    mutating func tokenize() -> (tokens: [JDLToken], diagnostics: [Diagnostic]) {
        while let scalar = peek() {
            if scalar == "\n" {
                advance()
            } else if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{FEFF}" {
                advance()
            } else if Self.isWordScalar(scalar) {
                lexWord()
            } else if scalar == "\"" || scalar == "'" {
                lexString(quote: scalar)
            } else if scalar == "/" {
                lexSlash()
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                diagnostics.append(
                    .error(
                        "jdl.invalidCharacter", "invalid character '\(DomainLexer.describe(scalar))' in JDL text",
                        at: SourceRange(start: here)))
                advance()
            } else {
                let start = here
                advance()
                emit(.symbol, String(scalar), at: start)
            }
        }
        return (tokens, diagnostics)
    }

    private var here: SourceLocation { SourceLocation(file: path, line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
            lineHasToken = false
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func emit(_ kind: JDLToken.Kind, _ text: String, at start: SourceLocation) {
        tokens.append(JDLToken(kind: kind, text: text, location: start, startsLine: !lineHasToken))
        lineHasToken = true
    }

    private mutating func lexWord() {
        let start = here
        var text = ""
        while let scalar = peek(), Self.isWordScalar(scalar) {
            text.unicodeScalars.append(scalar)
            advance()
        }
        emit(.word, text, at: start)
    }

    private mutating func lexString(quote: Unicode.Scalar) {
        let start = here
        advance()
        var text = ""
        while let scalar = peek(), scalar != quote, scalar != "\n" {
            if scalar == "\\", let next = peek(1), next != "\n" {
                advance()
                text.unicodeScalars.append(next)
            } else {
                text.unicodeScalars.append(scalar)
            }
            advance()
        }
        if peek() == quote {
            advance()
        } else {
            report("a string", at: start)
        }
        emit(.string, text, at: start)
    }

    private mutating func lexSlash() {
        let start = here
        if peek(1) == "/" {
            while let scalar = peek(), scalar != "\n" { advance() }
        } else if peek(1) == "*" {
            let isJavadoc = peek(2) == "*" && peek(3) != "/"
            advance()
            advance()
            var text = ""
            while let scalar = peek(), !(scalar == "*" && peek(1) == "/") {
                text.unicodeScalars.append(scalar)
                advance()
            }
            if peek() == nil {
                report("a comment", at: start)
            } else {
                advance()
                advance()
            }
            if isJavadoc {
                let wasStart = lineHasToken
                emit(.javadoc, Self.javadocText(text), at: start)
                lineHasToken = wasStart
            }
        } else {
            advance()
            var text = ""
            while let scalar = peek(), scalar != "/", scalar != "\n" {
                if scalar == "\\", let next = peek(1), next != "\n" {
                    text.unicodeScalars.append(scalar)
                    advance()
                    text.unicodeScalars.append(next)
                } else {
                    text.unicodeScalars.append(scalar)
                }
                advance()
            }
            if peek() == "/" {
                advance()
            } else {
                report("a pattern", at: start)
            }
            emit(.regex, text, at: start)
        }
    }

    private mutating func report(_ what: String, at start: SourceLocation) {
        diagnostics.append(
            .error("jdl.unterminated", "\(what) that starts here is never closed", at: SourceRange(start: start)))
    }

    /// The comment's lines without their leading `*` and surrounding blanks, joined by newlines.
    private static func javadocText(_ body: String) -> String {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "*" }
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.isLetterLike || ("0"..."9").contains(scalar)
    }
}
