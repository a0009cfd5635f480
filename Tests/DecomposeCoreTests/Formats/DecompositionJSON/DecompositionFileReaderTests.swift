import DecomposeTestSupport
import Testing

@testable import DecomposeCore

@Suite struct DecompositionFileReaderTests {
    private let model = ScaffoldModels.shop

    @Test func keepsTheFilesContextsAndRecomputesWhatFollows() throws {
        let text = ScaffoldModels.decompositionJSON([
            ("Selling", ["Order", "OrderLine", "Customer"]), ("Stock", ["Product"]),
        ])
        let (decomposition, diagnostics) = DecompositionFileReader().read(text, path: "d.json", model: model)
        #expect(!diagnostics.containsErrors)
        let result = try #require(decomposition)
        #expect(Set(result.contexts.map(\.name)) == ["Selling", "Stock"])
        #expect(result.context(of: "Customer")?.name == "Selling")
        #expect(result.relationships.contains { $0.upstream == "Stock" && $0.downstream == "Selling" })
    }

    @Test func readsTheAnalyzeJSONItself() throws {
        let suggested = ContextAnalyzer().analyze(model).decomposition
        let text = JSONReportRenderer().render(suggested)
        let read = try #require(DecompositionFileReader().read(text, path: "d.json", model: model).decomposition)
        #expect(read.contexts.map(\.entities) == suggested.contexts.map(\.entities))
    }

    @Test func anUnknownEntityIsLocatedByLineAndJSONPath() throws {
        let text = ScaffoldModels.decompositionJSON([
            ("Sales", ["Order", "OrderLine", "Customer", "Prodcut"]), ("Stock", ["Product"]),
        ])
        let (decomposition, diagnostics) = DecompositionFileReader().read(text, path: "d.json", model: model)
        #expect(decomposition == nil)
        let diagnostic = try #require(diagnostics.first { $0.id == "decomposition.unknownEntity" })
        #expect(diagnostic.location?.start.jsonPath == "$.contexts[0].entities[3]")
        #expect(diagnostic.location?.start.line == 3)
        #expect(diagnostic.message.contains("Product"))
    }

    @Test func everyEntityMustBePlacedExactlyOnce() {
        let twice = ScaffoldModels.decompositionJSON([
            ("A", ["Order", "OrderLine", "Customer", "Product"]), ("B", ["Product"]),
        ])
        #expect(
            DecompositionFileReader().read(twice, path: "d.json", model: model).diagnostics.map(\.id).contains(
                "decomposition.duplicateEntity"))
        let missing = ScaffoldModels.decompositionJSON([("A", ["Order", "OrderLine", "Customer"])])
        #expect(
            DecompositionFileReader().read(missing, path: "d.json", model: model).diagnostics.map(\.id) == [
                "decomposition.missingEntity"
            ])
    }

    @Test func anAggregateSplitBetweenContextsIsRefused() {
        let text = ScaffoldModels.decompositionJSON([("A", ["Order", "Customer"]), ("B", ["OrderLine", "Product"])])
        let (decomposition, diagnostics) = DecompositionFileReader().read(text, path: "d.json", model: model)
        #expect(decomposition == nil)
        #expect(diagnostics.map(\.id).contains("decomposition.inseparable"))
    }

    @Test func malformedDocumentsAreErrorsNotCrashes() {
        for text in [
            "[]", "{}", "{\"contexts\": 3}", "{\"contexts\": [{\"entities\": []}]}",
            "{\"contexts\": [{\"name\": \"\", \"entities\": [\"Order\"]}]}", "{",
        ] {
            let (decomposition, diagnostics) = DecompositionFileReader().read(text, path: "d.json", model: model)
            #expect(decomposition == nil)
            #expect(diagnostics.containsErrors)
        }
    }
}
