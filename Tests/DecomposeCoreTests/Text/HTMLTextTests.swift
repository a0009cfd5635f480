import Testing

@testable import DecomposeCore

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("plain", "plain"), ("<a href='x'>&\"</a>", "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"),
        ("Bestellüng 注文 🚚 é", "Bestellüng 注文 🚚 é"), ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        ("nul\u{0}bell\u{7}del\u{7F}c1\u{85}", "nul\u{FFFD}bell\u{FFFD}del\u{FFFD}c1\u{FFFD}"),
        ("&amp;", "&amp;amp;"),
    ])
    func escape(_ text: String, _ expected: String) {
        #expect(HTMLText.escape(text) == expected)
    }

    @Test(arguments: [
        ("Order Management", "context-order-management"), ("Ordering", "context-ordering"),
        ("<script>", "context-script"), ("注文", "context"), ("  Two  words ", "context-two-words"),
        ("Café2Go", "context-caf-2go"),
    ])
    func anchor(_ name: String, _ expected: String) {
        #expect(HTMLText.anchor("context", name) == expected)
    }

    @Test func anchorsAreUniqueAcrossContextsSagasAndSections() {
        let decomposition = Decomposition(
            system: "S",
            contexts: [
                BoundedContext(name: "A b", entities: ["X"]), BoundedContext(name: "a-B", entities: ["Y"]),
                BoundedContext(name: "Map", entities: ["Z"]),
            ],
            sagas: [
                SagaCandidate(useCase: "Go", steps: [], reason: "r"),
                SagaCandidate(useCase: "go", steps: [], reason: "r"),
            ])
        let anchors = HTMLAnchors(decomposition)
        #expect(anchors.context("A b") == "context-a-b")
        #expect(anchors.context("a-B") == "context-a-b-2")
        #expect(anchors.context("Map") == "context-map-2")
        #expect(anchors.saga("Go") == "saga-go")
        #expect(anchors.saga("go") == "saga-go-2")
        #expect(anchors.context("Nope") == nil)
        #expect(anchors.contextLink("Nope & co") == "Nope &amp; co")
        #expect(anchors.contextLink("A b") == "<a href=\"#context-a-b\">A b</a>")
    }

    @Test func anchorsAvoidTheIdentifiersOfTheMap() {
        let decomposition = Decomposition(system: "S", contexts: [BoundedContext(name: "9", entities: ["X"])])
        #expect(HTMLAnchors(decomposition).context("9") == "context-9")
        #expect(HTMLAnchors(decomposition, reserving: ["context-9"]).context("9") == "context-9-2")
    }
}
