import DecomposeCore

/// The limits of a service's contract that swift-openapi-generator's code does not check (it decodes `format: uuid`
/// as any string, `integer` as a 64-bit `Int`), as the chassis's `FieldRule`s the handlers check a request body
/// against: formats of strings, and integers that must fit PostgreSQL's 32-bit `integer` column.
enum FieldRules {
    /// How deep rules follow value objects and composed entities into a body.
    static let maximumDepth = 4

    /// The rules of a body holding `properties`, as Swift expressions (`FieldRule(["lines", "*", "productId"], .uuid)`).
    /// `prefix` is the path to the object holding the properties (a command's body names other resources in
    /// properties of their own).
    static func expressions(
        for properties: [ServiceBlueprint.Property], components: [String: ServiceBlueprint.Component],
        prefix: [String] = []
    ) -> [String] {
        rules(for: properties, components: components, prefix: prefix, depth: 0).map(expression)
    }

    /// One rule as a Swift expression.
    static func expression(path: [String], format: String) -> String {
        "FieldRule([" + path.map(SwiftLiteral.string).joined(separator: ", ") + "], ." + format + ")"
    }

    private static func rules(
        for properties: [ServiceBlueprint.Property], components: [String: ServiceBlueprint.Component],
        prefix: [String], depth: Int
    ) -> [(path: [String], format: String)] {
        properties.flatMap { property -> [(path: [String], format: String)] in
            let path = prefix + [property.name] + (property.isList ? ["*"] : [])
            if let component = property.component.flatMap({ components[$0] }) {
                guard component.enumCases == nil, depth < maximumDepth else { return [] }
                return rules(for: component.properties, components: components, prefix: path, depth: depth + 1)
            }
            guard let format = format(of: property) else { return [] }
            return [(path, format)]
        }
    }

    /// The `FieldFormat` case a scalar property needs checked, if any.
    private static func format(of property: ServiceBlueprint.Property) -> String? {
        let scalarType = property.isList ? elementType(of: property) : property.schemaType
        switch (scalarType, property.format) {
        case ("string", "uuid"): return "uuid"
        case ("string", "date"): return "date"
        case ("string", "email"): return "email"
        case ("string", "uri"): return "uri"
        case ("integer", nil): return "int32"
        default: return nil
        }
    }

    /// The JSON type of one element of a list property.
    private static func elementType(of property: ServiceBlueprint.Property) -> String {
        guard case .mapping(let pairs) = property.schema,
            case .mapping(let items)? = pairs.first(where: { $0.key == "items" })?.value,
            case .string(let type)? = items.first(where: { $0.key == "type" })?.value
        else { return "object" }
        return type
    }
}
