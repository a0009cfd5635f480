import Testing

@testable import DecomposeCore

@Suite struct ContextAnalyzerTests {
    typealias M = AnalysisModels

    @Test func separatesTwoClearClusters() {
        let result = ContextAnalyzer().analyze(M.shop)
        #expect(
            M.partition(result.decomposition) == [
                ["Invoice", "Order", "OrderLine"], ["Category", "Product", "Review"],
            ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aConstraintSentenceAgreesWithHowManyItHolds() throws {
        let text = """
            system S
            entity Card { id: UUID, number: String }
            entity Token { id: UUID, card -> Card }
            entity Vault { id: UUID }
            entity Key { id: UUID, vault -> Vault }
            zone One { Card }
            zone Two { Vault, Key }
            """
        let parsed = DomainParser().parse(text, path: "z.domain")
        let model = ModelBuilder().build(parsed.model).model
        let rationale = ContextAnalyzer().analyze(model).decomposition.contexts.flatMap(\.rationale)
        #expect(rationale.contains("Card forms the security zone One"))
        #expect(rationale.contains("Vault and Key form the security zone Two"))
    }

    @Test func findsThreeClustersWhenShippingJoins() {
        let result = ContextAnalyzer().analyze(M.shopWithShipping)
        #expect(
            M.partition(result.decomposition) == [
                ["Invoice", "Order", "OrderLine"], ["Category", "Product", "Review"], ["Carrier", "Shipment"],
            ])
    }

    @Test func useCasesWritingAcrossPullAnEntityOver() {
        var model = M.shop
        model.useCases += [["Product"], ["Product"], ["Review"], ["Review"], ["Category"], ["Category"]].enumerated()
            .map { offset, others in
                M.useCase("Audit\(offset)", writes: ["Invoice"] + others)
            }
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Invoice")?.name == decomposition.context(of: "Product")?.name)
        #expect(decomposition.context(of: "Invoice")?.name != decomposition.context(of: "Order")?.name)
    }

    @Test func anEntityWithoutIdentityJoinsTheEntityItDependsOn() throws {
        let text = """
            entity Delivery { id: UUID, address: String }
            entity NotifyMeRequest { deliveryId: UUID, email: Email }
            entity Visit { deliveryId: UUID, courierId: UUID }
            entity Courier { id: UUID, name: String }
            command Deliver { writes Delivery }
            command Notify { writes NotifyMeRequest }
            command Hire { writes Courier }
            """
        let model = ModelBuilder().build(DomainParser().parse(text, path: "t.domain").model).model
        let result = ContextAnalyzer().analyze(model)
        let decomposition = result.decomposition
        #expect(decomposition.context(of: "NotifyMeRequest")?.name == decomposition.context(of: "Delivery")?.name)
        let pulls = try #require(result.explanation(of: "NotifyMeRequest")).pulls.flatMap(\.couplings)
        #expect(pulls.contains { $0.contains("NotifyMeRequest has no identity of its own and depends on Delivery") })
        let index = EntityIndex(model)
        #expect(DependentRecord.all(in: index).map { index.names[$0.record] } == ["NotifyMeRequest"])
        var separated = model
        separated.keepApart = [EntityGroup(members: [NameReference("Delivery"), NameReference("NotifyMeRequest")])]
        let apart = ContextAnalyzer().analyze(separated).decomposition
        #expect(apart.context(of: "NotifyMeRequest")?.name != apart.context(of: "Delivery")?.name)
        #expect(!apart.findings.contains { $0.kind == .constraintConflict })
    }

    @Test func resolutionGrowsWithTheModelAndKeepsGrowingOnLargeOnes() {
        #expect(ContextAnalyzer.resolution(unitCount: 2) == 1)
        #expect(ContextAnalyzer.resolution(unitCount: 12) == 2)
        #expect(ContextAnalyzer.resolution(unitCount: 27) == 3)
        #expect(ContextAnalyzer.resolution(unitCount: 90) == 3)
        #expect(ContextAnalyzer.resolution(unitCount: 1_000) == 10)
        #expect(ContextAnalyzer.resolution(unitCount: 400) == 40.0.squareRoot())
        // From 1,000 units on it grows linearly, so γ / 2m stays the same as the model grows.
        #expect(ContextAnalyzer.resolution(unitCount: 8_000) == 80)
        #expect(ContextAnalyzer.resolution(unitCount: 100_000) == 1_000)
    }

    @Test func neverSplitsAnAggregate() {
        var model = M.shop
        model.useCases += (1...5).map { M.useCase("Touch\($0)", writes: ["OrderLine", "Product"]) }
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "OrderLine")?.name == decomposition.context(of: "Order")?.name)
    }

    @Test func keepsAnInheritanceHierarchyTogether() {
        var model = M.shop
        model.entities.append(M.entity("DigitalProduct", owner: "Checkout", parent: "Product"))
        model.useCases.append(M.useCase("Download", writes: ["DigitalProduct", "Order", "Invoice"]))
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "DigitalProduct")?.name == decomposition.context(of: "Product")?.name)
    }

    @Test func keepsSecurityZonesApart() {
        var model = M.shop
        model.zones = [
            SecurityZone(name: "Billing", members: M.names("Invoice")),
            SecurityZone(name: "Sales", members: M.names("Order")),
        ]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Invoice")?.name != decomposition.context(of: "Order")?.name)
        #expect(decomposition.findings.contains { $0.kind == .constraintConflict && $0.subject == "PlaceOrder" })
    }

    @Test func keepsAnUnzonedEntityOfAnotherSecurityLevelOutOfAZone() {
        var model = M.shop
        model.entities[0].characteristics.security = .high
        model.entities[1].characteristics.security = .high
        model.entities[2].characteristics.security = .medium
        model.zones = [SecurityZone(name: "Sales", members: M.names("Order"))]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Invoice")?.name != decomposition.context(of: "Order")?.name)
    }

    @Test func honoursPins() {
        var model = M.shop
        model.pins = [Pin(members: M.names("Review"), context: "Feedback")]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let feedback = decomposition.contexts.first { $0.name == "Feedback" }
        #expect(feedback?.entities.contains("Review") == true)
        #expect(feedback?.isPinned == true)
        #expect(decomposition.contexts.filter(\.isPinned).count == 1)
    }

    @Test func separatesDifferentPins() {
        var model = M.shop
        model.pins = [
            Pin(members: M.names("Review"), context: "Feedback"), Pin(members: M.names("Product"), context: "Catalog"),
        ]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Review")?.name == "Feedback")
        #expect(decomposition.context(of: "Product")?.name == "Catalog")
    }

    @Test func joinsEntitiesOfOnePin() {
        var model = M.shop
        model.pins = [Pin(members: M.names("Invoice", "Category"), context: "Backoffice")]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Invoice")?.name == "Backoffice")
        #expect(decomposition.context(of: "Category")?.name == "Backoffice")
    }

    @Test func honoursKeepApart() {
        var model = M.shop
        model.keepApart = [EntityGroup(members: M.names("Order", "Invoice"))]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Invoice")?.name != decomposition.context(of: "Order")?.name)
    }

    @Test func honoursKeepTogether() {
        var model = M.shop
        model.keepTogether = [EntityGroup(members: M.names("Invoice", "Review"))]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Invoice")?.name == decomposition.context(of: "Review")?.name)
        #expect(
            decomposition.context(of: "Review")?.rationale.first
                == "Invoice and Review are kept together by a keep-together hint")
    }

    @Test(arguments: [1, 2, 3, 4])
    func producesExactlyTheRequestedNumberOfContexts(count: Int) {
        let result = ContextAnalyzer(options: AnalysisOptions(contextCount: count)).analyze(M.shopWithShipping)
        #expect(result.decomposition.contexts.count == count)
        #expect(!result.decomposition.findings.contains { $0.kind == .constraintConflict })
    }

    @Test func rejectsAContextCountBelowOne() {
        let result = ContextAnalyzer(options: AnalysisOptions(contextCount: 0)).analyze(M.shop)
        #expect(result.diagnostics.map(\.id) == ["analysis.invalidContextCount"])
    }

    @Test func isDeterministic() {
        let model = M.shopWithShipping
        let first = ContextAnalyzer().analyze(model)
        let second = ContextAnalyzer().analyze(model)
        #expect(first.decomposition == second.decomposition)
        #expect(first.explanation(of: "Invoice") == second.explanation(of: "Invoice"))
    }

    @Test func namesContextsAfterTheirDominantAggregateRoot() {
        let decomposition = ContextAnalyzer().analyze(M.shopWithShipping).decomposition
        #expect(decomposition.context(of: "Invoice")?.name == "Order")
        #expect(decomposition.context(of: "Category")?.name == "Product")
        #expect(decomposition.context(of: "Carrier")?.name == "Shipment")
    }

    @Test func keepsNamesUniqueWhenAPinTakesARootName() {
        var model = M.shop
        model.pins = [Pin(members: M.names("Invoice"), context: "Product")]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.context(of: "Order")?.name == "Product")
        #expect(decomposition.context(of: "Category")?.name == "Review")
        #expect(Set(decomposition.contexts.map(\.name)).count == decomposition.contexts.count)
    }

    @Test func describesEachContext() {
        let decomposition = ContextAnalyzer().analyze(M.shop).decomposition
        let order = decomposition.contexts.first { $0.name == "Order" }
        #expect(order?.aggregates == ["Order"])
        #expect(order?.useCases == ["CancelOrder", "PlaceOrder"])
        #expect(order?.owners == ["Checkout"])
        #expect(
            order?.rationale.contains("PlaceOrder writes Order, OrderLine and Invoice together (latency-critical)")
                == true)
        #expect(order?.rationale.contains("OrderLine lives inside the Order aggregate") == true)
        #expect((order?.rationale.count ?? 0) <= RationaleWriter.limit + 1)
        #expect(order?.rationale.last?.hasPrefix("stands apart from ") == true, "\(order?.rationale ?? [])")
        #expect((order?.cohesion ?? 0) > 0.5)
    }

    @Test func measuresTheDecomposition() {
        let metrics = ContextAnalyzer().analyze(M.shop).decomposition.metrics
        #expect(metrics.contextCount == 2)
        #expect(metrics.entityCount == 6)
        #expect(metrics.modularity > 0.2)
        #expect(metrics.cohesion > 0.7 && metrics.cohesion < 1)
        #expect(metrics.crossContextWeight > 0)
        #expect(metrics.distributedUseCases == 0)
    }

    @Test func theTeamsPresetPullsTowardTheOwningTeam() {
        var model = M.shop
        model.entities[2].owner = "Growth"
        let balanced = ContextAnalyzer().analyze(model).explanation(of: "Invoice")
        let teams = ContextAnalyzer(options: AnalysisOptions(preset: .teams)).analyze(model).explanation(of: "Invoice")
        #expect(balanced?.pulls.first?.context == "Order")
        #expect(teams?.pulls.first?.context == "Product")
    }

    @Test func analysesAnEmptyModel() {
        let decomposition = ContextAnalyzer().analyze(DomainModel()).decomposition
        #expect(decomposition.contexts.isEmpty)
        #expect(decomposition.findings.isEmpty)
    }
}
