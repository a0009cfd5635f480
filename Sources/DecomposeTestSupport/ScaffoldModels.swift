import DecomposeCore

/// Small models for the scaffold tests, read from domain-language text.
public enum ScaffoldModels {
    public static let shopText = """
        system Shop "A small shop"
        team Sales, Stock
        aggregate Order owned-by Sales {
          root Order { id: UUID, customer -> Customer, lines: [OrderLine] }
          entity OrderLine { id: UUID, product -> Product, quantity: Int }
        }
        entity Customer owned-by Sales { id: UUID, email: Email }
        entity Product owned-by Stock { id: UUID, name: String, onHand: Int }
        usecase PlaceOrder { reads Customer, Product writes Order, OrderLine, Product.onHand }
        """

    /// The resolved shop model.
    public static var shop: DomainModel {
        let parsed = DomainParser().parse(shopText, path: "shop.domain")
        return ModelBuilder().build(parsed.model).model
    }

    /// A decomposition of `shop` with the given contexts, as a user would write it.
    public static func decompositionJSON(_ contexts: [(String, [String])]) -> String {
        let items = contexts.map { name, entities in
            "{\"name\": \(JSONWriter.quoted(name)), \"entities\": [\(entities.map(JSONWriter.quoted).joined(separator: ", "))]}"
        }
        return "{\n  \"contexts\": [\n    " + items.joined(separator: ",\n    ") + "\n  ]\n}\n"
    }
}
