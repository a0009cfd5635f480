import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The AsyncAPI document of each service: what it publishes and what it reacts to, as the model's `emits` and `on`
/// say, and every local `$ref` resolving (the official schema lets a dangling one pass).
@Suite struct AsyncAPIBuilderTests {
    static func ecommerce() throws -> (model: DomainModel, decomposition: Decomposition) {
        let text = try String(contentsOf: PackagePaths.fixture("ecommerce.domain"), encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: "ecommerce.domain").model)
        return (model, ContextAnalyzer().analyze(model).decomposition)
    }

    /// The value at the JSON pointer `#/a/b` in `node`, if any.
    static func resolve(_ reference: String, in node: YAMLNode) -> YAMLNode? {
        guard reference.hasPrefix("#/") else { return nil }
        var current = node
        for part in reference.dropFirst(2).split(separator: "/") {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard case .mapping(let pairs) = current, let next = pairs.first(where: { $0.key == key })?.value
            else { return nil }
            current = next
        }
        return current
    }

    /// Every `$ref` under `node`.
    static func references(in node: YAMLNode) -> [String] {
        switch node {
        case .mapping(let pairs):
            pairs.flatMap { pair -> [String] in
                if pair.key == "$ref", case .string(let target) = pair.value { return [target] }
                return references(in: pair.value)
            }
        case .sequence(let items): items.flatMap(references(in:))
        default: []
        }
    }

    @Test func theOrderServicePublishesAndReactsAsTheModelSays() throws {
        let (model, decomposition) = try Self.ecommerce()
        let order = try #require(decomposition.context(of: "Order"))
        let document = AsyncAPIBuilder().document(
            model: model, context: order, serviceName: "order",
            contracts: EventContracts(model: model, decomposition: decomposition))
        guard case .mapping(let operations)? = Self.resolve("#/operations", in: document) else {
            Issue.record("no operations")
            return
        }
        let actions = operations.map { pair -> String in
            guard case .string(let action)? = Self.resolve("#/action", in: pair.value) else { return "?" }
            return "\(action) \(pair.key)"
        }
        #expect(
            actions == ["send sendOrderPlaced", "receive receivePaymentFailed", "receive receiveShipmentDelivered"])
        #expect(Self.resolve("#/channels/OrderPlaced/address", in: document) == .string("shop.OrderPlaced"))
        let source = Self.resolve(
            "#/components/messages/OrderPlaced/headers/properties/ce-source/const", in: document)
        #expect(source == .string("/order"))
        #expect(
            Self.resolve("#/components/messages/PaymentFailed/headers/properties/ce-source/const", in: document)
                == nil, "a received event's source is the service that sends it")
        #expect(Self.resolve("#/components/schemas/OrderPlaced/properties/total/$ref", in: document) != nil)
    }

    /// ShipOrder writes in Order, Shipment and StockItem, so it lives in all three; OrderShipped is about a Shipment
    /// (`shipmentId`), which ShipOrder writes: only the shipment service publishes it. CancelUnpaidOrder, living in
    /// Order and StockItem, reacts to PaymentFailed in both.
    @Test func anEventIsPublishedByTheContextOfWhatItIsAboutAndHandledByEveryHome() throws {
        let (model, decomposition) = try Self.ecommerce()
        let publishersOfOrderShipped = decomposition.contexts.filter {
            AsyncAPIBuilder.Traffic(model: model, context: $0).publishers["OrderShipped"] != nil
        }
        #expect(publishersOfOrderShipped.map(\.name) == [try #require(decomposition.context(of: "Shipment")).name])
        let reactingToPaymentFailed = decomposition.contexts.filter {
            AsyncAPIBuilder.Traffic(model: model, context: $0).handlers["PaymentFailed"] == ["CancelUnpaidOrder"]
        }
        #expect(
            Set(reactingToPaymentFailed.map(\.name))
                == Set(["Order", "StockItem"].compactMap { decomposition.context(of: $0)?.name }))
    }

    /// The models `.ci/validate-scaffolds` scaffolds: the bundled ones and the published systems.
    static let fixtures: [String] = {
        let folders = ["", "systems/"]
        return folders.flatMap { folder in
            let names = try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.fixture(folder).path)
            return (names ?? []).filter { $0.hasSuffix(".domain") }.map { folder + $0 }
        }.sorted()
    }()

    @Test(arguments: fixtures) func everyLocalReferenceOfEveryServiceResolves(fixture: String) throws {
        let text = try String(contentsOf: PackagePaths.fixture(fixture), encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: fixture).model)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let names = ServicePlanner.serviceNames(of: decomposition)
        for context in decomposition.contexts {
            let document = AsyncAPIBuilder().document(
                model: model, context: context, serviceName: names[context.name] ?? "",
                contracts: EventContracts(model: model, decomposition: decomposition))
            for reference in Self.references(in: document) {
                #expect(Self.resolve(reference, in: document) != nil, "\(context.name): \(reference)")
            }
        }
    }

    @Test func theFixturesAreFound() {
        #expect(Self.fixtures.contains("ecommerce.domain"))
        #expect(Self.fixtures.contains("systems/shopizer.domain"))
    }

    @Test func aContextWithoutEventsSaysSo() throws {
        let model = ScaffoldModels.shop
        let context = BoundedContext(name: "Stock", entities: ["Product"])
        let document = AsyncAPIBuilder().document(
            model: model, context: context, serviceName: "stock",
            contracts: EventContracts(model: model, contexts: [context], serviceNames: [:]))
        #expect(Self.resolve("#/channels", in: document) == .mapping([]))
        guard case .string(let description)? = Self.resolve("#/info/description", in: document) else {
            Issue.record("no description")
            return
        }
        #expect(description == "The Stock context publishes no domain event and reacts to none.")
    }
}
