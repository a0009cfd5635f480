@testable import DecomposeCore

/// Small resolved models built in Swift, the way `ModelBuilder` would resolve them, for analysis tests.
enum AnalysisModels {
    /// A reference by object: `name -> target`.
    static func ref(_ name: String, _ target: String) -> Field {
        Field(name: name, type: TypeReference(name: target), isReference: true, kind: .reference(target: target))
    }

    /// A reference by id: `name: UUID` recognised as pointing at `target`.
    static func idRef(_ name: String, _ target: String) -> Field {
        Field(name: name, type: TypeReference(name: "UUID"), kind: .idReference(target: target))
    }

    /// A composition: `name: [target]`.
    static func contains(_ name: String, _ target: String) -> Field {
        Field(name: name, type: TypeReference(name: target, isList: true), kind: .composition(target: target))
    }

    static func entity(
        _ name: String, owner: String? = nil, aggregate: String? = nil, parent: String? = nil,
        characteristics: Characteristics = Characteristics(), _ fields: Field...
    ) -> Entity {
        Entity(
            name: name,
            fields: [Field(name: "id", type: TypeReference(name: "UUID"), isIdentity: true, kind: .scalar)] + fields,
            parent: parent, owner: owner, characteristics: characteristics, aggregate: aggregate)
    }

    /// `Entity` or `Entity.field` accesses.
    static func accesses(_ names: [String]) -> [Access] {
        names.map { name in
            let parts = name.split(separator: ".").map(String.init)
            return Access(entity: parts[0], field: parts.count > 1 ? parts[1] : nil)
        }
    }

    static func useCase(
        _ name: String, writes: [String] = [], reads: [String] = [], emits: [String] = [], handles: [String] = [],
        latencyCritical: Bool = false
    ) -> UseCase {
        UseCase(
            name: name, isLatencyCritical: latencyCritical, reads: accesses(reads), writes: accesses(writes),
            emits: emits.map { NameReference($0) }, handles: handles.map { NameReference($0) })
    }

    static func names(_ names: String...) -> [NameReference] { names.map { NameReference($0) } }

    /// Two obvious clusters: sales (the Order aggregate and Invoice, team Checkout) and catalog
    /// (Product, Category, Review, team Growth); sales references and reads the catalog.
    static var shop: DomainModel {
        DomainModel(
            system: SystemInfo(name: "Shop"),
            teams: [Team(name: "Checkout"), Team(name: "Growth")],
            entities: [
                entity("Order", owner: "Checkout", aggregate: "Order", contains("lines", "OrderLine")),
                entity("OrderLine", owner: "Checkout", aggregate: "Order", ref("product", "Product")),
                entity("Invoice", owner: "Checkout", idRef("orderId", "Order")),
                entity("Product", owner: "Growth", ref("category", "Category")),
                entity("Category", owner: "Growth"),
                entity("Review", owner: "Growth", ref("product", "Product")),
            ],
            aggregates: [Aggregate(name: "Order", root: "Order", members: ["Order", "OrderLine"], owner: "Checkout")],
            events: [DomainEvent(name: "OrderPlaced")],
            useCases: [
                useCase(
                    "PlaceOrder", writes: ["Order", "OrderLine", "Invoice"], reads: ["Product.price"],
                    emits: ["OrderPlaced"], latencyCritical: true),
                useCase("CancelOrder", writes: ["Order", "Invoice"]),
                useCase("EditCatalog", writes: ["Product", "Category"]),
                useCase("WriteReview", writes: ["Review"], reads: ["Product"]),
                useCase("Rate", writes: ["Review", "Product.rating"]),
            ])
    }

    /// The shop with a third cluster: shipping, owned by Warehouse, handling OrderPlaced.
    static var shopWithShipping: DomainModel {
        var model = shop
        model.teams.append(Team(name: "Warehouse"))
        model.entities += [
            entity("Shipment", owner: "Warehouse", idRef("orderId", "Order"), ref("carrier", "Carrier")),
            entity("Carrier", owner: "Warehouse"),
        ]
        model.useCases += [
            useCase("ShipOrder", writes: ["Shipment"], reads: ["Carrier", "Order"], handles: ["OrderPlaced"]),
            useCase("ContractCarrier", writes: ["Carrier", "Shipment"]),
        ]
        return model
    }

    /// The sorted entity sets of a decomposition, for order-independent comparison.
    static func partition(_ decomposition: Decomposition) -> Set<[String]> {
        Set(decomposition.contexts.map(\.entities))
    }
}
