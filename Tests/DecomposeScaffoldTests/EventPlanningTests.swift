import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// What the scaffold makes of the model's events: where a publisher takes each field, which fields the contract
/// requires, what each reaction does, and the endpoints and code that carry them.
@Suite struct EventPlanningTests {
    /// A model small enough to read: the catalogue publishes ProductCreated and PriceChanged, the stock reacts to
    /// both, shipping reacts to ShipmentCleared by changing the shipment the event names, and notes have no event.
    static let text = """
        system Shop
        entity Product { id: UUID, name: String, price: Int }
        entity Warehouse { id: UUID, code: String }
        entity StockItem { id: UUID, productId: UUID, warehouse -> Warehouse, onHand: Int, counted: DateTime }
        entity Shipment { id: UUID, status: String }
        entity Label { id: UUID, text: String }
        entity Note { id: UUID, text: String }
        event ProductCreated { product -> Product, name: String, launch: DateTime }
        event PriceChanged { product -> Product }
        event ShipmentCleared { shipment -> Shipment, status: String }
        command CreateProduct { writes Product emits ProductCreated }
        command ChangePrice { reads Product writes Product.price emits PriceChanged }
        command CreateStockItems { reads Warehouse writes StockItem on ProductCreated }
        command RecountStock { reads StockItem writes StockItem.onHand on PriceChanged }
        command ClearShipment { reads Shipment writes Shipment.status on ShipmentCleared }
        command PrintLabel { writes Label on ShipmentCleared }
        command WriteNote { writes Note }
        """

    static func shop() throws -> (model: DomainModel, decomposition: Decomposition) {
        let model = try #require(ModelReader.read(text, path: "events.domain").model)
        let text = ScaffoldModels.decompositionJSON([
            ("Catalogue", ["Product"]), ("Stock", ["StockItem", "Warehouse"]), ("Shipping", ["Shipment", "Label"]),
            ("Notes", ["Note"]),
        ])
        let decomposition = try #require(
            DecompositionFileReader().read(text, path: "edited.json", model: model).decomposition)
        return (model, decomposition)
    }

    static func blueprint(_ context: String) throws -> ServiceBlueprint {
        let (model, decomposition) = try shop()
        let contracts = EventContracts(model: model, decomposition: decomposition)
        let found = try #require(decomposition.contexts.first { $0.name == context })
        return ServiceBlueprint(model: model, context: found, contracts: contracts)
    }

    @Test func aPublisherFillsWhatItsCommandHoldsAndTheContractRequiresOnlyThat() throws {
        let catalogue = try Self.blueprint("Catalogue")
        let created = try #require(catalogue.publications.first { $0.event == "ProductCreated" })
        #expect(created.sources == ["productId": .resourceID, "name": .resourceProperty("name")])
        let event = try #require(catalogue.events.first { $0.name == "ProductCreated" })
        #expect(event.properties.map(\.name) == ["productId", "name", "launch"])
        #expect(event.properties.map(\.isRequired) == [true, true, false], "no publisher holds the launch date")
        // The receiving service's contract agrees.
        let stock = try Self.blueprint("Stock")
        let received = try #require(stock.events.first { $0.name == "ProductCreated" })
        #expect(received.properties.map(\.isRequired) == [true, true, false])
    }

    @Test func eachEventHasOneTypeAndItsSubscribers() throws {
        let (model, decomposition) = try Self.shop()
        let contracts = EventContracts(model: model, decomposition: decomposition)
        #expect(contracts.type(of: "ProductCreated") == "shop.ProductCreated")
        #expect(contracts.subscribers["ProductCreated"] == ["stock"])
        #expect(contracts.subscribers["ShipmentCleared"] == ["shipping"])
    }

    @Test func aCreatingReactionFillsItsResourceFromTheEventAndOnePerStoredReference() throws {
        let stock = try Self.blueprint("Stock")
        let reaction = try #require(stock.reactions.first { $0.useCase == "CreateStockItems" })
        #expect(
            reaction.effect
                == .creates([
                    .init(property: "productId", value: .event("productId")),
                    .init(property: "warehouseId", value: .each(resource: "Warehouse")),
                    .init(property: "onHand", value: .empty), .init(property: "counted", value: .eventTime),
                ]))
    }

    @Test func aChangingReactionChangesTheResourceTheEventNames() throws {
        let shipping = try Self.blueprint("Shipping")
        let clear = try #require(shipping.reactions.first { $0.useCase == "ClearShipment" })
        #expect(clear.effect == .changes(target: "shipmentId", writes: ["status"]))
    }

    @Test func whatTheModelDoesNotSayIsLeftToTheTeamWithItsReason() throws {
        let stock = try Self.blueprint("Stock")
        let recount = try #require(stock.reactions.first { $0.useCase == "RecountStock" })
        #expect(recount.effect == .none(reason: "PriceChanged does not say which StockItem RecountStock changes."))
        let shipping = try Self.blueprint("Shipping")
        let label = try #require(shipping.reactions.first { $0.useCase == "PrintLabel" })
        #expect(label.effect == .none(reason: "ShipmentCleared does not carry text, which a new Label needs."))
    }

    @Test func theEndpointsFollowWhatTheServiceDoes() throws {
        let (model, decomposition) = try Self.shop()
        let contracts = EventContracts(model: model, decomposition: decomposition)
        func paths(_ context: String) throws -> [String] {
            let document = OpenAPIBuilder().document(try Self.blueprint(context), contracts: contracts)
            guard case .mapping(let paths)? = AsyncAPIBuilderTests.resolve("#/paths", in: document) else { return [] }
            return paths.map(\.key).filter { $0.hasPrefix("/events") }
        }
        #expect(try paths("Catalogue") == ["/events/outbox", "/events/dead-letters", "/events/dead-letters/replay"])
        #expect(try paths("Stock") == ["/events"])
    }

    @Test func onlyServicesWithEventsGetTheEventsCode() throws {
        let (model, decomposition) = try Self.shop()
        let plan = ScaffoldPlanner().plan(model: model, decomposition: decomposition)
        let (rendered, diagnostics) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        let files = try #require(rendered)
        #expect(files.contains { $0.path == "services/notes/Sources/NotesService/ServiceAPI.swift" })
        let events = files.map(\.path).filter { $0.hasSuffix("ServiceAPI+Events.swift") }
        #expect(
            events == [
                "services/catalogue/Sources/CatalogueService/ServiceAPI+Events.swift",
                "services/shipping/Sources/ShippingService/ServiceAPI+Events.swift",
                "services/stock/Sources/StockService/ServiceAPI+Events.swift",
            ])
        let stock = try #require(files.first { $0.path == events[2] }?.text)
        #expect(stock.contains("for each in try await warehouseRepository.all() {"))
        #expect(stock.contains("// RecountStock: PriceChanged does not say which StockItem RecountStock changes."))
    }
}
