import Testing

@testable import DecomposeCore

@Suite struct RelationshipAnalyzerTests {
    typealias M = AnalysisModels

    private func relationships(_ model: DomainModel, contexts: Int? = nil) -> [ContextRelationship] {
        ContextAnalyzer(options: AnalysisOptions(contextCount: contexts)).analyze(model).decomposition.relationships
    }

    @Test func theReferencedAndReadContextIsUpstream() throws {
        let relationship = try #require(relationships(M.shop).first)
        #expect(relationship.upstream == "Product")
        #expect(relationship.downstream == "Order")
        #expect(relationship.crossings.contains("OrderLine.product references Product"))
        #expect(relationship.crossings.contains("PlaceOrder reads Product.price"))
        #expect(relationship.weight > 0)
    }

    @Test func aOneWayDependencyBetweenTeamsIsCustomerSupplier() throws {
        let relationship = try #require(relationships(M.shop).first)
        #expect(relationship.pattern == .customerSupplier)
        #expect(
            relationship.reasons.contains(
                "Order is owned by Checkout, Product by Growth: Checkout negotiates what it needs"))
    }

    @Test func handledEventsMakeTheEmitterUpstream() throws {
        let relationship = try #require(relationships(M.shopWithShipping).first { $0.downstream == "Shipment" })
        #expect(relationship.upstream == "Order")
        #expect(relationship.crossings.contains("ShipOrder handles OrderPlaced emitted by PlaceOrder"))
        #expect(relationship.crossings.contains("ShipOrder reads Order"))
    }

    @Test func twoUseCasesWritingBothContextsShareAKernel() throws {
        var model = M.shop
        model.keepApart = [EntityGroup(members: M.names("Order", "Invoice"))]
        let relationship = try #require(relationships(model).first { $0.upstream == "Invoice" })
        #expect(relationship.downstream == "Order")
        #expect(relationship.pattern == .sharedKernel)
        #expect(
            relationship.reasons == [
                "PlaceOrder and CancelOrder write in both Invoice and Order: they share part of their model"
            ])
        #expect(relationship.crossings.contains("PlaceOrder also writes Invoice"))
        #expect(relationship.crossings.contains("Invoice.orderId refers to Order by id"))
    }

    @Test func theUseCaseStartingASagaDependsOnItsLaterSteps() throws {
        var model = M.shop
        model.useCases.append(M.useCase("Feature", writes: ["Product.featured", "Invoice"]))
        model.entities[2].owner = "Growth"
        model.keepApart = [EntityGroup(members: M.names("Order", "Invoice", "Product"))]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let relationship = try #require(
            decomposition.relationships.first { $0.upstream == "Invoice" && $0.downstream == "Product" })
        #expect(relationship.crossings == ["Feature also writes Invoice"])
        #expect(relationship.pattern == .partnership)
        #expect(relationship.reasons == ["Feature writes in both Invoice and Product", "both are owned by Growth"])
    }

    @Test func mutualDependencyIsAPartnership() throws {
        var model = M.shop
        model.entities[3].fields.append(M.ref("bestSeller", "Order"))
        let relationship = try #require(relationships(model).first)
        #expect(relationship.pattern == .partnership)
        #expect(relationship.reasons.contains("Product and Order depend on each other"))
    }

    @Test func anUpstreamServingThreeContextsIsAnOpenHost() {
        var model = M.shopWithShipping
        model.entities.append(M.entity("Wishlist", owner: "Growth", M.ref("products", "Product")))
        model.useCases.append(M.useCase("Wish", writes: ["Wishlist"], reads: ["Product"]))
        model.entities.append(M.entity("Parcel", owner: "Warehouse", M.idRef("productId", "Product")))
        model.useCases.append(M.useCase("Pack", writes: ["Parcel", "Shipment"], reads: ["Product"]))
        model.keepApart = [EntityGroup(members: M.names("Wishlist", "Product"))]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let product = decomposition.context(of: "Product")!.name
        let served = decomposition.relationships.filter { $0.upstream == product }
        #expect(served.count >= 3)
        #expect(served.allSatisfy { $0.pattern == .openHostService })
        #expect(decomposition.findings.contains { $0.kind == .widelyReferenced && $0.subject == "Product" })
    }

    @Test func aVolatileUpstreamOfAnotherTeamNeedsAnAnticorruptionLayer() throws {
        var model = M.shop
        for index in 3...5 { model.entities[index].characteristics.structuralVolatility = .high }
        let relationship = try #require(relationships(model).first)
        #expect(relationship.pattern == .anticorruptionLayer)
        #expect(
            relationship.reasons.first
                == "Product's model changes often (volatility often) and Order does not control it")
    }

    @Test func conflictingCharacteristicsNeedAnAnticorruptionLayer() throws {
        var model = M.shop
        for index in 0...2 { model.entities[index].characteristics.storage = .relational }
        for index in 3...5 { model.entities[index].characteristics.storage = .document }
        let relationship = try #require(relationships(model).first)
        #expect(relationship.pattern == .anticorruptionLayer)
        #expect(relationship.reasons.contains("Product wants document storage, Order relational"))
    }

    @Test func aDownstreamUsingMostOfAnUpstreamOfAnotherTeamConforms() throws {
        var model = M.shop
        model.entities.append(M.entity("Report", owner: "Analytics"))
        model.useCases.append(M.useCase("Summarise", writes: ["Report"], reads: ["Product", "Category", "Review"]))
        model.keepApart = [EntityGroup(members: M.names("Report", "Product"))]
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let relationship = try #require(decomposition.relationships.first { $0.downstream == "Report" })
        #expect(relationship.pattern == .conformist)
        #expect(relationship.reasons.contains("Report uses 3 of the 3 entities of Product"))
    }
}

/// The property test's checker of relationship reasons must catch a reason that is false, or of a kind it does not
/// know; otherwise "every sentence true" would hold of any sentence.
@Suite struct RelationshipCheckerTests {
    typealias M = AnalysisModels

    private func problems(_ reasons: (String, String) -> [String]) throws -> [String] {
        let model = M.shopWithShipping
        var decomposition = ContextAnalyzer().analyze(model).decomposition
        let index = try #require(decomposition.relationships.firstIndex { $0.downstream == "Shipment" })
        let relationship = decomposition.relationships[index]
        decomposition.relationships[index].reasons = reasons(relationship.upstream, relationship.downstream)
        return RelationshipChecker(model, decomposition).problems()
    }

    @Test func theRealReasonsHold() throws {
        let model = M.shopWithShipping
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(!decomposition.relationships.isEmpty)
        #expect(RelationshipChecker(model, decomposition).problems().isEmpty)
    }

    @Test func falseOrUnknownReasonsAreCaught() throws {
        let falsehoods: [(String, String) -> String] = [
            { up, down in "\(up) depends on \(down), not the other way round" },
            { up, down in "\(up) and \(down) depend on each other" },
            { up, down in "both are owned by Growth" },
            { up, down in "\(down) is owned by Growth, \(up) by Checkout: Growth negotiates what it needs" },
            { up, down in "\(down) uses 5 of the 9 entities of \(up)" },
            { up, _ in "\(up) is used by 7 contexts: offer them one published language" },
            { up, down in "no team owning \(down) has a say over \(up)" },
            { up, down in "\(up)'s model changes often (volatility often) and \(down) does not control it" },
            { up, down in "\(up) wants document storage, \(down) relational" },
            { up, down in "\(up) has availability critical, \(down) low" },
            { up, down in "translate \(up)'s model at \(down)'s boundary so its changes stay outside" },
            { up, down in "\(down) simply likes \(up)" },
        ]
        for falsehood in falsehoods {
            let found = try problems { up, down in [falsehood(up, down)] }
            #expect(found.count == 1, "\(falsehood("U", "D"))")
        }
    }
}

/// The property test's checker of findings must catch a finding that is false, or of a kind it does not read.
@Suite struct FindingCheckerTests {
    typealias M = AnalysisModels

    @Test func theRealFindingsHold() {
        var model = M.shopWithShipping
        model.entities.append(M.entity("Setting"))
        let result = ContextAnalyzer().analyze(model)
        #expect(!result.decomposition.findings.isEmpty)
        #expect(FindingChecker(model, result).problems().isEmpty)
    }

    @Test func falseFindingsAreCaught() throws {
        let model = M.shopWithShipping
        let analysed = ContextAnalyzer().analyze(model)
        let contexts = analysed.decomposition.contexts.map(\.name)
        let first = try #require(contexts.first)
        let falsehoods = [
            Finding(
                kind: .cycle, subject: contexts.prefix(2).joined(separator: ", "),
                message: "\(Phrase.list(Array(contexts.prefix(2)))) depend on each other in a cycle.", suggestion: ""),
            Finding(
                kind: .oversizedContext, subject: first, message: "\(first) holds 9 of 8 entities (more than 6).",
                suggestion: ""),
            Finding(kind: .singleEntityContext, subject: first, message: "\(first) holds only Order.", suggestion: ""),
            Finding(
                kind: .widelyReferenced, subject: "Carrier",
                message: "Carrier is referenced or read from 3 other contexts: \(Phrase.list(contexts)).",
                suggestion: ""),
            Finding(
                kind: .constraintConflict, subject: "WriteReview",
                message:
                    "WriteReview writes Review and Order, which a zone, pin or keep-apart puts in different contexts.",
                suggestion: ""),
            Finding(
                kind: .borderlineEntity, subject: "Review",
                message: "Review is pulled toward \(first) (9) more than toward its own context \(first) (1).",
                suggestion: ""),
        ]
        for falsehood in falsehoods {
            var result = analysed
            result.decomposition.findings = [falsehood]
            #expect(FindingChecker(model, result).problems().count == 1, "\(falsehood.message)")
        }
    }
}
