import Testing

@testable import DecomposeCore

/// The current decomposition in every report format: after everything else, only when the model declares one.
@Suite struct CurrentDecompositionRenderingTests {
    /// Two suggested contexts beside one current context `Shop & Co` of three entities, one entity in neither.
    private static let decomposition: Decomposition = {
        var decomposition = Decomposition(
            system: "Shop",
            contexts: [
                BoundedContext(name: "Ordering", entities: ["Line", "Order"]),
                BoundedContext(name: "Catalog", entities: ["Note", "Product"]),
            ])
        let current = ExpectedDecomposition.Context(name: "Shop & Co", entities: ["Line", "Order", "Product"])
        decomposition.currentDecomposition = CurrentDecomposition(
            contexts: [current],
            comparison: DecompositionComparer().compare(
                suggested: ["Ordering": ["Line", "Order"], "Catalog": ["Note", "Product"]],
                expected: ExpectedDecomposition(contexts: [current])),
            suggestedContextCount: 2)
        return decomposition
    }()

    @Test func textEndsWithTheCurrentDecomposition() {
        let text = TextReportRenderer().render(Self.decomposition)
        #expect(
            text.hasPrefix(
                "Shop: 2 suggested bounded contexts for 4 entities; the model declares 1 current context "
                    + "(compared at the end)\n"))
        #expect(
            text.hasSuffix(
                """

                Current decomposition (declared in the model)
                  Shop & Co:             Line, Order, Product
                  MoJoFM               50.00
                  adjusted Rand index  0.000
                  entities compared    3
                  in no current context: Note
                  \(Self.decomposition.currentDecomposition?.meaning ?? "")
                  Steps from the suggestion back to the current decomposition (1; in reverse, the migration):
                    join suggested Ordering into suggested Catalog (current Shop & Co)

                """))
    }

    @Test func markdownEndsWithTheCurrentDecomposition() {
        let markdown = MarkdownReportRenderer().render(Self.decomposition)
        #expect(
            markdown.hasSuffix(
                """
                ## Current decomposition

                The contexts the model declares today, beside the suggestion.

                | Current context | Entities |
                | --- | --- |
                | Shop & Co | Line, Order, Product |

                | Score | Value |
                | --- | --- |
                | MoJoFM | 50.00 |
                | Adjusted Rand index | 0.000 |
                | Entities compared | 3 |

                In no current context: Note.

                \(Self.decomposition.currentDecomposition?.meaning ?? "")

                Steps from the suggestion back to the current decomposition (in reverse, the migration):

                1. join suggested Ordering into suggested Catalog (current Shop & Co)

                """))
    }

    @Test func jsonWritesItLastAndHTMLInItsOwnSection() throws {
        let document = JSONReportRenderer().document(Self.decomposition)
        guard case .object(let members) = document else {
            Issue.record("not an object")
            return
        }
        #expect(members.last?.key == "currentDecomposition")
        let current = try #require(document["currentDecomposition"])
        guard case .object(let keys) = current else {
            Issue.record("not an object")
            return
        }
        #expect(
            keys.map(\.key) == [
                "contexts", "mojoFM", "adjustedRandIndex", "comparedEntityCount", "suggestedContextCount",
                "extraEntities", "moves",
            ])
        #expect(
            current["moves"]
                == .array([
                    .object([
                        ("kind", .string("join")), ("context", .string("Ordering")), ("into", .string("Catalog")),
                        ("current", .string("Shop & Co")),
                    ])
                ]))

        let page = HTMLReportRenderer().render(Self.decomposition, model: DomainModel(), contextMap: "")
        #expect(page.contains("<section id=\"current-decomposition\">"))
        #expect(page.contains("<tr><td>Shop &amp; Co</td><td>Line, Order, Product</td></tr>"))
        #expect(page.contains("(current Shop &amp; Co)"))
    }

    @Test func nothingIsWrittenWhenTheModelDeclaresNoContext() {
        var plain = Self.decomposition
        plain.currentDecomposition = nil
        #expect(!TextReportRenderer().render(plain).contains("current"))
        #expect(!MarkdownReportRenderer().render(plain).contains("Current decomposition"))
        #expect(!JSONReportRenderer().render(plain).contains("currentDecomposition"))
        #expect(
            !HTMLReportRenderer().render(plain, model: DomainModel(), contextMap: "").contains("current-decomposition"))
    }
}
