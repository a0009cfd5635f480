import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// Text reaches generated Swift source as string literals that mean exactly that text.
@Suite struct SwiftLiteralTests {
    @Test func aOneLineLiteralEscapesTheSwiftWay() {
        #expect(SwiftLiteral.string("say \"hi\"\\") == #""say \"hi\"\\""#)
        #expect(SwiftLiteral.string("a\nb\tc\r") == #""a\nb\tc\r""#)
        #expect(SwiftLiteral.string("\u{1}\u{7F}") == #""\u{1}\u{7f}""#, "JSON's \\u0001 is not Swift")
        #expect(SwiftLiteral.string("\"\"\"") == #""\"\"\"""#)
        #expect(SwiftLiteral.string("é 🚀") == "\"é 🚀\"")
    }

    @Test func aMultiLineLiteralIsIndentedAndCannotBeClosedByItsText() {
        #expect(
            SwiftLiteral.multiline("SELECT \"a\"\n\nFROM t", indentation: 4)
                == "\"\"\"\n    SELECT \"a\"\n\n    FROM t\n    \"\"\"")
        #expect(SwiftLiteral.multiline("x \"\"\" y \\ z", indentation: 0) == "\"\"\"\nx \"\"\\\" y \\\\ z\n\"\"\"")
    }
}
