import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct FindingDetectorTests {
    typealias M = AnalysisModels

    private func findings(_ model: DomainModel, contexts: Int? = nil) -> [Finding] {
        ContextAnalyzer(options: AnalysisOptions(contextCount: contexts)).analyze(model).decomposition.findings
    }

    @Test func reportsACycleBetweenContexts() throws {
        var model = M.shop
        model.entities[3].fields.append(M.ref("bestSeller", "Order"))
        let cycle = try #require(findings(model).first { $0.kind == .cycle })
        #expect(cycle.subject == "Order, Product")
        #expect(cycle.message == "Order and Product depend on each other in a cycle.")
    }

    @Test func aOneWayMapHasNoCycle() {
        #expect(!findings(M.shop).contains { $0.kind == .cycle })
    }

    @Test func reportsAnOversizedContext() throws {
        var model = M.shopWithShipping
        model.entities += [M.entity("Coupon", owner: "Growth"), M.entity("Banner", owner: "Growth")]
        let finding = try #require(findings(model, contexts: 1).first { $0.kind == .oversizedContext })
        #expect(finding.message.hasSuffix("holds 10 of 10 entities (more than 8)."))
    }

    @Test func reportsASingleEntityContextWithNothingCouplingIt() throws {
        var model = M.shop
        model.entities.append(M.entity("Setting"))
        let finding = try #require(findings(model).first { $0.kind == .singleEntityContext })
        #expect(finding.subject == "Setting")
        #expect(finding.suggestion.hasPrefix("Nothing couples it"))
    }

    @Test func suggestsWhereASingleEntityContextCouldGo() throws {
        var model = M.shop
        model.keepApart = [EntityGroup(members: M.names("Review", "Product", "Order", "Category"))]
        let finding = try #require(findings(model).first { $0.kind == .singleEntityContext && $0.subject == "Review" })
        #expect(finding.message == "Review holds only Review.")
        #expect(finding.suggestion.hasPrefix("Consider merging it into Product"))
    }

    /// A lone entity that its own work holds more than any context pulls it says so with both numbers: the bank's
    /// regulatory report is produced by its own use case (2.5) and pulled by the accounts it reads (1.65).
    @Test func aLoneEntityHeldByItsOwnWorkSaysHowMuch() throws {
        let path = PackagePaths.fixture("fintech.domain").path
        let model = try #require(ModelReader.read(try String(contentsOfFile: path, encoding: .utf8), path: path).model)
        let finding = try #require(
            ContextAnalyzer().analyze(model).decomposition.findings.first {
                $0.kind == .singleEntityContext && $0.subject == "RegulatoryReport"
            })
        #expect(
            finding.suggestion
                == "Its own work (2.5, the use cases that touch or write only it) is no less than the pull of Account, "
                + "the context that pulls it most (1.65): keep it if it is a generic subdomain with a lifecycle of its "
                + "own, or merge it into Account.")
    }

    @Test func reportsAWidelyReferencedEntity() throws {
        var model = M.shop
        for name in ["Wishlist", "Banner", "Quote"] {
            model.entities.append(M.entity(name, M.ref("product", "Product")))
            model.useCases.append(M.useCase("Edit\(name)", writes: [name], reads: ["Product"]))
        }
        model.keepApart = [EntityGroup(members: M.names("Product", "Wishlist", "Banner", "Quote", "Order"))]
        let finding = try #require(findings(model).first { $0.kind == .widelyReferenced })
        #expect(finding.subject == "Product")
        #expect(finding.message.hasPrefix("Product is referenced or read from 4 other contexts"))
    }

    @Test func reportsABorderlineEntity() throws {
        var model = M.shop
        model.entities.append(M.entity("Promotion", M.ref("order", "Order")))
        model.useCases += [
            M.useCase("Discount", writes: ["Promotion", "Order"]),
            M.useCase("Reprice", writes: ["Promotion", "Order"]),
            M.useCase("Feature", writes: ["Promotion", "Product"]),
            M.useCase("Spotlight", writes: ["Promotion", "Product"]),
        ]
        let finding = try #require(
            findings(model, contexts: 2).first { $0.kind == .borderlineEntity && $0.subject == "Promotion" })
        #expect(finding.subject == "Promotion")
        #expect(finding.message.hasPrefix("Promotion is pulled toward "))
        #expect(finding.suggestion.contains("pin"))
    }

    @Test func reportsAKeepApartInsideAnAggregate() throws {
        var model = M.shop
        model.keepApart = [EntityGroup(members: M.names("Order", "OrderLine"))]
        let finding = try #require(findings(model).first { $0.kind == .constraintConflict })
        #expect(finding.message.hasPrefix("keep-apart Order, OrderLine cannot be honoured"))
    }

    @Test func reportsZonesThatSplitAnAggregate() throws {
        var model = M.shop
        model.zones = [
            SecurityZone(name: "A", members: M.names("Order")), SecurityZone(name: "B", members: M.names("OrderLine")),
        ]
        let finding = try #require(findings(model).first { $0.kind == .constraintConflict })
        #expect(
            finding.message
                == "Order and OrderLine cannot be separated (aggregate, inheritance, keep-together or pin) but belong to the security zones A and B."
        )
    }

    @Test func reportsAnUnreachableContextCount() throws {
        let finding = try #require(findings(M.shop, contexts: 9).first { $0.kind == .constraintConflict })
        #expect(finding.subject == "9 contexts")
    }

    @Test func ordersFindingsByKindThenSubject() {
        var model = M.shop
        model.entities.append(M.entity("Setting"))
        model.entities[3].fields.append(M.ref("bestSeller", "Order"))
        let kinds = findings(model, contexts: 9).map(\.kind)
        let order = Finding.Kind.allCases
        #expect(kinds == kinds.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        #expect(kinds.contains(.cycle) && kinds.contains(.singleEntityContext) && kinds.contains(.constraintConflict))
    }
}
