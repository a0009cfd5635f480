import Testing

@testable import DecomposeCore

/// The named hostile inputs of issue 5 in JHipster's JDL: each gives its located diagnostic or the correct model,
/// never a crash, a hang or a stack overflow; 10,000 entities read in linear time.
@Suite struct JDLHostileInputTests {
    static let vocabulary = [
        "entity", "{", "}", "(", ")", "[", "]", "relationship", "OneToMany", "to", "String", "required", "Foo", "Bar",
        ",", "/*", "*/", "//", "application", "config", "enum", "\"x\"", "paginate", "with", "*", "@Id",
    ]

    static let cases = [
        HostileCase("empty file", "", ["model.noEntities@1:1"]),
        HostileCase(
            "NUL byte", marked: "entity A {\n  1️⃣\u{0}name String\n}\n"
        ) { ["jdl.invalidCharacter@" + $0.position(1)] },
        HostileCase(
            "invalid UTF-8 read as U+FFFD", marked: "entity A {\n  1️⃣\u{FFFD}name String\n}\n"
        ) { ["jdl.expectedToken@" + $0.position(1)] },
        HostileCase(
            "200,000 nested braces", HostileCase.nested("{"),
            ["jdl.expectedToken@1:1", "jdl.nestingTooDeep@1:\(JDLParser.maximumDepth + 1)"]),
        HostileCase("200,000 nested brackets", HostileCase.nested("["), ["jdl.expectedToken@1:1"]),
        HostileCase(
            "200,000 braces in an application's config",
            "application {\n  config " + HostileCase.nested("{"),
            [
                "jdl.nestingTooDeep@2:\(JDLParser.maximumDepth + 10)", "jdl.expectedToken@2:200009",
                "jdl.expectedToken@2:200009",
            ]),
        HostileCase(
            "a path separator in a name", marked: "entity a1️⃣/b {\n  name String\n}\n"
        ) { ["jdl.unterminated@" + $0.position(1), "jdl.expectedToken@" + $0.position(1)] },
        HostileCase(
            "references to missing entities",
            marked: """
                entity A {
                  name String
                }
                relationship ManyToOne {
                  1️⃣A{b} to Missing
                }
                relationship OneToMany {
                  2️⃣Gone{a} to A
                }

                """
        ) { ["model.unknownEntity@" + $0.position(1), "jdl.unknownEntity@" + $0.position(2)] },
    ]

    @Test(arguments: cases)
    func givesItsLocatedDiagnostic(_ hostile: HostileCase) {
        let (model, diagnostics) = ModelReader.read(hostile.text, path: "hostile.jdl", format: .jdl)
        hostile.check(diagnostics)
        #expect((model == nil) == diagnostics.containsErrors)
    }

    @Test func aByteOrderMarkAndCRLFReadAsTheSameModel() throws {
        let text =
            "entity Customer {\n  name String required\n}\nrelationship ManyToOne {\n  Order{customer} to Customer\n}\nentity Order\n"
        let lf = try #require(ModelReader.read(text, path: "m.jdl").model)
        let (crlf, diagnostics) = ModelReader.read(HostileCase.withBOMAndCRLF(text), path: "m.jdl")
        #expect(diagnostics.isEmpty)
        #expect(try #require(crlf).withoutLocations() == lf.withoutLocations())
    }

    @Test func selfReferencesAndUnicodeOrKeywordNamesReadCorrectly() throws {
        let text = """
            entity Ünïcødé {
              name String
            }
            entity Class
            relationship ManyToOne {
              Ünïcødé{parent} to Ünïcødé
              Class{self} to Ünïcødé
            }

            """
        let (model, diagnostics) = ModelReader.read(text, path: "names.jdl")
        #expect(diagnostics.isEmpty)
        let resolved = try #require(model)
        #expect(resolved.entities.map(\.name) == ["Ünïcødé", "Class"])
        #expect(resolved.entity(named: "Ünïcødé")?.fields.last?.kind == .reference(target: "Ünïcødé"))
    }

    @Test func megabytesOfRandomTokensGiveLocatedErrors() {
        let text = HostileCase.randomTokens(Self.vocabulary, size: 1 << 20)
        let (model, diagnostics) = ModelReader.read(text, path: "random.jdl", format: .jdl)
        #expect(model == nil)
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        #expect(
            diagnostics.allSatisfy { ($0.location?.start.line ?? 0) >= 1 && ($0.location?.start.line ?? 0) <= lines })
    }

    /// 10,000 entities, each holding a reference to an earlier one, read and built in linear time (the reader
    /// looked every field and relationship up by a linear scan, which took minutes at 40,000).
    @Test func tenThousandEntitiesRead() throws {
        let count = 10_000
        var text = ""
        for index in 0..<count { text += "entity E\(index) {\n  name String required\n}\n" }
        text += "relationship ManyToOne {\n"
        for index in 1..<count { text += "  E\(index){parent} to E\((index * 7919) % index)\n" }
        text += "}\n"
        let (model, diagnostics) = ModelReader.read(text, path: "big.jdl")
        #expect(diagnostics.isEmpty)
        let resolved = try #require(model)
        #expect(resolved.entities.count == count)
        #expect(resolved.entities.last?.fields.last?.kind.target != nil)
    }
}
