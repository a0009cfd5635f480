import DecomposeTestSupport
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

        /// The shop as it runs today.
        current-context Monolith { Customer, Order, Stock }
        current-context `Back office` {}

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
        "current-context Today {\n A,\n B }\npin A to X\ncurrent-context Later { C }",
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

    @Test func aggregatesWithoutMembersPrintBeforeTheNextAggregateThatHasSome() {
        let model = DomainModel(
            entities: [Entity(name: "Bee", aggregate: "B"), Entity(name: "Ant", aggregate: "A")],
            aggregates: ["E1", "A", "E2", "B", "E3"].map { name in
                let root = name == "A" ? "Ant" : "Bee"
                return Aggregate(name: name, root: root, members: name.hasPrefix("E") ? [] : [root])
            })
        let headers = DomainPrinter().print(model).split(separator: "\n").filter { $0.hasPrefix("aggregate") }
        #expect(headers == ["aggregate E1 {}", "aggregate E2 {}", "aggregate B {", "aggregate A {", "aggregate E3 {}"])
    }

    @Test func membersOfADeclaredAggregatePrintInItsBlockWhereverTheyAreListed() {
        let model = DomainModel(
            entities: [
                Entity(name: "Order", aggregate: "Order"), Entity(name: "Customer"),
                Entity(name: "Line", aggregate: "Order"),
            ],
            aggregates: [Aggregate(name: "Order", root: "Order", members: ["Order", "Line"])])
        #expect(
            DomainPrinter().print(model) == """
                aggregate Order {
                  root Order {}
                  entity Line {}
                }

                entity Customer {}

                """)
    }

    @Test(arguments: [DomainParserTests.shop, "team T\nentity Root owned-by T { l: [Leaf] }\nentity Leaf { x: Int }"])
    func resolvedModelsPrintToTextThatBuildsTheSameModel(_ text: String) {
        let built = ModelBuilder().build(DomainParser().parse(text, path: "b.domain").model).model
        let printed = DomainPrinter().print(built)
        let rebuilt = ModelBuilder().build(DomainParser().parse(printed, path: "p.domain").model).model
        #expect(rebuilt.withoutLocations() == built.withoutLocations(), "\(printed)")
        #expect(!printed.contains("aggregate Root"))
    }

    /// Names the domain language cannot write as plain words are written in backticks and read back as written:
    /// spaces, punctuation, path separators, a leading digit, hyphens, control characters, `to` (which ends a
    /// pin's list) and keywords.
    @Test func everyNameReadsBackAsWritten() throws {
        let names = [
            "Sales order", "../../escape", "a\\b", "a`b", "3D model", "-rf", "owned-by", "x\u{0}y\ttab\nline",
            "\u{202E}evil", "Ünïcødé", "to", "entity", "value", "x\u{FFFD}",
        ]
        var model = DomainModel()
        model.system.name = "My shop"
        model.teams = [Team(name: "Back office")]
        model.enums = [EnumType(name: "Order status", cases: ["in progress", "to", "done!"])]
        model.entities = names.map { name in
            Entity(
                name: name, fields: [Field(name: "id", type: TypeReference(name: "UUID"))], owner: "Back office")
        }
        model.entities[0].fields += [
            Field(name: "line items", type: TypeReference(name: "3D model", isList: true), isReference: true),
            Field(name: "state-of", type: TypeReference(name: "Order status", isOptional: true)),
        ]
        model.useCases = [
            UseCase(
                name: "Place order", actor: "Insurance Employee", reads: [Access(entity: "to", field: "id")],
                writes: [Access(entity: "Sales order", field: "line items")])
        ]
        model.pins = [Pin(members: [NameReference("to"), NameReference("a`b")], context: "Back office")]
        let built = ModelBuilder().build(model)
        #expect(!built.diagnostics.containsErrors, "\(built.diagnostics)")
        let printed = DomainPrinter().print(built.model)
        #expect(printed.contains("entity `Sales order` owned-by `Back office` {"))
        #expect(printed.contains("  `line items` -> [`3D model`]\n"))
        #expect(printed.contains("usecase `Place order` by `Insurance Employee` {\n  reads `to`.id\n"))
        #expect(printed.contains("pin `to`, `a\\`b` to `Back office`"))
        #expect(printed.contains("entity `x\\0y\\ttab\\nline`"))
        #expect(printed.contains("entity entity "))
        let (back, diagnostics) = ModelReader.read(printed, path: "printed.domain", format: .domain)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back?.withoutLocations() == built.model.withoutLocations(), "\(printed)")
    }

    /// Every fixture, in every format, comes back whole from the domain language and from the canonical JSON
    /// (Context Mapper's `actor "Insurance Employee"` once printed as two words).
    @Test(arguments: DiagramSamples.fixturePaths)
    func everyFixtureRoundTripsThroughTheDomainLanguageAndJSON(path: String) throws {
        let url = PackagePaths.fixture(path)
        let model = try #require(ModelReader.read(try String(contentsOf: url, encoding: .utf8), path: url.path).model)
        for (text, format) in [
            (DomainPrinter().print(model), ModelFormat.domain), (ModelJSONWriter().write(model), .json),
        ] {
            let (back, diagnostics) = ModelReader.read(text, path: "written", format: format)
            #expect(!diagnostics.containsErrors, "\(format): \(diagnostics)")
            #expect(back?.withoutLocations() == model.withoutLocations(), "\(format)")
        }
    }

    /// Found by the `jdl` fuzz target: a javadoc holding a carriage return (and NUL bytes) came back from the
    /// domain language as a doc comment cut short, and the rest of the line read as code. Docs read from every
    /// format now have their line breaks written `\n`.
    @Test(arguments: [
        ("JDL", "/** Pro\u{0}\u{0}\rd by the shop\r\nsecond */\nentity A {\n  name String\n}\n", ModelFormat.jdl),
        ("JSON", #"{"schemaVersion": 1, "entities": [{"name": "A", "doc": "Pro\u0000\rd\r\nsecond"}]}"#, .json),
    ])
    func docsWithCarriageReturnsRoundTrip(_ format: String, _ text: String, _ modelFormat: ModelFormat) throws {
        let model = try #require(ModelReader.read(text, path: "hostile", format: modelFormat).model)
        let doc = try #require(model.entities.first?.doc)
        #expect(!doc.unicodeScalars.contains("\r"))
        #expect(doc.hasSuffix("d by the shop\nsecond") || doc.hasSuffix("d\nsecond"), "\(format): \(doc)")
        let printed = DomainPrinter().print(model)
        let (back, diagnostics) = ModelReader.read(printed, path: "printed.domain", format: .domain)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back?.withoutLocations() == model.withoutLocations(), "\(printed)")
    }
}
