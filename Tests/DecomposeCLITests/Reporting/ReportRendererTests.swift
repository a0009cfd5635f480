import DecomposeCore
import DecomposeTestSupport
import Testing

@Suite struct ReportRendererTests {
    @Test func textReport() {
        GoldenFile.assertMatches(TextReportRenderer().render(SampleDecomposition.value), "golden/report.txt")
    }

    @Test func colouredTextReportWrapsNamesInEscapes() {
        let text = TextReportRenderer(colored: true).render(SampleDecomposition.value)
        #expect(text.contains("\u{1B}[1mOrdering\u{1B}[0m"))
        #expect(!TextReportRenderer().render(SampleDecomposition.value).contains("\u{1B}"))
    }

    @Test func longListsWrapUnderTheFirstValue() {
        let names = (1...30).map { "Entity\($0)" }
        let decomposition = Decomposition(system: "S", contexts: [BoundedContext(name: "Big", entities: names)])
        let lines = TextReportRenderer().render(decomposition).split(separator: "\n")
        let entityLines = lines.drop { !$0.hasPrefix("  entities:") }.prefix { !$0.hasPrefix("  aggregates:") }
        #expect(entityLines.count > 1)
        #expect(entityLines.allSatisfy { $0.count <= 100 })
        #expect(entityLines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 14) + "Entity") })
        #expect(entityLines.joined().filter { $0 == "," }.count == 29)
    }

    @Test func jsonReport() {
        GoldenFile.assertMatches(JSONReportRenderer().render(SampleDecomposition.value), "golden/report.json")
    }

    @Test func jsonReportFollowsTheSchemaKeyOrder() {
        let document = JSONReportRenderer().document(SampleDecomposition.value)
        #expect(
            document.objectValue?.map(\.key) == [
                "schemaVersion", "system", "contexts", "relationships", "sagas", "warnings", "metrics",
            ])
        #expect(
            document["contexts"]?.arrayValue?.first?.objectValue?.map(\.key) == [
                "name", "entities", "aggregates", "useCases", "owners", "rationale", "naming", "cohesion",
            ])
        #expect(document["metrics"]?["cohesion"]?.numberValue?.text == "0.7")
        #expect(document["metrics"]?["modularity"]?.numberValue?.text == "0.412")
    }

    @Test func markdownReport() {
        GoldenFile.assertMatches(MarkdownReportRenderer().render(SampleDecomposition.value), "golden/report.md")
    }

    @Test func markdownEscapesPipesInTableCells() {
        let markdown = MarkdownReportRenderer().render(SampleDecomposition.value)
        #expect(markdown.contains("| Catalog\\|Search | Ordering |"))
    }

    @Test func symmetricPatternsPointBothWaysInTheContextMap() {
        let decomposition = Decomposition(
            system: "S",
            contexts: [BoundedContext(name: "A", entities: ["X"]), BoundedContext(name: "B", entities: ["Y"])],
            relationships: [ContextRelationship(upstream: "A", downstream: "B", pattern: .partnership)])
        #expect(MarkdownReportRenderer().render(decomposition).contains("  c1 <-->|Partnership| c2\n"))
    }

    @Test func explanations() {
        let renderer = ExplanationRenderer()
        GoldenFile.assertMatches(renderer.renderText(SampleDecomposition.explanations), "golden/explain.txt")
        GoldenFile.assertMatches(renderer.renderJSON(SampleDecomposition.explanations), "golden/explain.json")
        GoldenFile.assertMatches(renderer.renderMarkdown(SampleDecomposition.explanations), "golden/explain.md")
    }

    @Test(arguments: [
        (0.5, 2, "0.50"), (2.0 / 3.0, 2, "0.67"), (-0.001, 2, "0.00"), (12.3456, 3, "12.346"), (-1.5, 1, "-1.5"),
    ])
    func fixedDecimals(_ value: Double, _ places: Int, _ expected: String) {
        #expect(ReportNumber.fixed(value, places: places) == expected)
    }
}

@Suite struct ComparisonRendererTests {
    static let result = ComparisonResult(
        mojoFM: 87.5, adjustedRandIndex: 0.71234,
        moves: [
            .move(entity: "Stock", from: "Ordering", to: "Inventory"),
            .join(context: "Search", into: "Catalog", expected: "Catalog"),
        ], comparedEntityCount: 8, missingEntities: ["Wishlist"], extraEntities: ["AuditLog"])

    @Test func text() {
        GoldenFile.assertMatches(
            ComparisonRenderer().renderText(Self.result, system: "Shop", expectedPath: "shop.expected"),
            "golden/compare.txt")
    }

    @Test func json() {
        GoldenFile.assertMatches(
            ComparisonRenderer().renderJSON(Self.result, system: "Shop", expectedPath: "shop.expected"),
            "golden/compare.json")
    }

    @Test func aPerfectMatchSaysSo() {
        let perfect = ComparisonResult(mojoFM: 100, adjustedRandIndex: 1, moves: [], comparedEntityCount: 3)
        #expect(
            ComparisonRenderer().renderText(perfect, system: "S", expectedPath: "e").hasSuffix(
                "The suggestion matches the expected decomposition.\n"))
    }
}
