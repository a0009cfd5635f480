import DecomposeTestSupport
import Foundation
import Testing

/// The first exercise of a microservices course (customers with addresses, products in categories, orders with
/// lines) in every input format, with and without use cases: each must give the textbook's three contexts.
@Suite struct TextbookEndToEndTests {
    static let expected: Set<Set<String>> = [
        ["Customer", "Address"], ["Product", "Category"], ["Order", "OrderItem"],
    ]

    @Test(arguments: [
        ["shop.domain"], ["shop-use-cases.domain"], ["shop.jdl"], ["shop.cml"], ["shop_model.json"],
        ["shop_model.json", "--user-representations", "shop_user_representations.json"],
    ])
    func givesTheTextbooksThreeContexts(_ input: [String]) throws {
        let folder = PackagePaths.fixture("formats/textbook")
        let result = try ToolRunner.run(["analyze"] + input + ["--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let contexts = try #require(report?["contexts"] as? [[String: Any]])
        let groups = Set(contexts.map { Set($0["entities"] as? [String] ?? []) })
        #expect(groups == Self.expected)
        let names = contexts.compactMap { $0["name"] as? String }
        #expect(!names.contains("Address") && !names.contains("OrderItem"), "named after what others refer to")
        let text = result.standardOutput
        #expect(!text.contains("lookup data"), "no rule reads the absence of use cases as a fact")
    }
}
