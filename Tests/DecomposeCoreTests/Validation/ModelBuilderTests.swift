import Testing

@testable import DecomposeCore

@Suite struct ModelBuilderTests {
    private func build(_ text: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        let parsed = DomainParser().parse(text, path: "b.domain")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        return ModelBuilder().build(parsed.model)
    }

    private func kinds(_ model: DomainModel, _ entity: String) -> [String: Field.Kind] {
        Dictionary(uniqueKeysWithValues: (model.entity(named: entity)?.fields ?? []).map { ($0.name, $0.kind) })
    }

    @Test func resolvesEveryFieldKind() {
        let (model, diagnostics) = build(
            """
            enum Status { active }
            value Money { amount: Decimal, orderId: UUID }
            entity Address { id: UUID }
            entity ShippingAddress { id: UUID }
            entity Product { id: UUID }
            entity Customer {
              id: UUID
              customerId: UUID
              name: String
              status: Status
              balance: Money?
              addresses: [Address]
              favourite -> Product?
              productId: UUID
              productIds: [Long]
              shippingAddressId: UUID
              billingAddressId: UUID
              legacyId: String
            }
            event Moved { customer: Customer, where -> Address }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let customer = kinds(model, "Customer")
        #expect(customer["id"] == .scalar)
        #expect(customer["customerId"] == .idReference(target: "Customer"))
        #expect(customer["name"] == .scalar)
        #expect(customer["status"] == .enumeration)
        #expect(customer["balance"] == .value)
        #expect(customer["addresses"] == .composition(target: "Address"))
        #expect(customer["favourite"] == .reference(target: "Product"))
        #expect(customer["productId"] == .idReference(target: "Product"))
        #expect(customer["productIds"] == .idReference(target: "Product"))
        #expect(customer["shippingAddressId"] == .idReference(target: "ShippingAddress"))
        #expect(customer["billingAddressId"] == .idReference(target: "Address"))
        #expect(customer["legacyId"] == .scalar)
        #expect(model.values.first?.fields.map(\.kind) == [.scalar, .scalar])
        #expect(
            model.events.first?.fields.map(\.kind) == [.reference(target: "Customer"), .reference(target: "Address")])
        #expect(model.entity(named: "Customer")?.fields.first?.isIdentity == true)
    }

    @Test func infersAggregatesFromComposition() {
        let (model, diagnostics) = build(
            """
            team Sales
            entity Order owned-by Sales volatility often { lines: [OrderLine], note: Note }
            entity OrderLine { parts: [Part], size: Int }
            entity Part size huge { x: Int }
            entity Note { text: String }
            entity Lonely { x: Int }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            model.aggregates == [
                Aggregate(
                    name: "Order", root: "Order", members: ["Order", "OrderLine", "Note", "Part"], owner: "Sales",
                    characteristics: Characteristics(structuralVolatility: .high), isInferred: true)
            ])
        #expect(model.entities.map { $0.aggregate ?? "-" } == ["Order", "Order", "Order", "Order", "-"])
        #expect(model.entity(named: "Part")?.owner == "Sales")
        #expect(
            model.entity(named: "Part")?.characteristics == Characteristics(structuralVolatility: .high, size: .high))
        #expect(model.entity(named: "Lonely")?.owner == nil)
    }

    @Test func declaredAggregatesPassOwnerAndCharacteristicsToMembers() {
        let (model, diagnostics) = build(
            """
            team Checkout, Billing
            aggregate Order owned-by Checkout consistency high security internal {
              root Order { lines: [OrderLine] }
              entity OrderLine owned-by Billing security critical { taxes: [Tax] }
            }
            entity Tax { rate: Decimal }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(model.aggregates.map(\.members) == [["Order", "OrderLine", "Tax"]])
        #expect(model.aggregates.map(\.isInferred) == [false])
        let line = model.entity(named: "OrderLine")
        #expect(line?.owner == "Billing")
        #expect(line?.characteristics == Characteristics(consistency: .high, security: .high))
        #expect(model.entity(named: "Tax")?.aggregate == "Order")
        #expect(model.entity(named: "Tax")?.owner == "Checkout")
    }

    @Test(arguments: [DomainParserTests.shop, ModelBuilderTests.conflicts])
    func buildingIsIdempotent(_ text: String) {
        let first = ModelBuilder().build(DomainParser().parse(text, path: "i.domain").model)
        let second = ModelBuilder().build(first.model)
        #expect(second.model == first.model)
        #expect(second.diagnostics.map(\.id) == first.diagnostics.map(\.id))
    }

    static let conflicts = """
        team A
        entity Order owned-by A { lines: [Line] }
        entity Line { x: Int }
        entity Invoice { y: Int }
        zone Z1 { Order }
        zone Z2 { Invoice }
        keep-together Line, Invoice
        """
}
