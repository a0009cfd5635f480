import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// A command that writes two aggregates of its own context: its body names the other resource (a new one as its
/// fields, an existing one as its id and the fields written), the contract says so, and the handler makes both writes
/// in one change set.
@Suite struct OtherResourceWritesTests {
    static let source = """
        entity StockItem { id: UUID, sku: String, onHand: Int }
        entity StockMovement { id: UUID, stockItemId: UUID, quantity: Int, note: String? }
        entity Shipment { id: UUID, status: String, deliveredAt: DateTime? }
        entity TrackingEvent { id: UUID, code: String }
        entity Invoice { id: UUID, total: Int }
        command ReceiveGoods {
          reads StockItem
          writes StockItem.onHand, StockMovement
        }
        command RecordScan { writes TrackingEvent, Shipment.status, Invoice.total }
        """

    /// The model, with Invoice in another context than the rest.
    static func planned() throws -> (DomainModel, Decomposition) {
        let (model, diagnostics) = ModelReader.read(source, path: "stock.domain")
        let resolved = try #require(model, "\(diagnostics)")
        let decomposition = Decomposition(
            system: "Stock",
            contexts: [
                BoundedContext(
                    name: "Stock", entities: ["Shipment", "StockItem", "StockMovement", "TrackingEvent"],
                    useCases: ["ReceiveGoods", "RecordScan"]),
                BoundedContext(name: "Billing", entities: ["Invoice"]),
            ])
        return (resolved, decomposition)
    }

    static func blueprint() throws -> ServiceBlueprint {
        let (model, decomposition) = try planned()
        return ServiceBlueprint(model: model, context: decomposition.contexts[0])
    }

    static func operation(_ name: String) throws -> ServiceBlueprint.Operation {
        try #require(try blueprint().resources.flatMap(\.operations).first { $0.name == name })
    }

    @Test func aChangeNamesTheNewResourceItCreatesInItsBody() throws {
        let receive = try Self.operation("ReceiveGoods")
        #expect(!receive.isCreation)
        #expect(receive.writes == ["onHand"])
        #expect(
            receive.others == [
                ServiceBlueprint.OtherWrite(
                    resource: "StockMovement", property: "stockMovement", creates: true, writes: [],
                    schema: "StockMovementInput")
            ])
        #expect(receive.bodySchema == "ReceiveGoodsChanges")
        #expect(receive.writesOtherResources.isEmpty)
    }

    @Test func aCreationNamesTheExistingResourceItChangesByItsID() throws {
        let scan = try Self.operation("RecordScan")
        #expect(scan.isCreation)
        #expect(
            scan.others == [
                ServiceBlueprint.OtherWrite(
                    resource: "Shipment", property: "shipment", creates: false, writes: ["status"],
                    schema: "RecordScanShipmentChanges")
            ])
        #expect(scan.bodySchema == "RecordScanInput")
        #expect(scan.writesElsewhere == ["Invoice.total"], "another context's data stays the saga's step")
    }

    @Test func theContractDescribesTheBodyAndTheAnswers() throws {
        let (model, decomposition) = try Self.planned()
        let text = OpenAPIBuilder().build(
            model: model, context: decomposition.contexts[0])
        for expected in [
            """
                ReceiveGoodsChanges:
                  type: object
                  description: What ReceiveGoods writes of a StockItem, and of the other resources it names.
                  required:
                    - onHand
                    - stockMovement
                  properties:
                    onHand:
                      type: integer
                    stockMovement:
                      $ref: "#/components/schemas/StockMovementInput"
            """,
            """
                RecordScanInput:
                  description: The TrackingEvent to create, and what RecordScan writes beside it.
                  allOf:
                    - $ref: "#/components/schemas/TrackingEventInput"
                    - type: object
                      required:
                        - shipment
            """,
            """
                RecordScanShipmentChanges:
                  type: object
                  description: What RecordScan writes of a Shipment.
                  required:
                    - id
                    - status
            """,
            "In the same transaction, creates a StockMovement from `stockMovement`.",
            "In the same transaction, writes status of the Shipment whose id `shipment.id` names",
            "Left to other services (events or a saga will carry it): it also writes Invoice.total.",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("Not yet done here"))
        let scan = try #require(text.range(of: "  /tracking-events/record-scan:"))
        let scanResponses = text[scan.lowerBound...].prefix(1500)
        #expect(scanResponses.contains("\"404\":") && scanResponses.contains("\"409\":"), "the named Shipment")
        let receive = try #require(text.range(of: "  /stock-items/{id}/receive-goods:"))
        let receiveResponses = text[receive.lowerBound...].prefix(1500)
        #expect(receiveResponses.contains("\"412\":") && !receiveResponses.contains("\"409\":"))
    }

    @Test func theHandlerMakesBothWritesInOneChangeSetAndChecksTheNestedFields() throws {
        let (model, decomposition) = try Self.planned()
        let plan = ScaffoldPlanner().plan(model: model, decomposition: decomposition)
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        let rendered = Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
        let api = try #require(rendered["services/stock/Sources/StockService/ServiceAPI.swift"])
        for expected in [
            "let store = InMemoryStore()",
            "stockMovementRepository: InMemoryRepository(store: store, table: \"stockMovement\")",
            ".replace(stockItem, id: input.path.id, expectedVersion: stored.version), to: stockItemRepository,",
            ".insert(.init(value1: changes.stockMovement, value2: .init(id: stockMovementID)), id: stockMovementID),",
            "let shipmentChanges = fields.value2.shipment",
            "guard let shipmentStored = try await shipmentRepository.find(id: shipmentChanges.id) else {",
            "shipment.value1.status = shipmentChanges.status",
            "switch try await changeSet.commit() {",
            "return .conflict(.init(body: .applicationProblemJson(.init(.changedMeanwhile(failure.resource, id: failure.id)))))",
            "location: \"/tracking-events/\\(id)\"",
        ] {
            #expect(api.contains(expected), "\(expected)")
        }
        let rules = try #require(rendered["services/stock/Sources/StockService/FieldRule+Contract.swift"])
        for expected in [
            "FieldRule([\"stockMovement\", \"stockItemId\"], .uuid)",
            "FieldRule([\"stockMovement\", \"quantity\"], .int32)",
            "FieldRule([\"shipment\", \"id\"], .uuid)",
        ] {
            #expect(rules.contains(expected), "\(expected)")
        }
        let readme = try #require(rendered["services/stock/README.md"])
        #expect(readme.contains("in the same transaction, creates a StockMovement from `stockMovement`"))
        let tests = try #require(rendered["services/stock/Tests/StockServiceTests/StockServiceTests.swift"])
        #expect(tests.contains("@Test func aCommandWritesTheOtherResourcesItNames()"))
    }

    @Test func aCreatingCommandsLocationIsInTheCollection() throws {
        let (model, decomposition) = try OpenAPIBuilderTests.planned()
        let plan = ScaffoldPlanner().plan(model: model, decomposition: decomposition)
        let (files, _) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        let api = try #require(
            files?.first { $0.path == "services/ordering/Sources/OrderingService/ServiceAPI.swift" }?.text)
        let placeOrder = try #require(api.range(of: "func placeOrder("))
        let handler = api[placeOrder.lowerBound...].prefix(1200)
        #expect(handler.contains("location: \"/orders/\\(id)\""), "the new Order is at /orders/{id}")
        #expect(!handler.contains("/orders/place-order/"))
    }
}
