import Testing

@testable import DecomposeCore

/// The named hostile inputs of issue 5 in the canonical JSON model (`JSONParser` and `ModelJSONReader`): each
/// gives its located diagnostic or the correct model, never a crash, a hang or a stack overflow.
@Suite struct JSONHostileInputTests {
    static let vocabulary = [
        "{", "}", "[", "]", ",", ":", "\"entities\"", "\"name\"", "\"a\"", "1", "-2.5e3", "true", "null", "\"\\u12\"",
    ]

    /// A model whose `entities` array holds `entities`.
    static func model(_ entities: String) -> String {
        "{\"schemaVersion\": 1, \"entities\": [\(entities)]}"
    }

    /// An entity called `name` (JSON-quoted) with an id and `fields` after it.
    static func entity(_ name: String, _ fields: String = "") -> String {
        "{\"name\": \(name), \"fields\": [{\"name\": \"id\", \"type\": {\"name\": \"UUID\"}}\(fields)]}"
    }

    static let cases = [
        HostileCase("empty file", "", ["json.unexpectedEnd@1:1"]),
        HostileCase(
            "NUL byte", marked: "{\"schemaVersion\": 1, 1️⃣\u{0}\"entities\": []}"
        ) { ["json.unexpectedCharacter@" + $0.position(1)] },
        HostileCase(
            "NUL byte in a name", marked: model(entity("\"A1️⃣\u{0}\""))
        ) { ["json.controlCharacter@" + $0.position(1)] },
        HostileCase(
            "invalid UTF-8 read as U+FFFD", marked: "{\"schemaVersion\": 1, 1️⃣\u{FFFD}}"
        ) { ["json.unexpectedCharacter@" + $0.position(1)] },
        HostileCase(
            "200,000 nested brackets", HostileCase.nested("["),
            ["json.tooDeep@1:\(JSONParser().maximumDepth + 1)"]),
        HostileCase(
            "200,000 nested objects", HostileCase.nested("{\"a\":"),
            ["json.tooDeep@1:\(5 * JSONParser().maximumDepth + 1)"]),
        HostileCase("200,000 braces", HostileCase.nested("{"), ["json.unexpectedCharacter@1:2"]),
        HostileCase(
            "an empty name", marked: model(entity("1️⃣\"\""))
        ) { ["jsonModel.invalidValue@" + $0.position(1)] },
        HostileCase(
            "references to missing entities",
            marked: model(
                entity(
                    "\"A\"",
                    ", 1️⃣{\"name\": \"b\", \"type\": {\"name\": \"Missing\"}, \"reference\": true}"
                        + ", 2️⃣{\"name\": \"c\", \"type\": {\"name\": \"Gone\", \"list\": true}}"))
        ) { ["model.unknownEntity@" + $0.position(1), "model.unknownType@" + $0.position(2)] },
    ]

    @Test(arguments: cases)
    func givesItsLocatedDiagnostic(_ hostile: HostileCase) {
        let (model, diagnostics) = ModelReader.read(hostile.text, path: "hostile.json", format: .json)
        hostile.check(diagnostics)
        #expect((model == nil) == diagnostics.containsErrors)
    }

    @Test func aByteOrderMarkAndCRLFReadAsTheSameModel() throws {
        let text = ModelJSONWriter().write(
            try #require(ModelReader.read(Self.model(Self.entity("\"A\"")), path: "a.json").model))
        let lf = try #require(ModelReader.read(text, path: "m.json").model)
        let (crlf, diagnostics) = ModelReader.read(HostileCase.withBOMAndCRLF(text), path: "m.json")
        #expect(diagnostics.map(\.id) == ["json.byteOrderMark"])
        #expect(try #require(crlf).withoutLocations() == lf.withoutLocations())
    }

    @Test func selfReferencesAndHostileNamesReadCorrectly() throws {
        let names = ["../../etc/passwd", "a b", "class", "Ünï/\\\\", "CON", ".", "x\\u0000y", "Ｏｒｄｅｒ"]
        let entities = names.map { Self.entity("\"\($0)\"") }
        let node = Self.entity(
            "\"Node\"", ", {\"name\": \"parent\", \"type\": {\"name\": \"Node\"}, \"reference\": true}")
        let (model, diagnostics) = ModelReader.read(
            Self.model((entities + [node]).joined(separator: ", ")), path: "names.json")
        #expect(diagnostics.isEmpty)
        let resolved = try #require(model)
        #expect(resolved.entities.count == names.count + 1)
        #expect(resolved.entity(named: "Node")?.fields.last?.kind == .reference(target: "Node"))
        #expect(resolved.entity(named: "x\u{0}y") != nil)
    }

    @Test func megabytesOfRandomTokensGiveALocatedError() {
        let text = "[" + HostileCase.randomTokens(Self.vocabulary, size: 1 << 20)
        let (value, diagnostics) = JSONParser().parse(text, path: "random.json")
        #expect(value == nil)
        #expect(diagnostics.containsErrors)
        #expect(diagnostics.allSatisfy { ($0.location?.start.line ?? 0) >= 1 })
    }

    @Test func aDeepPathIsAbbreviatedInTheMessage() throws {
        let (_, diagnostics) = JSONParser().parse(HostileCase.nested("{\"a\":"), path: "deep.json")
        let message = try #require(diagnostics.first?.message)
        #expect(message.count < 200)
        #expect(message.contains("$.a.a.a.a.a.a…(503 more)….a.a.a"))
    }
}
