import Testing

@testable import DecomposeCore

@Suite struct DomainLexerTests {
    private func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = DomainLexer(text: text, path: "t.domain")
        return lexer.tokenize()
    }

    @Test func wordsPunctuationAndPositions() {
        let source = MarkedSource("1️⃣entity 2️⃣Café 3️⃣owned-by 4️⃣X5️⃣{\n  6️⃣a 7️⃣-> 8️⃣[B]?9️⃣,\n}")
        let tokens = lex(source.text).tokens
        #expect(
            tokens.map(\.text) == ["entity", "Café", "owned-by", "X", "{", "a", "->", "[", "B", "]", "?", ",", "}", ""])
        #expect(tokens.last?.kind == .endOfFile)
        let positions = tokens.prefix(7).map { "\($0.start.line):\($0.start.column)" }
        #expect(positions == (1...7).map(source.position))
        #expect(
            tokens[11].start.line == 2 && "\(tokens[11].start.line):\(tokens[11].start.column)" == source.position(9))
        #expect(tokens[5].isAtLineStart && !tokens[6].isAtLineStart)
    }

    @Test func byteOrderMarkAndCRLF() {
        let tokens = lex("\u{FEFF}team A\r\nteam B\rteam C").tokens
        #expect(
            tokens.map { "\($0.start.line):\($0.start.column)" } == ["1:1", "1:6", "2:1", "2:6", "3:1", "3:6", "3:7"])
    }

    @Test func commentsAreSkippedAndDocCommentsAttach() {
        let text = "// line\n/* block /* nested */ still */\n/// First\n///  Second\n//// not doc\nentity"
        let (tokens, diagnostics) = lex(text)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map(\.text) == ["entity", ""])
        #expect(tokens[0].doc == "First\n Second")
        #expect(tokens[0].isAtLineStart)
    }

    @Test func aDocCommentAfterCodeOnItsLineIsAnOrdinaryComment() {
        let tokens = lex("a: Int /// about a\nb: Int").tokens
        #expect(tokens.allSatisfy { $0.doc == nil })
    }

    @Test func stringsWithEscapes() {
        let (tokens, diagnostics) = lex(#""a \"b\" \\ \n\t\r\0 é""#)
        #expect(diagnostics.isEmpty)
        #expect(tokens[0].kind == .string)
        #expect(tokens[0].text == "a \"b\" \\ \n\t\r\u{0} é")
    }

    @Test func namesInBackticksAreNamesWithEscapes() {
        let (tokens, diagnostics) = lex(#"`Sales order` `entity` `a\`b\\c` `x\0y` entity"#)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map(\.kind) == [.quotedName, .quotedName, .quotedName, .quotedName, .word, .endOfFile])
        #expect(tokens.prefix(4).map(\.text) == ["Sales order", "entity", "a`b\\c", "x\u{0}y"])
        #expect(!tokens[1].isWord("entity") && tokens[1].isName && tokens[4].isWord("entity"))
    }

    @Test func brokenNamesInBackticksAreLocated() {
        let source = MarkedSource("entity 1️⃣`open\nentity 2️⃣`` {}\nentity `a3️⃣\\qb` {}")
        let diagnostics = lex(source.text).diagnostics
        #expect(
            diagnostics.map(\.idAndPosition) == [
                "syntax.unterminatedName@\(source.position(1))", "syntax.emptyName@\(source.position(2))",
                "syntax.invalidEscape@\(source.position(3))",
            ])
        #expect(
            diagnostics.map(\.message) == [
                "unterminated name in backticks", "a name in backticks cannot be empty",
                "invalid escape sequence '\\q' in name in backticks; use \\`, \\\\, \\n, \\t, \\r or \\0",
            ])
    }

    @Test func lexicalErrorsAreLocated() {
        let source = MarkedSource("team 1️⃣@# A\n2️⃣\"open\nx \"bad 3️⃣\\q\" 4️⃣\u{0}\n5️⃣/* never closed")
        let (tokens, diagnostics) = lex(source.text)
        #expect(
            diagnostics.map(\.idAndPosition) == [
                "syntax.invalidCharacter@\(source.position(1))", "syntax.unterminatedString@\(source.position(2))",
                "syntax.invalidEscape@\(source.position(3))",
                "syntax.invalidCharacter@\(source.position(4))", "syntax.unterminatedComment@\(source.position(5))",
            ])
        #expect(diagnostics[0].message == "invalid characters '@#' in source")
        #expect(diagnostics[3].message == "invalid character 'U+0000' in source")
        #expect(tokens.contains { $0.text == "A" })
    }

    @Test func lonelyHyphenIsInvalidButArrowIsNot() {
        let (tokens, diagnostics) = lex("a - b->c")
        #expect(tokens.map(\.text) == ["a", "b", "->", "c", ""])
        #expect(diagnostics.map(\.id) == ["syntax.invalidCharacter"])
    }
}
