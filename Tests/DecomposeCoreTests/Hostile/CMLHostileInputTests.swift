import Testing

@testable import DecomposeCore

/// The named hostile inputs of issue 5 in Context Mapper's CML: each gives its located diagnostic or the correct
/// model, never a crash, a hang or a stack overflow; megabytes of random tokens read in linear time.
@Suite struct CMLHostileInputTests {
    static let vocabulary = [
        "BoundedContext", "Aggregate", "Entity", "ValueObject", "{", "}", "<", ">", "-", "List", "String", "Foo", "Bar",
        "=", "\"x\"", "ContextMap", "contains", "[", "]", "U", "D", "->", "<-", "UseCase", "reads", "aggregateRoot",
        ",", ";", "/* c */", "// c\n", "Domain", "Subdomain",
    ]

    /// A bounded context with one aggregate whose root is `root`, holding `body`.
    static func context(root: String, _ body: String) -> String {
        "BoundedContext C {\n  Aggregate G {\n    Entity \(root) {\n      aggregateRoot\n\(body)    }\n  }\n}\n"
    }

    static let cases = [
        HostileCase("empty file", "", ["model.noEntities@1:1"]),
        HostileCase(
            "NUL byte", marked: "BoundedContext C {\n  1️⃣\u{0}\n}\n"
        ) { ["cml.invalidCharacter@" + $0.position(1)] },
        HostileCase(
            "invalid UTF-8 read as U+FFFD", marked: "BoundedContext C {\n  1️⃣\u{FFFD}\n}\n"
        ) { ["cml.unexpectedToken@" + $0.position(1)] },
        HostileCase("200,000 nested braces", HostileCase.nested("{"), ["cml.unexpectedToken@1:1"]),
        HostileCase("200,000 nested brackets", HostileCase.nested("["), ["cml.unexpectedToken@1:1"]),
        HostileCase(
            "200,000 brackets in a bounded context", marked: "BoundedContext A {\n1️⃣" + HostileCase.nested("[")
        ) { ["cml.unexpectedToken@" + $0.position(1), "cml.expectedToken@2:200001"] },
        HostileCase(
            "100,000 nested aggregates", "BoundedContext A {\n" + HostileCase.nested("Aggregate B {\n", count: 100_000),
            [
                "cml.emptyAggregate@2:11", "cml.unsupported@3:1", "cml.expectedToken@100002:1",
                "cml.expectedToken@100002:1",
            ]),
        HostileCase(
            "100,000 nested modules", "BoundedContext A {\n" + HostileCase.nested("Module M {\n", count: 100_000),
            ["cml.tooDeep@\(CMLParser.maximumDepth + 1):10"]
                + Array(repeating: "cml.expectedToken@100002:1", count: CMLParser.maximumDepth)),
        HostileCase(
            "references to missing entities and contexts",
            marked: context(root: "A", "      - Missing 1️⃣m\n")
                + "2️⃣ContextMap M {\n  contains C, 3️⃣Nowhere\n}\n"
        ) {
            [
                "model.unknownEntity@" + $0.position(1), "cml.contextMapRead@" + $0.position(2),
                "cml.unknownContext@" + $0.position(3),
            ]
        },
    ]

    @Test(arguments: cases)
    func givesItsLocatedDiagnostic(_ hostile: HostileCase) {
        let (model, diagnostics) = ModelReader.read(hostile.text, path: "hostile.cml", format: .cml)
        hostile.check(diagnostics)
        #expect((model == nil) == diagnostics.containsErrors)
    }

    @Test func aByteOrderMarkAndCRLFReadAsTheSameModel() throws {
        let text = Self.context(
            root: "Order",
            "      String number\n      - Customer customer\n    }\n    Entity Customer {\n      String name\n")
        let lf = try #require(ModelReader.read(text, path: "m.cml").model)
        let (crlf, diagnostics) = ModelReader.read(HostileCase.withBOMAndCRLF(text), path: "m.cml")
        #expect(diagnostics.isEmpty)
        #expect(try #require(crlf).withoutLocations() == lf.withoutLocations())
    }

    @Test func selfReferencesAndUnicodeOrKeywordNamesReadCorrectly() throws {
        let text = Self.context(
            root: "Ünïcødé",
            "      String name\n      - Ünïcødé parent\n    }\n    Entity class {\n      - Ünïcødé owner\n")
        let (model, diagnostics) = ModelReader.read(text, path: "names.cml")
        #expect(diagnostics.isEmpty)
        let resolved = try #require(model)
        #expect(resolved.entities.map(\.name).sorted() == ["class", "Ünïcødé"])
        #expect(resolved.entity(named: "Ünïcødé")?.fields.last?.kind.target == "Ünïcødé")
    }

    /// A megabyte of random tokens: located errors, a run of stray tokens reported once (this took 6.5 s for
    /// 540 KB when every diagnostic re-split the whole file to quote its line).
    @Test func megabytesOfRandomTokensGiveLocatedErrors() {
        let text = HostileCase.randomTokens(Self.vocabulary, size: 1 << 20)
        let (model, diagnostics) = ModelReader.read(text, path: "random.cml", format: .cml)
        #expect(model == nil)
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        #expect(
            diagnostics.allSatisfy { ($0.location?.start.line ?? 0) >= 1 && ($0.location?.start.line ?? 0) <= lines })
        let formatted = DiagnosticFormatter(sources: ["random.cml": text]).format(diagnostics)
        #expect(formatted.split(separator: "\n").allSatisfy { $0.count <= 3 * DiagnosticFormatter.maximumExcerptWidth })
    }
}
