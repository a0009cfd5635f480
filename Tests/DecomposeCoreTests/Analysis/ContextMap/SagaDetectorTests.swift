import Testing

@testable import DecomposeCore

@Suite struct SagaDetectorTests {
    typealias M = AnalysisModels

    @Test func aUseCaseWritingTwoContextsBecomesASagaInWriteOrder() throws {
        var model = M.shop
        model.useCases[0].writes += M.accesses(["Product.stock"])
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let saga = try #require(decomposition.sagas.first)
        #expect(decomposition.sagas.count == 1)
        #expect(saga.useCase == "PlaceOrder")
        #expect(saga.steps.map(\.context) == ["Order", "Product"])
        #expect(saga.steps[0].writes == ["Order", "OrderLine", "Invoice"])
        #expect(saga.steps[0].compensation == "cancel the Order, OrderLine and Invoice written by PlaceOrder")
        #expect(saga.steps[1].writes == ["Product.stock"])
        #expect(saga.steps[1].compensation == "restore Product.stock changed by PlaceOrder")
        #expect(
            saga.reason == "PlaceOrder writes in Order and Product: one transaction becomes a saga of 2 local steps")
        #expect(decomposition.metrics.distributedUseCases == 1)
    }

    @Test func theFirstWrittenContextLeads() throws {
        var model = M.shop
        model.useCases.append(M.useCase("Restock", writes: ["Category", "Invoice", "Product.stock"]))
        let saga = try #require(ContextAnalyzer().analyze(model).decomposition.sagas.first { $0.useCase == "Restock" })
        #expect(saga.steps.map(\.context) == ["Product", "Order"])
        #expect(saga.steps[0].writes == ["Category", "Product.stock"])
        #expect(
            saga.steps[0].compensation
                == "cancel the Category written by Restock; restore Product.stock changed by Restock")
    }

    @Test func aUseCaseWritingOneContextIsNoSaga() {
        #expect(ContextAnalyzer().analyze(M.shop).decomposition.sagas.isEmpty)
    }
}
