import Testing

@testable import DecomposeCore

@Suite struct CouplingGraphBuilderTests {
    typealias M = AnalysisModels

    private func graph(
        _ model: DomainModel, _ priorities: [CouplingCriterion: Double] = AnalysisPreset.balanced.priorities()
    ) -> (CouplingGraph, EntityIndex) {
        let index = EntityIndex(model)
        return (CouplingGraphBuilder(priorities: priorities).build(index, AtomicUnitBuilder().partition(index)), index)
    }

    private func score(
        _ graph: CouplingGraph, _ index: EntityIndex, _ a: String, _ b: String, _ criterion: CouplingCriterion
    ) -> Double {
        let pair = UnitPair(index.position(of: a)!, index.position(of: b)!)
        return graph.couplings.filter { UnitPair($0.first, $0.second) == pair && $0.criterion == criterion }.reduce(0) {
            $0 + $1.score
        }
    }

    private func model(_ names: [String], _ useCases: [UseCase]) -> DomainModel {
        DomainModel(entities: names.map { M.entity($0) }, useCases: useCases)
    }

    @Test func writingTogetherOutweighsWriteAndReadWhichOutweighsReadingTogether() {
        let (graph, index) = graph(
            model(["A", "B", "C", "D"], [M.useCase("U", writes: ["A", "B"], reads: ["C", "D"])]))
        let writeWrite = score(graph, index, "A", "B", .useCase)
        let writeRead = score(graph, index, "A", "C", .useCase)
        let readRead = score(graph, index, "C", "D", .useCase)
        #expect(writeWrite == 1.0 / 3)
        #expect(writeRead == 0.3 / 3)
        #expect(readRead == 0.1 / 3)
    }

    @Test func aUseCaseTouchingManyEntitiesDoesNotDominate() {
        let names = (1...10).map { "E\($0)" }
        let (graph, index) = graph(
            model(names, [M.useCase("Big", writes: names), M.useCase("Small", writes: ["E1", "E2"])]))
        #expect(score(graph, index, "E1", "E3", .useCase) == 1.0 / 9)
        #expect(score(graph, index, "E1", "E2", .useCase) == 1 + 1.0 / 9)
    }

    @Test func fieldAccessCountsForTheEntityAndLatencyCriticalWeighsMore() {
        let (graph, index) = graph(model(["A", "B"], [M.useCase("U", writes: ["A.x", "B.y"], latencyCritical: true)]))
        #expect(score(graph, index, "A", "B", .useCase) == 1.5)
    }

    @Test func anAggregateCountsAsOneThingInAUseCase() {
        let (graph, index) = graph(M.shop)
        // CancelOrder touches two units: 1. PlaceOrder touches three (the Order aggregate, Invoice and
        // Product), is latency-critical, and names two entities of the aggregate: 1.5 / 2 / 2.
        let expected: Double = 1 + 0.375
        #expect(score(graph, index, "Order", "Invoice", .useCase) == expected)
    }

    @Test func aUseCaseOfItsOwnMakesAnEntityCohesive() {
        let (graph, index) = graph(
            model(["A", "B"], [M.useCase("Edit", writes: ["A"]), M.useCase("Show", reads: ["B"])]))
        #expect(score(graph, index, "A", "A", .useCase) == 1)
        #expect(score(graph, index, "B", "B", .useCase) == 0.5)
        #expect(graph.weight(0, 0) == 5)
    }

    @Test func referencesByObjectWeighMoreThanById() {
        let (graph, index) = graph(M.shop)
        #expect(score(graph, index, "OrderLine", "Product", .reference) == 1)
        #expect(score(graph, index, "Invoice", "Order", .reference) == 0.5)
    }

    @Test func sharedOwnerGivesEveryEntityTheSameTotalPull() {
        let (graph, index) = graph(M.shop)
        #expect(score(graph, index, "Product", "Review", .sharedOwner) == 0.5)
        #expect(score(graph, index, "Order", "Product", .sharedOwner) == 0)
    }

    @Test func eventFlowLinksTheWritesOfEmitterAndHandler() {
        var model = model(
            ["A", "B"],
            [
                M.useCase("Emit", writes: ["A"], emits: ["Done"]),
                M.useCase("Handle", writes: ["B"], handles: ["Done"]),
                M.useCase("Edit", writes: ["B"]),
            ])
        model.events = [DomainEvent(name: "Done")]
        let (graph, index) = graph(model)
        #expect(score(graph, index, "A", "B", .eventFlow) == 1)
        #expect(graph.evidence.contains(.eventFlow(emitter: "Emit", event: "Done", handler: "Handle")))
    }

    @Test func aProjectionBelongsWithItsReadersNotWithTheEmitter() {
        var model = model(
            ["A", "Copy", "C"],
            [
                M.useCase("Emit", writes: ["A"], emits: ["Done"]),
                M.useCase("Store", writes: ["Copy"], handles: ["Done"]),
                M.useCase("Show", reads: ["Copy", "C"]),
            ])
        model.events = [DomainEvent(name: "Done")]
        let (graph, index) = graph(model)
        #expect(Projections.entities(in: index) == [index.position(of: "Copy")!])
        #expect(score(graph, index, "A", "Copy", .eventFlow) == 0)
        #expect(score(graph, index, "Copy", "C", .useCase) == UseCaseScorer.writeRead)
    }

    @Test func sharedNameStemsCouple() {
        let (graph, index) = graph(model(["Order", "OrderLine", "CartItem", "OrderItem", "Invoice"], []))
        #expect(score(graph, index, "Order", "OrderLine", .linguistic) == 0.5)
        #expect(score(graph, index, "CartItem", "OrderItem", .linguistic) == 0.3)
        #expect(score(graph, index, "Order", "Invoice", .linguistic) == 0)
    }

    @Test func characteristicsOnlyModulateExistingCouplings() {
        var model = model(["A", "B", "C"], [M.useCase("U", writes: ["A", "B"])])
        for index in 0..<3 {
            model.entities[index].characteristics = Characteristics(consistency: .high, storage: .relational)
        }
        model.entities[1].characteristics = Characteristics(consistency: .low, storage: .document)
        let (graph, index) = graph(model)
        // Opposite consistency and different storage: compatibility −1, a tenth of the use-case weight 5.
        #expect(score(graph, index, "A", "B", .characteristics) == -0.5)
        #expect(score(graph, index, "A", "C", .characteristics) == 0)
        #expect(graph.weight(index.position(of: "A")!, index.position(of: "B")!) == 4.5)
    }

    @Test func aConflictNeverMakesAWeightNegative() {
        var model = model(["A", "B"], [M.useCase("U", writes: ["A"], reads: ["B"])])
        model.entities[0].characteristics = Characteristics(availability: .high)
        model.entities[1].characteristics = Characteristics(availability: .low)
        let (graph, index) = graph(model, AnalysisPreset.balanced.priorities(overriddenBy: [.characteristics: 100]))
        #expect(graph.weight(index.position(of: "A")!, index.position(of: "B")!) == 0)
    }
}
