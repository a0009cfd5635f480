import Testing

@testable import DecomposeCore

@Suite struct DomainParserDiagnosticTests {
    /// Parses `marked` and checks the diagnostics' ids and positions against the markers, in order.
    @discardableResult
    private func check(
        _ marked: String, _ expected: [(id: String, marker: Int)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        let source = MarkedSource(marked)
        let diagnostics = DomainParser().parse(source.text, path: "t.domain").diagnostics
        #expect(
            diagnostics.map(\.idAndPosition) == expected.map { "\($0.id)@\(source.position($0.marker))" },
            sourceLocation: sourceLocation)
        return diagnostics
    }

    @Test func missingColonAfterFieldName() {
        let diagnostics = check(
            "entity Customer {\n  email 1️⃣String\n  name: String\n}", [("syntax.expectedToken", 1)])
        #expect(diagnostics.first?.message == "expected ':' after field name 'email'")
    }

    @Test func unknownCharacteristicSuggestsTheKeyword() {
        let diagnostics = check(
            "entity A 1️⃣volitility often {}\naggregate B size 2️⃣enormous {}",
            [
                ("syntax.unknownCharacteristic", 1), ("syntax.unknownLevel", 2),
            ])
        #expect(diagnostics.first?.message == "unknown characteristic 'volitility'; did you mean 'volatility'?")
        #expect(diagnostics.last?.message == "unknown value 'enormous' for 'size'; expected tiny, normal or huge")
    }

    @Test func duplicateOptionPointsAtTheFirst() {
        let diagnostics = check(
            "entity A size tiny 1️⃣size huge {}\nusecase U by X 2️⃣by Y {}",
            [("syntax.duplicateOption", 1), ("syntax.duplicateOption", 2)])
        #expect(diagnostics.first?.notes.first?.location?.start.column == 10)
    }

    @Test func severalMistakesAreAllReported() {
        let diagnostics = check(
            """
            entity A {
              a 1️⃣Int
              b:2️⃣
              c: [Int3️⃣
              d: String 4️⃣uniqe
              e: String 5️⃣: x
            }
            6️⃣entty B { x: Int }
            entity C { y: Int }
            usecase U { 7️⃣read A }
            """,
            [
                ("syntax.expectedToken", 1), ("syntax.expectedName", 2), ("syntax.expectedToken", 3),
                ("syntax.unknownModifier", 4), ("syntax.expectedToken", 5), ("syntax.expectedDeclaration", 6),
                ("syntax.unknownClause", 7),
            ])
        #expect(diagnostics[3].message == "unknown field modifier 'uniqe'; did you mean 'unique'?")
        #expect(diagnostics[5].message == "expected a declaration, found 'entty'; did you mean 'entity'?")
        #expect(diagnostics[6].message.hasSuffix("did you mean 'reads'?"))
    }

    @Test func aBrokenLineIsReportedOnceWhereItStarts() {
        let diagnostics = check(
            """
            entity A {
              1️⃣: Int
              b: Int
            }
            usecase U {
              2️⃣write A
              reads A
            }
            aggregate G {
              3️⃣rot G {}
              root G {}
            }
            zone Z { 4️⃣: X, Y }
            """,
            [
                ("syntax.expectedName", 1), ("syntax.unknownClause", 2), ("syntax.expectedDeclaration", 3),
                ("syntax.expectedName", 4),
            ])
        #expect(diagnostics.first?.message == "expected a field name in entity 'A'")
    }

    @Test func theLinesAroundABrokenLineAreKept() {
        let text = "entity A {\n  : Int\n  b: Int\n}\nusecase U {\n  write A\n  reads A\n}\nzone Z { : X, Y }"
        let model = DomainParser().parse(text, path: "k.domain").model
        #expect(model.entities.first?.fields.map(\.name) == ["b"])
        #expect(model.useCases.first?.reads.map(\.entity) == ["A"])
        #expect(model.zones.first?.members.map(\.name) == ["Y"])
    }

    @Test func recoveryKeepsTheRestOfTheModel() {
        let (model, diagnostics) = DomainParser().parse(
            "entity A {\n  a Int\n  b: String\n}\n@@\nentity B { c: Int }", path: "r.domain")
        #expect(diagnostics.map(\.id) == ["syntax.expectedToken", "syntax.invalidCharacter"])
        #expect(model.entities.map(\.name) == ["A", "B"])
        #expect(model.entities.first?.fields.map(\.name) == ["b"])
    }

    @Test func missingClosingBraceStopsAtTheNextDeclaration() {
        let (model, _) = DomainParser().parse("entity A {\n  a: Int\nentity B { b: Int }", path: "m.domain")
        #expect(model.entities.map(\.name) == ["A", "B"])
        check(
            "entity A {\n  a: Int1️⃣\nentity B { b: Int }\nenum E { a, b2️⃣ ",
            [
                ("syntax.expectedToken", 1), ("syntax.expectedToken", 2),
            ])
    }

    @Test func namesListsAndPins() {
        check(
            """
            team A 1️⃣B
            keep-apart2️⃣
            pin X, Y 3️⃣into Z
            zone Z { A 4️⃣B, } 5️⃣}
            """,
            [
                ("syntax.expectedToken", 1), ("syntax.expectedName", 2), ("syntax.expectedToken", 3),
                ("syntax.expectedToken", 4), ("syntax.expectedDeclaration", 5),
            ])
    }

    @Test func invalidNamesAndMisplacedDeclarations() {
        check(
            """
            entity 1️⃣Foo-Bar { x: Int }
            2️⃣root R {}
            system S
            system 3️⃣T
            aggregate G {
              root G {}
              4️⃣root H {}5️⃣
              value V {}
            6️⃣}
            """,
            [
                ("syntax.invalidName", 1), ("syntax.rootOutsideAggregate", 2), ("syntax.duplicateSystem", 3),
                ("syntax.multipleRoots", 4), ("syntax.expectedToken", 5), ("syntax.expectedDeclaration", 6),
            ])
    }

    @Test func aSecondSystemPointsAtTheFirst() {
        let source = MarkedSource("system 1️⃣Shop\nsystem 2️⃣Other")
        let diagnostic = DomainParser().parse(source.text, path: "s.domain").diagnostics.first
        #expect(diagnostic?.place == source.position(2))
        #expect(diagnostic?.notes.first?.location.map { "\($0.start.line):\($0.start.column)" } == source.position(1))
    }

    @Test func useCaseHeaderAndClauses() {
        check(
            "usecase U 1️⃣fast {\n  reads A.2️⃣\n  writes B 3️⃣C\n  emits E 4️⃣F\n}",
            [
                ("syntax.unknownOption", 1), ("syntax.expectedName", 2), ("syntax.expectedToken", 3),
                ("syntax.expectedToken", 4),
            ])
    }

    @Test func nestingBeyondTheLimitIsReportedWhereItStarts() {
        let depth = DomainParser.maximumNestingDepth
        check(
            "1️⃣" + String(repeating: "{", count: depth) + "2️⃣{" + String(repeating: "}", count: depth + 1),
            [("syntax.expectedDeclaration", 1), ("syntax.nestingTooDeep", 2)])
    }

    @Test func deeplyNestedBracesAreReportedOnce() {
        let text = String(repeating: "{", count: 10_000) + String(repeating: "}", count: 10_000) + "\nentity A {}"
        let (model, diagnostics) = DomainParser().parse(text, path: "n.domain")
        #expect(diagnostics.map(\.id) == ["syntax.expectedDeclaration", "syntax.nestingTooDeep"])
        #expect(model.entities.map(\.name) == ["A"])
    }

    @Test(arguments: [
        "\u{0}\u{0}\u{0}", "/* open", "system S \"open", "entity", "entity A {", "aggregate A { root",
        "usecase U { reads", "pin A to", "}}}}", "[[[[", "-> -> ->", "\u{FFFD}\u{FFFD}entity\u{FEFF}",
        "entity A { a: [", "entity A { a -> [B", "enum E {", "zone Z", "keep-together",
    ])
    func hostileInputsGiveDiagnosticsNotCrashes(_ text: String) {
        let (_, diagnostics) = DomainParser().parse(text, path: "h.domain")
        #expect(diagnostics.containsErrors)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let text = String(decoding: bytes, as: UTF8.self)
            let (_, diagnostics) = DomainParser().parse(text, path: "random.domain")
            for diagnostic in diagnostics {
                #expect(diagnostic.location.map { $0.start.line >= 1 && $0.start.column >= 1 } == true)
            }
        }
    }

    @Test func randomTokenSoupNeverCrashesAnyStage() {
        let words = [
            "entity", "aggregate", "root", "{", "}", "[", "]", ":", "->", ",", "?", ".", "A", "b", "\n", "usecase",
            "reads", "pin", "to", "zone", "owned-by", "size", "huge", "\"s\"", "///d\n", "/*", "*/", "enum", "team",
            "B", "A {", "b: [B]", "a: A", "extends", "keep-apart", "keep-together", "Int", "\nentity B {", "x -> A",
        ]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let text = (0..<Int(generator.next() % 60)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                .joined(separator: " ")
            let model = DomainParser().parse(text, path: "soup.domain").model
            _ = DomainPrinter().print(ModelBuilder().build(model).model)
        }
    }
}
