import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

/// The HTML report: the whole page for the e-commerce fixture (golden file), and the promises every page keeps.
@Suite struct HTMLReportRendererTests {
    /// A small context map standing in for the diagram renderer's, so this golden file changes only with the page.
    static let map = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a hand-made map -->
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60" width="200" height="60">
          <rect x="5" y="5" width="190" height="50" fill="#eef3fa" stroke="#1b1f24"/>
          <text x="100" y="35" text-anchor="middle">Ordering &amp; friends</text>
        </svg>

        """

    /// Every part of the report, with names that need escaping and names that only Unicode spells.
    static let hostile = Decomposition(
        system: "Shop <&\"'>",
        contexts: [
            BoundedContext(
                name: "<script>alert(\"x\") & 'y'</script>", entities: ["Order<T>"], aggregates: ["Order<T>"],
                useCases: ["Place&Pay"], owners: ["Team \"A\""], rationale: ["a < b && c > d"], isPinned: true,
                cohesion: 0.75),
            BoundedContext(name: "Bestellüng 注文 🚚", entities: ["Lieferschein"], cohesion: 2),
            BoundedContext(name: "Map", entities: ["Atlas"], cohesion: -1),
        ],
        relationships: [
            ContextRelationship(
                upstream: "Bestellüng 注文 🚚", downstream: "<script>alert(\"x\") & 'y'</script>",
                pattern: .anticorruptionLayer, reasons: ["'quoted' reason"], crossings: ["Order<T>.x -> Lieferschein"],
                weight: 1.5)
        ],
        sagas: [
            SagaCandidate(
                useCase: "Place&Pay",
                steps: [
                    SagaStep(
                        context: "<script>alert(\"x\") & 'y'</script>", writes: ["Order<T>"], compensation: "undo <it>"),
                    SagaStep(context: "Bestellüng 注文 🚚", writes: ["Lieferschein"], compensation: "storno & \"void\""),
                ],
                reason: "writes in two contexts")
        ],
        findings: [
            Finding(
                kind: .borderlineEntity, subject: "Lieferschein", message: "pulled <both> ways",
                suggestion: "ask 'them'")
        ],
        metrics: DecompositionMetrics(modularity: 0.5, contextCount: 3, entityCount: 3))

    private static func ecommerce() throws -> (model: DomainModel, decomposition: Decomposition) {
        let path = PackagePaths.fixture("ecommerce.domain").path
        let parsed = DomainParser().parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
        let model = ModelBuilder().build(parsed.model).model
        return (model, ContextAnalyzer().analyze(model).decomposition)
    }

    private func page(_ decomposition: Decomposition = hostile, model: DomainModel = DomainModel()) -> String {
        HTMLReportRenderer().render(decomposition, model: model, contextMap: Self.map)
    }

    @Test func ecommerceReport() throws {
        let (model, decomposition) = try Self.ecommerce()
        let page = HTMLReportRenderer().render(decomposition, model: model, contextMap: Self.map)
        GoldenFile.assertMatches(page, "golden/report-ecommerce.html")
    }

    @Test func ecommercePageHasEveryPartAndNothingToLoad() throws {
        let (model, decomposition) = try Self.ecommerce()
        let page = HTMLReportRenderer().render(decomposition, model: model, contextMap: Self.map)
        #expect(HTMLPageChecks.networkResources(in: page).isEmpty)
        #expect(HTMLPageChecks.nestingProblem(in: page) == nil)
        for context in decomposition.contexts {
            #expect(page.contains("<h3>\(context.name)"))
        }
        for saga in decomposition.sagas {
            #expect(page.contains("<h3>\(saga.useCase)</h3>"))
        }
        #expect(page.contains("<p class=\"subtitle\">\(try #require(model.system.summary))</p>"))
        #expect(decomposition.findings.allSatisfy { page.contains($0.suggestion) })
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func headingsDescendOneLevelAtATime() throws {
        let (model, decomposition) = try Self.ecommerce()
        let page = HTMLReportRenderer().render(decomposition, model: model, contextMap: Self.map)
        let levels = page.matches(of: /<h([1-6])[\s>]/).compactMap { Int($0.output.1) }
        #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
        let label = "Context map of Shop: \(decomposition.contexts.count) contexts ("
        #expect(page.contains("<svg role=\"img\" aria-label=\"\(label)"))
        #expect(page.contains("<title>\(label)"))
    }

    @Test func sameInputGivesTheSameBytes() {
        #expect(page() == page())
    }

    @Test func namesAreEscapedEverywhere() {
        let page = page()
        #expect(!page.contains("<script"))
        #expect(!page.contains("Order<T>"))
        #expect(!page.contains("<it>") && !page.contains("<both>"))
        #expect(page.contains("<title>Shop &lt;&amp;&quot;&#39;&gt;: suggested bounded contexts</title>"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"))
        #expect(page.contains("storno &amp; &quot;void&quot;"))
        #expect(page.contains("Team &quot;A&quot;"))
        #expect(page.contains("a &lt; b &amp;&amp; c &gt; d"))
        #expect(page.contains(">Bestellüng 注文 🚚</a>"))
        #expect(HTMLPageChecks.nestingProblem(in: page) == nil)
    }

    @Test func hostilePageLoadsNothing() {
        #expect(HTMLPageChecks.networkResources(in: page()).isEmpty)
    }

    @Test func theNetworkCheckFindsWhatWouldLoad() {
        let loading = [
            "<img src=\"a.png\">", "<script src=\"x.js\"></script>", "<link rel=\"stylesheet\" href=\"s.css\">",
            "<a href=\"https://example.com\">x</a>", "<style>body { background: url(bg.png) }</style>",
            "<style>@import 'x.css';</style>", "<image xlink:href=\"http://example.com/i.png\"/>",
        ]
        for html in loading {
            #expect(!HTMLPageChecks.networkResources(in: html).isEmpty, "\(html)")
        }
        #expect(HTMLPageChecks.networkResources(in: "<a href=\"#x\">x</a><use href=\"#m\"/>").isEmpty)
    }

    @Test func anchorsAreUniqueAndEveryLinkHasATarget() {
        let page = page()
        let ids = HTMLPageChecks.ids(in: page)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("context-map") && ids.contains("context-map-2"))
        let targets = page.matches(of: /href="#([^"]*)"/).map { String($0.output.1) }
        #expect(!targets.isEmpty)
        #expect(targets.allSatisfy(ids.contains))
    }

    @Test func everySectionIsInTheTableOfContents() throws {
        let page = page()
        let nav = try #require(page.firstRange(of: "<nav"))
        let contents = page[nav.lowerBound...]
        for anchor in ["context-map", "contexts", "relationships", "sagas", "findings", "saga-place-pay"] {
            #expect(contents.contains("<a href=\"#\(anchor)\">"), "\(anchor)")
        }
    }

    @Test func headerShowsTheSummaryMetrics() {
        let page = page()
        for label in [
            "Contexts", "Entities", "Modularity", "Cohesion", "Cross-context weight", "Distributed use cases",
        ] {
            #expect(page.contains("<div><dt>\(label)</dt><dd>"), "\(label)")
        }
        #expect(page.contains("<dt>Modularity</dt><dd>0.50</dd>"))
    }

    @Test func cohesionBarsStayWithinTheirTrack() {
        let widths = page().matches(of: /style="width: (-?\d+)%"/).map { Int($0.output.1) ?? -1 }
        #expect(widths == [75, 100, 0])
    }

    @Test func emptySectionsSaySo() {
        let page = page(Decomposition(system: "S", contexts: [BoundedContext(name: "Only", entities: ["E"])]))
        #expect(page.contains("No context depends on another."))
        #expect(page.contains("No use case writes in more than one context."))
        #expect(page.contains("Nothing to look at again."))
    }

    @Test func entitiesAndUseCasesCarryTheirDetailsFromTheModel() {
        let model = DomainModel(
            entities: [Entity(name: "Order<T>", doc: "The order & its lines.\nMore detail here.")],
            useCases: [UseCase(name: "Place&Pay", kind: .command, actor: "Customer", isLatencyCritical: true)])
        let page = page(model: model)
        #expect(
            page.contains(
                "<span class=\"term\">Order&lt;T&gt;</span> <span class=\"doc\">— The order &amp; its lines.</span>"))
        #expect(page.contains("<span class=\"doc\">(command, by Customer, latency-critical)</span>"))
    }

    @Test func findingsAreNumberedAsOnTheMap() {
        #expect(
            page().contains("<li class=\"finding\" id=\"finding-1\">\n<p><strong>1.</strong> <span class=\"pill\">"))
    }

    @Test func aCycleLinksEveryContextInIt() {
        var decomposition = Self.hostile
        decomposition.findings = [
            Finding(kind: .cycle, subject: "Map, Bestellüng 注文 🚚", message: "m", suggestion: "s")
        ]
        #expect(
            page(decomposition).contains(
                "<strong><a href=\"#context-map-2\">Map</a>, <a href=\"#context-bestell-ng\">Bestellüng 注文 🚚</a></strong>"
            ))
    }

    @Test func findingsNameTheContextOfTheirEntity() {
        #expect(
            page().contains("<strong>Lieferschein</strong> (in <a href=\"#context-bestell-ng\">Bestellüng 注文 🚚</a>)"))
    }

    @Test func aMissingMapIsSaidNotDrawn() {
        let page = HTMLReportRenderer().render(Self.hostile, model: DomainModel(), contextMap: "")
        #expect(page.contains("No context map was drawn."))
        #expect(!page.contains("<figure>"))
    }
}
