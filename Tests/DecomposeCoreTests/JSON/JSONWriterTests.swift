import Testing

@testable import DecomposeCore

@Suite struct JSONWriterTests {
    @Test func shortScalarArraysStayOnOneLine() {
        let value = JSONValue.object([
            ("names", .array([.string("a"), .string("b")])), ("count", .number(JSONNumber(2))),
        ])
        #expect(JSONWriter().write(value) == "{\n  \"names\": [\"a\", \"b\"],\n  \"count\": 2\n}\n")
    }

    @Test func escapesControlCharactersAndQuotes() {
        #expect(JSONWriter.quoted("a\"b\\c\n\u{1}") == "\"a\\\"b\\\\c\\n\\u0001\"")
    }

    @Test func emptyContainers() {
        #expect(JSONWriter().write(.object([])) == "{}\n")
        #expect(JSONWriter().write(.array([])) == "[]\n")
    }
}
