import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct ExpectedDecompositionParserTests {
    private func parse(_ text: String) -> (decomposition: ExpectedDecomposition?, diagnostics: [Diagnostic]) {
        ExpectedDecompositionParser().parse(text, path: "shop.expected")
    }

    @Test func readsTheTextFormatWithComments() throws {
        let input = MarkedSource(
            """
            // Sales follows the ordering process (Evans, ch. 14)
            1️⃣Sales: Order, OrderLine , Customer   // customers place orders

            2️⃣Inventory:Stock,Warehouse
            """)
        let result = parse(input.text)
        #expect(result.diagnostics.isEmpty)
        let decomposition = try #require(result.decomposition)
        #expect(decomposition.contexts.map(\.name) == ["Sales", "Inventory"])
        #expect(
            decomposition.contexts.map(\.entities) == [["Order", "OrderLine", "Customer"], ["Stock", "Warehouse"]])
        #expect(
            decomposition.contexts.map { $0.location?.description } == [
                "shop.expected:" + input.position(1), "shop.expected:" + input.position(2),
            ])
        #expect(decomposition.context(of: "Stock") == "Inventory")
    }

    @Test func acceptsWindowsLineEndings() throws {
        let result = parse("Sales: Order, Customer\r\n// why\r\nStock: Item\r\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.decomposition?.contexts.map(\.entities) == [["Order", "Customer"], ["Item"]])
        #expect(result.decomposition?.contexts.last?.location?.line == 3)
    }

    @Test func readsTheAnalysisJSON() throws {
        let result = parse(
            """
              {"system": "Shop", "contexts": [
                {"name": "Sales", "entities": ["Order", "Customer"], "cohesion": 0.8},
                {"name": "Inventory", "entities": ["Stock"]}
              ], "relationships": []}
            """)
        #expect(result.diagnostics.isEmpty)
        let decomposition = try #require(result.decomposition)
        #expect(
            decomposition
                == ExpectedDecomposition(contexts: [
                    .init(
                        name: "Sales", entities: ["Order", "Customer"],
                        location: SourceLocation(
                            file: "shop.expected", line: 2, column: 14, jsonPath: "$.contexts[0].name")),
                    .init(
                        name: "Inventory", entities: ["Stock"],
                        location: SourceLocation(
                            file: "shop.expected", line: 3, column: 14, jsonPath: "$.contexts[1].name")),
                ]))
    }

    @Test(arguments: [
        ("duplicate context", "Sales: A\n1️⃣Sales: B", "expected.duplicateContext"),
        ("entity listed twice", "Sales: A, B\nStock: C, 1️⃣A", "expected.duplicateEntity"),
        ("entity twice in one context", "Sales: A, 1️⃣A", "expected.duplicateEntity"),
        ("no colon", "Sales: A\n  1️⃣Stock A, B", "expected.malformedLine"),
        ("bad context name", "1️⃣Sales team: A", "expected.malformedLine"),
        ("bad entity name", "Sales: A, 1️⃣B-C", "expected.malformedLine"),
        ("trailing comma", "Sales: A, B1️⃣,", "expected.malformedLine"),
        ("double comma", "Sales: A1️⃣,, B", "expected.malformedLine"),
        ("no contexts", "1️⃣// nothing here\n", "expected.noContexts"),
        (
            "JSON duplicate context",
            #"{"contexts": [{"name": "S", "entities": ["A"]}, {"name": 1️⃣"S", "entities": []}]}"#,
            "expected.duplicateContext"
        ),
        ("JSON entity twice", #"{"contexts": [{"name": "S", "entities": ["A", 1️⃣"A"]}]}"#, "expected.duplicateEntity"),
        ("JSON missing contexts", #"1️⃣{"context": []}"#, "expected.missingKey"),
        ("JSON contexts not an array", #"{"contexts": 1️⃣{}}"#, "expected.wrongType"),
        ("JSON context without name", #"{"contexts": [1️⃣{"entities": ["A"]}]}"#, "expected.missingKey"),
        ("JSON entity not a string", #"{"contexts": [{"name": "S", "entities": [1️⃣3]}]}"#, "expected.wrongType"),
        ("JSON syntax", #"{"contexts": [1️⃣}"#, "json.unexpectedCharacter"),
    ])
    func reportsProblemWithLocation(_ name: String, _ marked: String, _ id: String) throws {
        let input = MarkedSource(marked)
        let result = parse(input.text)
        #expect(result.decomposition == nil, "\(name)")
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error }, "\(name)")
        #expect(diagnostic.id == id, "\(name): \(diagnostic.message)")
        #expect(diagnostic.place == input.position(1), "\(name): \(diagnostic.message)")
        #expect(diagnostic.location?.start.file == "shop.expected")
    }

    @Test func duplicatesPointBackAtTheFirstListing() throws {
        let input = MarkedSource("Sales: 1️⃣Order\nBilling: Invoice, 2️⃣Order")
        let diagnostic = try #require(parse(input.text).diagnostics.first)
        #expect(diagnostic.place == input.position(2))
        #expect(diagnostic.message.contains("first in context 'Sales'"))
        let note = try #require(diagnostic.notes.first?.location?.start)
        #expect("\(note.line):\(note.column)" == input.position(1))
    }

    @Test func reportsEveryProblemInOneRun() {
        let result = parse("Sales: A, A\nStock B\nSales: C\n")
        #expect(
            result.diagnostics.map(\.id) == [
                "expected.duplicateEntity", "expected.malformedLine", "expected.duplicateContext",
            ])
    }

    @Test func anEmptyContextIsAWarning() throws {
        let input = MarkedSource("Sales: A\n1️⃣Legacy:\n")
        let result = parse(input.text)
        #expect(result.decomposition?.contexts.map(\.name) == ["Sales", "Legacy"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "expected.emptyContext")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.place == input.position(1))
    }

    @Test func feedsTheComparer() throws {
        let expected = try #require(parse("Sales: Order, Customer\nStock: Item\n").decomposition)
        let result = DecompositionComparer().compare(
            suggested: ["A": ["Order", "Customer", "Item"]], expected: expected)
        #expect(result.moves == [.move(entity: "Item", from: "A", to: "Stock")])
    }

    /// The published decompositions under `Fixtures/` read without a single diagnostic.
    @Test func theFixturesExpectedFilesReadCleanly() throws {
        let fixtures = PackagePaths.fixtures
        let files = try #require(FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "expected" }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let result = ExpectedDecompositionParser().parse(text, path: file.lastPathComponent)
            #expect(result.diagnostics == [], "\(file.lastPathComponent)")
            #expect((result.decomposition?.contexts.count ?? 0) > 1, "\(file.lastPathComponent)")
        }
    }
}
