import Testing

@testable import DecomposeCore

@Suite struct DomainParserTests {
    static let marked = MarkedSource(
        """
        /// The shop.
        system 3️⃣Shop "The online shop monolith"
        team Growth, Checkout
        team Warehouse
        enum OrderStatus { pending, paid
          shipped }
        value Money { amount: Decimal, currency: String }
        /// A customer.
        entity Customer owned-by Growth volatility often security internal storage key-value {
          id: UUID
          /// Where we write.
          2️⃣email: String unique
          nickname: String?
          tags: [String]
          addresses: [Address]?
          referrer -> Customer?
          favourites -> [Product]
          productId: UUID
        }
        entity PremiumCustomer extends Customer { tier: Int }
        aggregate Order owned-by Checkout consistency high content-volatility regularly {
          entity OrderLine { product -> Product, quantity: Int }
          root Order { number: Long identity, customer -> Customer, lines: [OrderLine] }
        }
        event OrderPlaced { order -> Order, total: Money }
        usecase PlaceOrder by Customer latency-critical {
          reads  Customer, Product.price,
                 1️⃣Stock
          writes Order, OrderLine, Stock.onHand
          emits  OrderPlaced
          on     PaymentReceived
        }
        query ShowOrder { reads Order }
        command Cancel {}
        zone PaymentData { Payment, Card }
        keep-apart Customer, Payment
        keep-together Order, Invoice
        pin Stock, Warehouse to Inventory
        /// Before the split.
        current-context 4️⃣Monolith { Customer, 5️⃣Order
          Stock }
        """)
    static let shop = marked.text

    private func location(_ marker: Int) -> DecomposeCore.SourceLocation {
        let position = Self.marked.markers[marker] ?? (0, 0)
        return DecomposeCore.SourceLocation(file: "shop.domain", line: position.line, column: position.column)
    }

    @Test func parsesEveryConstruct() throws {
        let (model, diagnostics) = DomainParser().parse(Self.shop, path: "shop.domain")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            model.system
                == SystemInfo(
                    name: "Shop", summary: "The online shop monolith", doc: "The shop.",
                    location: location(3)))
        #expect(model.teams.map(\.name) == ["Growth", "Checkout", "Warehouse"])
        #expect(model.enums.first?.cases == ["pending", "paid", "shipped"])
        #expect(model.values.first?.fields.map(\.type.description) == ["Decimal", "String"])
        #expect(model.entities.map(\.name) == ["Customer", "PremiumCustomer", "OrderLine", "Order"])

        let customer = try #require(model.entity(named: "Customer"))
        #expect(customer.doc == "A customer.")
        #expect(customer.owner == "Growth")
        #expect(
            customer.characteristics
                == Characteristics(structuralVolatility: .high, security: .medium, storage: .keyValue))
        #expect(
            customer.fields.map(\.name) == [
                "id", "email", "nickname", "tags", "addresses", "referrer", "favourites", "productId",
            ])
        #expect(
            customer.fields.map(\.type.description) == [
                "UUID", "String", "String?", "[String]", "[Address]?", "Customer?", "[Product]", "UUID",
            ])
        #expect(customer.fields.map(\.isReference) == [false, false, false, false, false, true, true, false])
        #expect(customer.fields.map(\.isIdentity) == [true, false, false, false, false, false, false, false])
        #expect(customer.fields[1].isUnique && customer.fields[1].doc == "Where we write.")
        #expect(customer.fields.allSatisfy { $0.kind == .unresolved })
        #expect(customer.fields[1].location == location(2))

        #expect(model.entity(named: "PremiumCustomer")?.parent == "Customer")
        let order = try #require(model.entity(named: "Order"))
        #expect(order.aggregate == "Order" && order.owner == nil)
        #expect(order.fields.map(\.isIdentity) == [true, false, false])
        #expect(model.entity(named: "OrderLine")?.aggregate == "Order")
        #expect(
            model.aggregates.map { [$0.name, $0.root] + $0.members } == [["Order", "Order", "Order", "OrderLine"]])
        #expect(model.aggregates.first?.owner == "Checkout")
        #expect(
            model.aggregates.first?.characteristics == Characteristics(contentVolatility: .medium, consistency: .high))
        #expect(model.aggregates.first?.isInferred == false)

        #expect(model.events.first?.fields.map(\.name) == ["order", "total"])
        let placeOrder = try #require(model.useCases.first)
        #expect(placeOrder.kind == .usecase && placeOrder.actor == "Customer" && placeOrder.isLatencyCritical)
        #expect(placeOrder.reads.map(\.description) == ["Customer", "Product.price", "Stock"])
        #expect(placeOrder.reads[2].location == location(1))
        #expect(placeOrder.writes.map(\.description) == ["Order", "OrderLine", "Stock.onHand"])
        #expect(placeOrder.emits.map(\.name) == ["OrderPlaced"])
        #expect(placeOrder.handles.map(\.name) == ["PaymentReceived"])
        #expect(model.useCases.map(\.kind) == [.usecase, .query, .command])
        #expect(model.zones.map(\.name) == ["PaymentData"])
        #expect(model.zones.first?.members.map(\.name) == ["Payment", "Card"])
        #expect(model.keepApart.map { $0.members.map(\.name) } == [["Customer", "Payment"]])
        #expect(model.keepTogether.map { $0.members.map(\.name) } == [["Order", "Invoice"]])
        #expect(model.pins.map { $0.members.map(\.name) + [$0.context] } == [["Stock", "Warehouse", "Inventory"]])
        let current = try #require(model.currentDecomposition.first)
        #expect(model.currentDecomposition.count == 1)
        #expect(current.name == "Monolith" && current.doc == "Before the split.")
        #expect(current.members.map(\.name) == ["Customer", "Order", "Stock"])
        #expect(current.location == location(4) && current.members[1].location == location(5))
    }

    @Test func emptyFileIsAnEmptyModel() {
        let (model, diagnostics) = DomainParser().parse("", path: "e.domain")
        #expect(diagnostics.isEmpty)
        #expect(model == DomainModel())
    }

    @Test func keywordsCanBeFieldNames() {
        let (model, diagnostics) = DomainParser().parse(
            "entity A {\n  value: Money\n  event -> B\n  size: Int\n}", path: "k.domain")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(model.entities.first?.fields.map(\.name) == ["value", "event", "size"])
    }

    @Test func clausesMayShareALine() {
        let (model, diagnostics) = DomainParser().parse(
            "command AddProduct by Admin { reads Category writes Product, Price.amount emits ProductAdded on Tick }\n"
                + "usecase Tag { reads Order, on }", path: "c.domain")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let add = try? #require(model.useCases.first)
        #expect(add?.reads.map(\.description) == ["Category"])
        #expect(add?.writes.map(\.description) == ["Product", "Price.amount"])
        #expect(add?.emits.map(\.name) == ["ProductAdded"])
        #expect(add?.handles.map(\.name) == ["Tick"])
        #expect(model.useCases.last?.reads.map(\.description) == ["Order", "on"], "after a comma, a name")
    }

    @Test func explicitIdentityReplacesId() {
        let (model, _) = DomainParser().parse("entity A { id: UUID, code: String identity }", path: "i.domain")
        #expect(model.entities.first?.fields.map(\.isIdentity) == [false, true])
    }
}
