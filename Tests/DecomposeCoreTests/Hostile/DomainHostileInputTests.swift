import Testing

@testable import DecomposeCore

/// The named hostile inputs of issue 5 in the domain language: each gives its located diagnostic or the
/// correct model, never a crash, a hang or a stack overflow.
@Suite struct DomainHostileInputTests {
    static let vocabulary = [
        "entity", "aggregate", "root", "usecase", "reads", "writes", "pin", "to", "value", "enum", "owned-by", "{",
        "}", "[", "]", "->", ":", "?", ",", "Foo", "Bar", "String", "\"text\"", "// comment\n", "/*", "*/",
    ]

    static let cases = [
        HostileCase("empty file", "", ["model.noEntities@1:1"]),
        HostileCase(
            "NUL byte", marked: "entity A {\n  id: UUID\n  1️⃣\u{0}name: String\n}\n"
        ) { ["syntax.invalidCharacter@" + $0.position(1)] },
        HostileCase(
            "invalid UTF-8 read as U+FFFD", marked: "entity A {\n  id: UUID\n  1️⃣\u{FFFD}name: String\n}\n"
        ) { ["syntax.invalidCharacter@" + $0.position(1)] },
        HostileCase(
            "200,000 nested braces",
            "{" + HostileCase.nested("{"),
            ["syntax.expectedDeclaration@1:1", "syntax.nestingTooDeep@1:\(DomainParser.maximumNestingDepth + 1)"]),
        HostileCase("200,000 nested brackets", HostileCase.nested("["), ["syntax.expectedDeclaration@1:1"]),
        HostileCase(
            "200,000 braces inside an entity", "entity A {\n  id: UUID\n" + HostileCase.nested("{"),
            [
                "syntax.expectedName@3:1", "syntax.nestingTooDeep@3:\(DomainParser.maximumNestingDepth + 2)",
                "syntax.expectedToken@3:200001",
            ]),
        HostileCase(
            "self-inheritance", marked: "entity 1️⃣Leaf extends Leaf {\n  id: UUID\n}\n"
        ) { ["model.inheritanceCycle@" + $0.position(1)] },
        HostileCase(
            "a path separator in a name", marked: "entity a1️⃣/2️⃣b {\n  id: UUID\n}\n"
        ) { ["syntax.invalidCharacter@" + $0.position(1), "syntax.unknownCharacteristic@" + $0.position(2)] },
        HostileCase(
            "references to missing entities",
            marked: """
                entity A {
                  id: UUID
                  1️⃣b -> Missing
                  2️⃣c: [Gone]
                }
                usecase U {
                  reads 3️⃣Nope
                }
                pin A, 4️⃣Absent to Core

                """
        ) {
            [
                "model.unknownEntity@" + $0.position(1), "model.unknownType@" + $0.position(2),
                "model.unknownEntity@" + $0.position(3), "model.unknownEntity@" + $0.position(4),
            ]
        },
    ]

    @Test(arguments: cases)
    func givesItsLocatedDiagnostic(_ hostile: HostileCase) {
        let (model, diagnostics) = ModelReader.read(hostile.text, path: "hostile.domain", format: .domain)
        hostile.check(diagnostics)
        #expect((model == nil) == diagnostics.containsErrors)
    }

    @Test func aByteOrderMarkAndCRLFReadAsTheSameModelAndPositions() throws {
        let text = "entity Customer {\n  id: UUID\n  name: String\n}\nentity Order {\n  id: UUID\n  c -> Customr\n}\n"
        let lf = ModelReader.read(text, path: "m.domain")
        let crlf = ModelReader.read(HostileCase.withBOMAndCRLF(text), path: "m.domain")
        #expect(lf.diagnostics.map(\.idAndPosition) == ["model.unknownEntity@7:3"])
        #expect(crlf.diagnostics.map(\.idAndPosition) == lf.diagnostics.map(\.idAndPosition))
        let fixed = text.replacingOccurrences(of: "Customr", with: "Customer")
        let lfModel = try #require(ModelReader.read(fixed, path: "m.domain").model)
        let crlfModel = try #require(ModelReader.read(HostileCase.withBOMAndCRLF(fixed), path: "m.domain").model)
        #expect(crlfModel.withoutLocations() == lfModel.withoutLocations())
    }

    @Test func selfReferencesAndUnicodeOrKeywordNamesReadCorrectly() throws {
        let text = """
            entity Ünïcødé {
              id: UUID
              parent -> Ünïcødé?
            }
            entity class {
              id: UUID
              self -> Ünïcødé
              children -> [class]
            }

            """
        let (model, diagnostics) = ModelReader.read(text, path: "names.domain")
        #expect(diagnostics.isEmpty)
        let resolved = try #require(model)
        #expect(resolved.entities.map(\.name) == ["Ünïcødé", "class"])
        #expect(
            resolved.entity(named: "class")?.fields.map(\.kind) == [
                .scalar, .reference(target: "Ünïcødé"), .reference(target: "class"),
            ])
        let decomposition = ContextAnalyzer(options: AnalysisOptions()).analyze(resolved).decomposition
        #expect(decomposition.contexts.flatMap(\.entities).sorted() == ["class", "Ünïcødé"])
    }

    @Test func megabytesOfRandomTokensGiveLocatedErrors() {
        let text = HostileCase.randomTokens(Self.vocabulary, size: 1 << 20)
        let (model, diagnostics) = ModelReader.read(text, path: "random.domain", format: .domain)
        #expect(model == nil)
        #expect(diagnostics.containsErrors)
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        #expect(
            diagnostics.allSatisfy { ($0.location?.start.line ?? 0) >= 1 && ($0.location?.start.line ?? 0) <= lines })
    }

    /// Inheritance chains are walked once: 5,000 levels read at once (3,000 took minutes when every entity walked
    /// its whole chain), and a cycle reached through a tail is reported once, at its entity declared first.
    @Test func deepInheritanceChainsAndCyclesAreLinear() throws {
        let count = 5_000
        var text = ""
        for index in 0..<count - 1 { text += "entity E\(index) extends E\(index + 1) {\n  x\(index): Int\n}\n" }
        text += "entity E\(count - 1) {\n  id: UUID\n}\n"
        let (model, diagnostics) = ModelReader.read(text, path: "deep.domain")
        #expect(diagnostics.isEmpty)
        #expect(try #require(model).entities.count == count)
        let cycle = MarkedSource(
            """
            entity Tail extends C {
              id: UUID
            }
            entity 1️⃣B extends C {
              b: Int
            }
            entity C extends D {
              c: Int
            }
            entity D extends B {
              d: Int
            }

            """)
        let cycleDiagnostics = ModelReader.read(cycle.text, path: "cycle.domain").diagnostics
        #expect(cycleDiagnostics.map(\.idAndPosition) == ["model.inheritanceCycle@" + cycle.position(1)])
        #expect(cycleDiagnostics.first?.message == "inheritance cycle: B extends C extends D extends B")
    }

    /// Every reference to a missing entity is reported, but only the first 200 compare the name with every entity
    /// for a "did you mean" hint, so 40,000 missing references cost 200 searches, not 40,000.
    @Test func missingReferencesAreAllReportedAndTheFirst200Hinted() {
        let fields = (0..<300).map { "  c\($0) -> Customr\n" }.joined()
        let text = "entity Customer {\n  id: UUID\n}\nentity Order {\n  id: UUID\n\(fields)}\n"
        let diagnostics = ModelReader.read(text, path: "missing.domain").diagnostics
        #expect(diagnostics.count == 300)
        #expect(diagnostics.allSatisfy { $0.id == "model.unknownEntity" })
        #expect(diagnostics.prefix(200).allSatisfy { $0.message.hasSuffix("did you mean 'Customer'?") })
        #expect(diagnostics.dropFirst(200).allSatisfy { !$0.message.contains("did you mean") })
    }
}
