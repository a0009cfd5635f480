import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The contract of one context, checked against a golden file and for the parts a service relies on.
@Suite struct OpenAPIBuilderTests {
    static let source = """
        /// Money with its currency.
        value Money { amount: Decimal, currency: String }
        enum OrderStatus { pending, paid }
        entity Customer { id: UUID, email: Email }
        /// A customer's order.
        aggregate Order {
          root Order {
            id: UUID
            /// Who ordered.
            customer -> Customer
            status: OrderStatus
            total: Money
            placedAt: DateTime
            note: String?
            lines: [OrderLine]
          }
          entity OrderLine { productId: UUID, quantity: Int }
        }
        entity Product { id: UUID, name: String }
        /// Checkout.
        command PlaceOrder {
          reads Customer
          writes Order
        }
        query MyOrders {
          reads Order
        }
        command AddNote {
          reads Order
          writes Order.note, Product.name
        }
        """

    static func planned() throws -> (DomainModel, Decomposition) {
        let (model, diagnostics) = ModelReader.read(source, path: "shop.domain")
        let resolved = try #require(model, "\(diagnostics)")
        let decomposition = Decomposition(
            system: "Shop",
            contexts: [
                BoundedContext(
                    name: "Ordering", entities: ["Order", "OrderLine"], useCases: ["AddNote", "MyOrders", "PlaceOrder"]),
                BoundedContext(name: "Customers", entities: ["Customer", "Product"]),
            ])
        return (resolved, decomposition)
    }

    static var goldenURL: URL {
        PackagePaths.fixture("golden/openapi-ordering.yaml")
    }

    @Test func matchesTheGoldenFile() throws {
        let (model, decomposition) = try Self.planned()
        let text = OpenAPIBuilder().build(
            model: model, context: decomposition.contexts[0])
        if ProcessInfo.processInfo.environment["DECOMPOSE_RECORD"] == "1" {
            try text.write(to: Self.goldenURL, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: Self.goldenURL, encoding: .utf8)
        #expect(text == golden, "Regenerate with: DECOMPOSE_RECORD=1 swift test --filter OpenAPIBuilderTests")
    }

    @Test func exposesResourcesOperationsAndErrors() throws {
        let (model, decomposition) = try Self.planned()
        let text = OpenAPIBuilder().build(
            model: model, context: decomposition.contexts[0])
        for expected in [
            "openapi: \"3.1.0\"", "  /health:", "  /orders:", "  /orders/{id}:", "  /orders/place-order:",
            "  /orders/{id}/add-note:", "$ref: \"#/components/schemas/AddNoteChanges\"",
            "Creates an Order from the request, in one transaction.", "Writes note of the Order, in one transaction.",
            "Left to other services (events or a saga will carry it): it also writes Product.name.",
            "  /orders/queries/my-orders:", "operationId: listOrders", "operationId: placeOrder",
            "application/problem+json:", "        customerId:\n          type: string\n          format: uuid",
            "format: date-time", "$ref: \"#/components/schemas/Money\"", "$ref: \"#/components/schemas/OrderLine\"",
            "description: Who ordered.", "description: A customer's order.", "maximum: 100",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("/customers"), "Customer belongs to another context")
        #expect(!text.contains("        note:\n") || !text.contains("- note"), "optional fields are not required")
    }
}
