import Testing

@testable import DecomposeCore

@Suite struct DomainPrinterTests {
    static let canonical = """
        /// The shop.
        /// Second line.
        system Shop "The \\"online\\" shop\\n\\t\\\\ \\0"

        team Growth, Checkout
        /// The people in the warehouse.
        team Warehouse

        enum OrderStatus { pending, paid }
        enum Empty {}

        value Money {
          amount: Decimal
          currency: String
        }

        /// A customer.
        ///
        /// With a blank doc line.
        entity Customer owned-by Growth volatility often content-volatility regularly availability critical consistency eventual security internal size huge storage time-series {
          id: UUID
          /// Unique per customer.
          email: String unique
          tags: [String]?
          referrer -> Customer?
          favourites -> [Product]
        }

        entity Product {
          code: String identity
          id: UUID
        }

        entity Marker {}

        aggregate Order owned-by Checkout consistency high {
          /// The order.
          root Order extends Base size tiny {
            id: UUID identity
            number: Long identity
            lines: [OrderLine]
          }
          entity OrderLine {
            quantity: Int
          }
        }

        event OrderPlaced {
          order -> Order
        }

        /// Places an order.
        usecase PlaceOrder by Customer latency-critical {
          reads Customer, Product.price
          writes Order, OrderLine.quantity
          emits OrderPlaced
          on PaymentReceived
        }

        command Cancel {}

        query Show {
          reads Order
        }

        zone PaymentData { Payment, Card }

        keep-apart Customer, Payment

        /// Decided in March.
        keep-together Order, Invoice
        keep-together A, B

        pin Stock, Warehouse to Inventory

        """

    @Test func canonicalTextPrintsUnchanged() {
        let (model, diagnostics) = DomainParser().parse(Self.canonical, path: "c.domain")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(DomainPrinter().print(model) == Self.canonical)
        #expect(model.system.summary == "The \"online\" shop\n\t\\ \u{0}")
    }

    @Test func emptyModelPrintsNothing() {
        #expect(DomainPrinter().print(DomainModel()) == "")
    }

    static let untidy = [
        canonical,
        DomainParserTests.shop,
        "entity A { b: [B], c -> C? }, entity B {} entity C { x: Int, id: UUID }",
        "/// doc\nteam A, B\nteam C\nzone Z {\n A\n B }\npin A to X\npin B,C to Y",
        "aggregate G consistency weak { entity M { x: Int } root R {} }\naggregate Empty {}",
        "command C by Bot { writes A.b\n writes C\n on E, F }",
        "system System\nvalue V { id: UUID, key: String identity unique }",
        "entity A { // trailing comments\n  /* inside */ x: Int /// not a doc for x\n  y: Int }",
    ]

    @Test(arguments: untidy)
    func printedTextReadsBackAsTheSameModel(_ text: String) {
        let model = DomainParser().parse(text, path: "r.domain").model
        let printed = DomainPrinter().print(model)
        let (reread, diagnostics) = DomainParser().parse(printed, path: "p.domain")
        #expect(diagnostics.isEmpty, "\(diagnostics)\n\(printed)")
        #expect(reread.withoutLocations() == model.withoutLocations(), "\(printed)")
        #expect(DomainPrinter().print(reread) == printed)
    }

    @Test(arguments: [DomainParserTests.shop, "team T\nentity Root owned-by T { l: [Leaf] }\nentity Leaf { x: Int }"])
    func resolvedModelsPrintToTextThatBuildsTheSameModel(_ text: String) {
        let built = ModelBuilder().build(DomainParser().parse(text, path: "b.domain").model).model
        let printed = DomainPrinter().print(built)
        let rebuilt = ModelBuilder().build(DomainParser().parse(printed, path: "p.domain").model).model
        #expect(rebuilt.withoutLocations() == built.withoutLocations(), "\(printed)")
        #expect(!printed.contains("aggregate Root"))
    }
}
