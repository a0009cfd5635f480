import Testing

@testable import DecomposeCore

/// The current decomposition the model declares, scored against the suggestion as `decompose compare` scores an
/// expected one.
@Suite struct CurrentDecompositionComparerTests {
    /// A resolved model of `entities`, with the aggregate `Orders` of Order and Line, and `current` declared.
    private func model(_ entities: [String], current: [(String, [String])]) -> DomainModel {
        var model = DomainModel(
            entities: entities.map { Entity(name: $0) },
            aggregates: [Aggregate(name: "Orders", root: "Order", members: ["Order", "Line"])])
        model.currentDecomposition = current.map { name, members in
            DeclaredContext(name: name, members: members.map { NameReference($0) })
        }
        return model
    }

    private func suggestion(_ contexts: [(String, [String])]) -> Decomposition {
        Decomposition(system: "S", contexts: contexts.map { BoundedContext(name: $0.0, entities: $0.1) })
    }

    @Test func nothingToCompareWhenTheModelDeclaresNoContext() {
        let empty = model(["A"], current: [])
        #expect(CurrentDecompositionComparer().compare(empty, with: suggestion([("A", ["A"])])) == nil)
        let emptyContext = model(["A"], current: [("Nothing", [])])
        #expect(CurrentDecompositionComparer().compare(emptyContext, with: suggestion([("A", ["A"])])) == nil)
    }

    /// One current context of n entities and k suggested contexts: every suggested context but one joins the
    /// rest and nothing moves, so mno = k − 1 of at most n − 1, MoJoFM = 100 × (1 − (k − 1) / (n − 1)), and the
    /// adjusted Rand index is 0.
    @Test func againstOneCurrentContextMoJoFMCountsTheContextsSplitOff() throws {
        let entities = ["Order", "Line", "Customer", "Product", "Invoice"]
        let monolith = model(entities, current: [("Shop", ["Orders", "Customer", "Product", "Invoice"])])
        let split = suggestion([
            ("Ordering", ["Line", "Order"]), ("Customers", ["Customer"]), ("Catalog", ["Product"]),
            ("Billing", ["Invoice"]),
        ])
        let current = try #require(CurrentDecompositionComparer().compare(monolith, with: split))
        #expect(current.contexts.map(\.name) == ["Shop"])
        #expect(current.contexts.first?.entities == ["Customer", "Invoice", "Line", "Order", "Product"])
        #expect(current.suggestedContextCount == 4)
        #expect(abs(current.comparison.mojoFM - 100 * (1 - 3.0 / 4.0)) < 1e-9)
        #expect(current.comparison.adjustedRandIndex == 0)
        #expect(
            current.comparison.moves == [
                .join(context: "Catalog", into: "Billing", expected: "Shop"),
                .join(context: "Customers", into: "Billing", expected: "Shop"),
                .join(context: "Ordering", into: "Billing", expected: "Shop"),
            ])
        #expect(current.meaning.contains("here k = 4, n = 5"))
        let whole = try #require(
            CurrentDecompositionComparer().compare(monolith, with: suggestion([("All", entities.sorted())])))
        #expect(whole.comparison.mojoFM == 100 && whole.comparison.moves.isEmpty)
    }

    @Test func severalCurrentContextsAreComparedLikeAnExpectedDecomposition() throws {
        let entities = ["Order", "Line", "Customer", "Product"]
        let services = model(
            entities, current: [("Sales", ["Orders", "Customer"]), ("Catalog", ["Product", "Customer"])])
        let split = suggestion([("Ordering", ["Line", "Order"]), ("Rest", ["Customer", "Product"])])
        let current = try #require(CurrentDecompositionComparer().compare(services, with: split))
        // Customer stays in the first context that names it.
        #expect(current.contexts.map(\.entities) == [["Customer", "Line", "Order"], ["Product"]])
        let direct = DecompositionComparer().compare(
            suggested: ["Ordering": ["Line", "Order"], "Rest": ["Customer", "Product"]],
            expected: ExpectedDecomposition(contexts: current.contexts))
        #expect(current.comparison == direct)
        #expect(current.comparison.moves == [.move(entity: "Customer", from: "Rest", to: "Sales")])
        #expect(current.meaning.hasPrefix("MoJoFM (0–100) is how much of the current decomposition"))
    }

    @Test func entitiesInNoCurrentContextAreListedAsExtra() throws {
        let partial = model(["Order", "Line", "Note"], current: [("Sales", ["Orders"])])
        let split = suggestion([("Ordering", ["Line", "Note", "Order"])])
        let current = try #require(CurrentDecompositionComparer().compare(partial, with: split))
        #expect(current.comparison.extraEntities == ["Note"])
        #expect(current.comparison.comparedEntityCount == 2)
    }

    /// Through the analysis: the contexts a model declares are reported, never kept, unless they are pinned.
    @Test func theAnalysisReportsTheCurrentDecompositionUnlessItIsKept() throws {
        let text = """
            aggregate Order { root Order { lines: [Line] } entity Line { quantity: Int } }
            entity Customer { name: String }
            usecase Buy { writes Order, Line }
            usecase Join { writes Customer }
            current-context Shop { Order, Customer }
            """
        let fresh = try #require(ModelReader.read(text, path: "m.domain").model)
        let suggested = ContextAnalyzer().analyze(fresh).decomposition
        #expect(suggested.contexts.count == 2 && !suggested.contexts.contains(where: \.isPinned))
        #expect(suggested.currentDecomposition?.contexts.map(\.name) == ["Shop"])
        let kept = try #require(ModelReader.read(text, path: "m.domain", keepingContexts: true).model)
        #expect(kept.currentDecomposition.isEmpty && kept.pins.map(\.context) == ["Shop"])
        let pinned = ContextAnalyzer().analyze(kept).decomposition
        #expect(pinned.contexts.map(\.name) == ["Shop"] && pinned.contexts[0].isPinned)
        #expect(pinned.currentDecomposition == nil)
    }
}
