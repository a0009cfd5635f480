@testable import DecomposeCore

/// Models built in code for the JSON tests, so they do not depend on the domain-language parser.
enum SampleModels {
    /// A resolved model that uses every declaration, every field flag and kind, every characteristic
    /// and every constraint, so that every key of the canonical JSON is written.
    static let everything: DomainModel = {
        let money = ValueObject(
            name: "Money",
            fields: [
                Field(name: "amount", type: TypeReference(name: "Decimal"), kind: .scalar),
                Field(name: "currency", type: TypeReference(name: "String"), kind: .scalar),
            ], doc: "An amount in a currency.")
        let customer = Entity(
            name: "Customer",
            fields: [
                Field(name: "id", type: TypeReference(name: "UUID"), isIdentity: true, kind: .scalar),
                Field(
                    name: "email", type: TypeReference(name: "String"), isUnique: true, kind: .scalar,
                    doc: "Where receipts go."),
                Field(name: "nickname", type: TypeReference(name: "String", isOptional: true), kind: .scalar),
                Field(name: "tags", type: TypeReference(name: "String", isList: true, isOptional: true), kind: .scalar),
                Field(name: "status", type: TypeReference(name: "CustomerStatus"), kind: .enumeration),
                Field(name: "credit", type: TypeReference(name: "Money"), kind: .value),
                Field(
                    name: "addresses", type: TypeReference(name: "Address", isList: true),
                    kind: .composition(target: "Address")),
                Field(
                    name: "referrer", type: TypeReference(name: "Customer", isOptional: true), isReference: true,
                    kind: .reference(target: "Customer")),
                Field(name: "productId", type: TypeReference(name: "UUID"), kind: .idReference(target: "Product")),
            ],
            owner: "Growth",
            characteristics: Characteristics(
                structuralVolatility: .high, contentVolatility: .medium, availability: .high, consistency: .low,
                security: .medium, size: .low, storage: .keyValue),
            aggregate: "Customer", doc: "Someone who buys.\nOr might.")
        let address = Entity(
            name: "Address", fields: [Field(name: "street", type: TypeReference(name: "String"), kind: .scalar)],
            owner: "Growth", aggregate: "Customer")
        let premium = Entity(
            name: "PremiumCustomer", fields: [Field(name: "tier", type: TypeReference(name: "Int"), kind: .scalar)],
            parent: "Customer")
        let product = Entity(name: "Product", fields: [Field(name: "id", type: TypeReference(name: "UUID"))])
        return DomainModel(
            system: SystemInfo(name: "Shop", summary: "The online shop monolith", doc: "Sells things."),
            teams: [Team(name: "Growth", doc: "Acquisition."), Team(name: "Checkout")],
            enums: [EnumType(name: "CustomerStatus", cases: ["active", "blocked"], doc: "Lifecycle.")],
            values: [money],
            entities: [customer, address, premium, product],
            aggregates: [
                Aggregate(
                    name: "Customer", root: "Customer", members: ["Customer", "Address"], owner: "Growth",
                    characteristics: Characteristics(consistency: .high), isInferred: true,
                    doc: "Inferred from composition."),
                Aggregate(name: "Catalog", root: "Product", members: ["Product"]),
            ],
            events: [
                DomainEvent(
                    name: "CustomerJoined",
                    fields: [
                        Field(name: "customer", type: TypeReference(name: "Customer"), isReference: true)
                    ], doc: "A new customer.")
            ],
            useCases: [
                UseCase(
                    name: "Register", kind: .command, actor: "Visitor", isLatencyCritical: true,
                    reads: [Access(entity: "Product"), Access(entity: "Customer", field: "email")],
                    writes: [Access(entity: "Customer")], emits: [NameReference("CustomerJoined")],
                    handles: [NameReference("OrderPlaced")], doc: "Sign up."),
                UseCase(name: "Browse", kind: .query, reads: [Access(entity: "Product")]),
                UseCase(name: "Plain"),
            ],
            zones: [SecurityZone(name: "Personal", members: [NameReference("Customer")], doc: "GDPR.")],
            keepApart: [EntityGroup(members: [NameReference("Customer"), NameReference("Product")], doc: "Apart.")],
            keepTogether: [EntityGroup(members: [NameReference("Customer"), NameReference("Address")])],
            pins: [Pin(members: [NameReference("Product")], context: "Catalog", doc: "Decided.")],
            currentDecomposition: [
                DeclaredContext(
                    name: "Monolith", members: [NameReference("Customer"), NameReference("Catalog")],
                    doc: "The shop as it runs today.")
            ],
            deployments: [
                Deployment(
                    type: "docker-compose",
                    options: [
                        DeploymentOption(name: "appsFolders", value: .list(["shop", "catalog"])),
                        DeploymentOption(name: "clusteredDbApps", value: .list([])),
                        DeploymentOption(name: "monitoring", value: .single("no")),
                    ], doc: "Local run.")
            ])
    }()
}
