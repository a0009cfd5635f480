import DecomposeCore

extension ServiceBlueprint.Component {
    /// The JSON Schema of the component, as OpenAPI 3.1 and AsyncAPI 3.0 both hold it under
    /// `components/schemas`: a string enum, or an object of its properties.
    var schema: YAMLNode {
        if let cases = enumCases {
            var pairs: [(key: String, value: YAMLNode)] = [
                ("type", .string("string")), ("enum", .sequence(cases.map(YAMLNode.string))),
            ]
            if let doc { pairs.append(("description", .string(doc))) }
            return .mapping(pairs)
        }
        return Self.objectSchema(properties: properties, doc: doc)
    }

    /// An object schema of `properties`, the required ones listed.
    static func objectSchema(properties: [ServiceBlueprint.Property], doc: String?) -> YAMLNode {
        var pairs: [(key: String, value: YAMLNode)] = [("type", .string("object"))]
        if let doc { pairs.append(("description", .string(doc))) }
        let required = properties.filter(\.isRequired).map { YAMLNode.string($0.name) }
        if !required.isEmpty { pairs.append(("required", .sequence(required))) }
        pairs.append(("properties", .mapping(properties.map { ($0.name, $0.schema) })))
        return .mapping(pairs)
    }
}
