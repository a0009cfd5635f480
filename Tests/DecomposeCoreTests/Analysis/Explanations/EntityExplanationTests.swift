import Testing

@testable import DecomposeCore

@Suite struct EntityExplanationTests {
    typealias M = AnalysisModels

    @Test func listsThePullTowardEveryContextStrongestFirst() throws {
        let explanation = try #require(ContextAnalyzer().analyze(M.shop).explanation(of: "Invoice"))
        #expect(explanation.context == "Order")
        #expect(explanation.pulls.map(\.context) == ["Order", "Product"])
        #expect(explanation.pulls[0].weight > explanation.pulls[1].weight)
        #expect(explanation.pulls[0].couplings.first == "CancelOrder writes Order and Invoice together (use-case, 5)")
        #expect(explanation.pulls[0].couplings.contains("Invoice.orderId refers to Order by id (reference, 0.5)"))
        #expect(
            explanation.pulls[1].couplings == [
                "PlaceOrder writes Invoice and reads Product (latency-critical) (use-case, 1.13)"
            ])
    }

    @Test func theWeightOfAPullIsTheSumOfItsCouplings() throws {
        let explanation = try #require(ContextAnalyzer().analyze(M.shop).explanation(of: "Review"))
        let product = try #require(explanation.pulls.first { $0.context == "Product" })
        #expect(product.weight > 0)
        #expect(product.couplings.contains("Review.product references Product (reference, 1)"))
    }

    @Test func namesTheConstraintThatKeepsAnEntityFromAContextThatPullsIt() throws {
        var model = M.shop
        model.keepApart = [EntityGroup(members: M.names("Invoice", "Order"))]
        let explanation = try #require(ContextAnalyzer().analyze(model).explanation(of: "Invoice"))
        let order = try #require(explanation.pulls.first { $0.context == "Order" })
        #expect(explanation.context != "Order")
        #expect(order.weight > 0)
        #expect(order.separation == "keep-apart Invoice, Order")
        #expect(explanation.pulls.filter { $0.context != "Order" }.allSatisfy { $0.separation == nil })
    }

    /// What holds an entity on its own is its self-coupling: WriteReview writes only the review (and reads the
    /// product), half a command of its own at priority 5; Rate writes the product too and gives none.
    @Test func statesTheWorkThatHoldsTheEntityOnItsOwn() throws {
        let explanation = try #require(ContextAnalyzer().analyze(M.shop).explanation(of: "Review"))
        #expect(explanation.ownWork == 2.5)
        #expect(explanation.ownWorkCouplings == ["WriteReview writes Review (use-case, 2.5)"])
        let text = ExplanationRenderer().renderText([explanation])
        #expect(text.contains("  own work: 2.50 (the use cases that touch or write only it"))
        #expect(ExplanationRenderer().renderJSON([explanation]).contains("\"ownWork\""))
    }

    @Test func unknownEntitiesHaveNoExplanation() {
        #expect(ContextAnalyzer().analyze(M.shop).explanation(of: "Nothing") == nil)
    }
}
