import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// Every suggested context explains why it stands apart and how it was named, as a user sees it through the built
/// binary (issue 10's defects 2 and 3).
@Suite struct ExplanationEndToEndTests {
    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path
    private let fintech = PackagePaths.fixture("fintech.domain").path

    private func contexts(_ path: String) throws -> [JSONValue] {
        let result = try ToolRunner.run(["analyze", path, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let document = try #require(JSONParser().parse(result.standardOutput, path: "stdout").value)
        return document["contexts"]?.arrayValue ?? []
    }

    private func context(holding entity: String, in contexts: [JSONValue]) -> JSONValue? {
        contexts.first { ($0["entities"]?.arrayValue ?? []).contains { $0.stringValue == entity } }
    }

    @Test(arguments: ["ecommerce.domain", "fintech.domain"])
    func everyContextSaysWhyItStandsApart(fixture: String) throws {
        for context in try contexts(PackagePaths.fixture(fixture).path) {
            let why = (context["rationale"]?.arrayValue ?? []).compactMap(\.stringValue)
            let name = context["name"]?.stringValue ?? "?"
            #expect(!why.isEmpty, "\(name) has no rationale")
            let last = why.last ?? ""
            #expect(
                last.hasPrefix("stands apart") || last.hasPrefix("kept apart from "),
                "\(name)'s rationale does not say why it stands apart: \(why)")
            #expect(context["naming"]?.stringValue?.hasPrefix("named ") == true, "\(name) does not say its naming")
        }
    }

    @Test func theShopsRefundSaysWhichConstraintKeepsItFromPayment() throws {
        let refund = try #require(context(holding: "Refund", in: try contexts(ecommerce)))
        let why = (refund["rationale"]?.arrayValue ?? []).compactMap(\.stringValue)
        let last = why.last ?? ""
        #expect(last.hasPrefix("kept apart from Payment by a constraint (the security zone CardData"), "\(why)")
        #expect(why.last?.contains("HandlePspNotification writes Payment and Refund together, 5") == true, "\(why)")
    }

    @Test func theBanksIncomingPaymentSaysWhyItStandsAlone() throws {
        let incoming = try #require(context(holding: "IncomingPayment", in: try contexts(fintech)))
        let why = (incoming["rationale"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(!why.isEmpty)
        let last = try #require(why.last)
        #expect(last.contains("their couplings weigh") || last.contains("nothing couples it"), "\(why)")
    }

    @Test func thePromotionsContextIsNamedAfterWhatItsUseCasesWriteMost() throws {
        let all = try contexts(ecommerce)
        let promotions = try #require(context(holding: "Promotion", in: all))
        #expect(promotions["name"]?.stringValue == "Coupon")
        #expect(
            promotions["naming"]?.stringValue?.hasPrefix(
                "named after Coupon, an entity: 2 of the context's 5 writes are to it (by IssueCoupons and PlaceOrder)")
                == true, "\(promotions["naming"]?.stringValue ?? "")")
        #expect(!all.contains { $0["name"]?.stringValue == "Category" })
    }

    @Test func explainSaysHowTheContextWasNamed() throws {
        let result = try ToolRunner.run(["analyze", ecommerce, "--explain", "Category"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Category is placed in Coupon\n  Coupon is named after Coupon, "))
        let markdown = try ToolRunner.run(["analyze", ecommerce, "--explain", "Category", "--format", "markdown"])
        #expect(markdown.standardOutput.contains("\nCoupon is named after Coupon, an entity: "))
    }
}
