import Testing

@testable import DecomposeCore

/// JSONTestSuite-style cases: `y_` inputs must parse cleanly, `n_` inputs must be rejected with the
/// right diagnostic at the marked place.
@Suite struct JSONParserTests {
    private func parse(_ text: String) -> (value: JSONValue?, diagnostics: [Diagnostic]) {
        JSONParser().parse(text, path: "t.json")
    }

    @Test(arguments: [
        ("y_empty_array", "[]", JSONValue.array([])),
        ("y_empty_object", " {} ", .object([])),
        (
            "y_numbers_keep_text", "[1, -0.5e+10, 0, -0, 1E2]",
            .array(["1", "-0.5e+10", "0", "-0", "1E2"].map { .number(JSONNumber(text: $0)) })
        ),
        ("y_literals", "[true,false,null]", .array([.bool(true), .bool(false), .null])),
        ("y_nested", "{\"a\":{\"b\":[{}]}}", .object([("a", .object([("b", .array([.object([])]))]))])),
        ("y_top_level_string", "\"x\"", .string("x")),
        ("y_top_level_number", "\n42\r\n", .int(42)),
        ("y_escapes", #""\"\\\/\b\f\n\r\t""#, .string("\"\\/\u{8}\u{C}\n\r\t")),
        ("y_unicode_escape_and_pair", #""\u00e9\ud83d\ude00""#, .string("é😀")),
        ("y_raw_utf8", "\"größe 😀\"", .string("größe 😀")),
        ("y_escaped_nul", #""a\u0000b""#, .string("a\u{0}b")),
    ])
    func accepts(_ name: String, _ text: String, _ expected: JSONValue) {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
        #expect(result.value == expected, "\(name)")
    }

    @Test(arguments: [
        ("n_trailing_comma_array", "[1 1️⃣,]", "json.trailingComma"),
        ("n_trailing_comma_object", "{\"a\":1 1️⃣, }", "json.trailingComma"),
        ("n_leading_zero", "[1️⃣012]", "json.invalidNumber"),
        ("n_plus_sign", "[1️⃣+1]", "json.invalidNumber"),
        ("n_leading_point", "[1️⃣.5]", "json.invalidNumber"),
        ("n_trailing_point", "[1️⃣1.]", "json.invalidNumber"),
        ("n_empty_exponent", "[1️⃣1e]", "json.invalidNumber"),
        ("n_lone_high_surrogate", #"["a1️⃣\ud800"]"#, "json.loneSurrogate"),
        ("n_lone_low_surrogate", #"["1️⃣\udc00"]"#, "json.loneSurrogate"),
        ("n_high_surrogate_then_letter", #"["1️⃣\ud800\u0041"]"#, "json.loneSurrogate"),
        ("n_raw_tab_in_string", "[\"a1️⃣\tb\"]", "json.controlCharacter"),
        ("n_raw_newline_in_string", "[\"a1️⃣\n\"]", "json.controlCharacter"),
        ("n_raw_nul_in_string", "[\"1️⃣\u{0}\"]", "json.controlCharacter"),
        ("n_invalid_escape", #"["1️⃣\x"]"#, "json.invalidEscape"),
        ("n_short_unicode_escape", #"["1️⃣\u12"]"#, "json.invalidEscape"),
        ("n_unquoted_key", "{1️⃣a:1}", "json.unexpectedCharacter"),
        ("n_single_quotes", "[1️⃣'a']", "json.unexpectedCharacter"),
        ("n_comment", "[1, 1️⃣// no\n2]", "json.unexpectedCharacter"),
        ("n_missing_comma", "[1 1️⃣2]", "json.unexpectedCharacter"),
        ("n_double_comma", "[1,1️⃣,2]", "json.unexpectedCharacter"),
        ("n_missing_colon", "{\"a\" 1️⃣1}", "json.unexpectedCharacter"),
        ("n_unclosed_array", "[1, 2\n1️⃣", "json.unexpectedEnd"),
        ("n_empty_input", "1️⃣", "json.unexpectedEnd"),
        ("n_whitespace_only", " \n 1️⃣", "json.unexpectedEnd"),
        ("n_unterminated_string", "[1️⃣\"abc", "json.unterminatedString"),
        ("n_nan", "[1️⃣NaN]", "json.invalidLiteral"),
        ("n_capitalised_true", "[1️⃣True]", "json.invalidLiteral"),
        ("n_two_values", "[] 1️⃣[]", "json.trailingContent"),
        ("n_nul_outside_string", "[1️⃣\u{0}]", "json.nulCharacter"),
        ("n_duplicate_key", "{\"a\":1, 1️⃣\"a\":2}", "json.duplicateKey"),
        ("n_non_ascii_outside_string", "[1️⃣é]", "json.unexpectedCharacter"),
    ])
    func rejects(_ name: String, _ marked: String, _ id: String) throws {
        let input = MarkedSource(marked)
        let result = parse(input.text)
        let diagnostic = try #require(result.diagnostics.first, "\(name)")
        #expect(diagnostic.id == id, "\(name): \(diagnostic.message)")
        #expect(diagnostic.severity == .error, "\(name)")
        #expect(diagnostic.place == input.position(1), "\(name): \(diagnostic.message)")
        #expect(diagnostic.location?.start.file == "t.json")
    }

    @Test func reportsEveryRecoverableProblemInOneRun() {
        let input = MarkedSource("{\"a\": [1️⃣01, 2️⃣tru, \"3️⃣\\q\"6️⃣,], \"b\": {\"c\": 1}, 4️⃣\"a\": 5️⃣+2}")
        let result = parse(input.text)
        #expect(
            result.diagnostics.map(\.id) == [
                "json.invalidNumber", "json.invalidLiteral", "json.invalidEscape", "json.trailingComma",
                "json.duplicateKey", "json.invalidNumber",
            ])
        #expect(result.diagnostics.map(\.place) == [1, 2, 3, 6, 4, 5].map(input.position))
        #expect(result.value?["b"] == .object([("c", .int(1))]))
    }

    @Test func diagnosticsCarryTheJSONPath() throws {
        let result = parse("{\"entities\": [{\"name\": \"A\"}, {\"fields\": [\"x\", 01]}]}")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location?.start.jsonPath == "$.entities[1].fields[1]")
        #expect(diagnostic.message.hasSuffix("(at $.entities[1].fields[1])"))
    }

    @Test func duplicateKeyKeepsTheFirstMemberAndPointsAtIt() throws {
        let input = MarkedSource("{1️⃣\"k\": 1,\n 2️⃣\"k\": 2}")
        let result = parse(input.text)
        #expect(result.value == .object([("k", .int(1))]))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.place == input.position(2))
        let note = try #require(diagnostic.notes.first?.location?.start)
        #expect("\(note.line):\(note.column)" == input.position(1))
    }

    @Test func byteOrderMarkIsSkippedWithAWarning() {
        let result = parse("\u{FEFF}[1]")
        #expect(result.value == .array([.int(1)]))
        #expect(result.diagnostics.map(\.id) == ["json.byteOrderMark"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func nestingUpToTheLimitIsAccepted() {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.value != nil)
    }

    @Test func nestingBeyondTheLimitIsACleanError() throws {
        let text = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let result = parse(text)
        #expect(result.value == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "json.tooDeep")
        #expect(diagnostic.place == "1:513")
    }

    @Test func twoHundredThousandOpenBracketsDoNotOverflowTheStack() {
        let arrays = parse(String(repeating: "[", count: 200_000))
        #expect(arrays.value == nil)
        #expect(arrays.diagnostics.map(\.id) == ["json.tooDeep"])
        let objects = parse(String(repeating: "{\"a\":", count: 200_000))
        #expect(objects.diagnostics.map(\.id) == ["json.tooDeep"])
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        let bytes: [UInt8] = Array("[\"ok\",\n \"a".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        let result = JSONParser().parseDocument(bytes: bytes, path: "t.json")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "json.invalidUTF8")
        #expect(diagnostic.place == "2:4")
        #expect(diagnostic.location?.start.jsonPath == "$[1]")
        #expect(result.document?.value == .array([.string("ok"), .string("a\u{FFFD}(")]))
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func rejectsOverlongSurrogateAndTruncatedSequences(_ sequence: [UInt8]) {
        let bytes: [UInt8] = [UInt8(ascii: "\"")] + sequence + [UInt8(ascii: "\"")]
        let result = JSONParser().parseDocument(bytes: bytes, path: "t.json")
        #expect(result.diagnostics.first?.id == "json.invalidUTF8")
    }

    @Test func invalidUTF8OutsideAStringStopsTheParse() {
        let result = JSONParser().parseDocument(bytes: [UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")], path: "t.json")
        #expect(result.document == nil)
        #expect(result.diagnostics.map(\.id) == ["json.invalidUTF8"])
    }

    @Test func columnsCountUnicodeScalars() throws {
        let input = MarkedSource("{\"é😀\": 1️⃣x}")
        let diagnostic = try #require(parse(input.text).diagnostics.first)
        #expect(diagnostic.place == input.position(1))
    }

    @Test func columnsCountUnicodeScalarsAfterStringsReadInOneRun() throws {
        let input = MarkedSource("[\"plain ascii\", \"ascii then é😀\", \"tab\\t\",\n \"größe\", 1️⃣x]")
        let diagnostic = try #require(parse(input.text).diagnostics.first)
        #expect(diagnostic.place == input.position(1))
    }

    @Test func duplicateKeysInALargeObjectPointAtTheFirst() throws {
        let members = (0..<20).map { ($0 == 7 ? "3️⃣" : "") + "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let input = MarkedSource("{\(members), 1️⃣\"k7\": 0, 2️⃣\"k7\": 0}")
        let result = parse(input.text)
        #expect(result.diagnostics.map(\.idAndPosition) == [1, 2].map { "json.duplicateKey@" + input.position($0) })
        let notes = result.diagnostics.compactMap { $0.notes.first?.location?.start }
        #expect(notes.map { "\($0.line):\($0.column)" } == [input.position(3), input.position(3)])
        #expect(result.value?.objectValue?.count == 20)
        #expect(result.value?["k7"] == .int(7))
    }
}

@Suite struct JSONDocumentTests {
    @Test func locatesValuesAndKeysByPath() throws {
        let input = MarkedSource("{\n  1️⃣\"entities\": 2️⃣[\n    {3️⃣\"name\": 4️⃣\"A\"}\n  ]\n}")
        let document = try #require(JSONParser().parseDocument(input.text, path: "m.json").document)
        let entities = JSONPath.root.appending("entities")
        let name = entities.appending(0).appending("name")
        #expect(document.keyLocation(of: entities).description == "m.json:" + input.position(1))
        #expect(document.location(of: entities).description == "m.json:" + input.position(2))
        #expect(document.keyLocation(of: name).description == "m.json:" + input.position(3))
        #expect(document.location(of: name).description == "m.json:" + input.position(4))
        #expect(document.location(of: name).jsonPath == "$.entities[0].name")
    }

    @Test func aMissingMemberIsLocatedAtItsNearestAncestor() throws {
        let input = MarkedSource("[1️⃣{\"a\": 1}]")
        let document = try #require(JSONParser().parseDocument(input.text, path: "m.json").document)
        let missing = JSONPath.root.appending(0).appending("name")
        let location = document.location(of: missing)
        #expect("\(location.line):\(location.column)" == input.position(1))
        #expect(location.jsonPath == "$[0].name")
    }

    @Test func locatesEveryMemberOfALargeObjectAndEveryElementOfALongArray() throws {
        let keys = (0..<30).map { "key\($0)" }
        let text = "{" + keys.map { "\"\($0)\": [1, 2, 3]" }.joined(separator: ",\n") + "}"
        let document = try #require(JSONParser().parseDocument(text, path: "m.json").document)
        for (line, key) in keys.enumerated() {
            let member = JSONPath.root.appending(key)
            let keyColumn = line == 0 ? 2 : 1
            #expect(document.keyLocation(of: member).description == "m.json:\(line + 1):\(keyColumn)")
            let valueColumn = keyColumn + key.count + 4
            #expect(document.location(of: member).description == "m.json:\(line + 1):\(valueColumn)")
            #expect(
                document.location(of: member.appending(2)).description == "m.json:\(line + 1):\(valueColumn + 7)")
        }
    }

    @Test func aMissingMemberIsKeyLocatedAtItsNearestMembersKey() throws {
        let input = MarkedSource("{1️⃣\"a\": {\"b\": [2️⃣{}]}}")
        let document = try #require(JSONParser().parseDocument(input.text, path: "m.json").document)
        let a = JSONPath.root.appending("a")
        let inArray = a.appending("b").appending(0)
        #expect(document.keyLocation(of: a.appending("missing")).description == "m.json:" + input.position(1))
        #expect(document.keyLocation(of: inArray.appending("missing")).description == "m.json:" + input.position(2))
        #expect(document.location(of: a.appending("b").appending(5)).jsonPath == "$.a.b[5]")
    }

    @Test func pathsQuoteKeysThatAreNotSimpleNames() {
        let path = JSONPath.root.appending("entities").appending(2).appending("a b").appending("_x1")
        #expect(path.description == "$.entities[2][\"a b\"]._x1")
    }
}
