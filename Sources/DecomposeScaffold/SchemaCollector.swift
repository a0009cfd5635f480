import DecomposeCore

/// Turns model fields into JSON schemas and collects the component schemas (enums, value objects, composed
/// entities) they need, each once, under a unique sanitised name.
struct SchemaCollector: Sendable {
    let model: DomainModel
    private var names: [String: String] = [:]
    private var usedNames = UniqueNames(reserved: Set(["Problem", "Health"]).union(OpenAPIBuilder.eventSchemaNames))
    private var collected: [String: ServiceBlueprint.Component] = [:]
    private var pending: Set<String> = []

    init(model: DomainModel) { self.model = model }

    /// The component name of a model type, the same on every call.
    mutating func componentName(for modelName: String) -> String {
        if let name = names[modelName] { return name }
        var name = NameSanitizer.typeName(modelName)
        if NameSanitizer.generatorReservedNames.contains(name) { name += "Model" }
        for suffix in ["Input", "Page"] where name.hasSuffix(suffix) { name += "Type" }
        let unique = usedNames.claim(name)
        for suffix in ["Input", "Page"] { usedNames.insert(unique + suffix) }
        names[modelName] = unique
        return unique
    }

    /// A schema name of the service's own (a command's request body), unique among every other name.
    mutating func reserveName(_ candidate: String) -> String {
        usedNames.claim(NameSanitizer.typeName(candidate))
    }

    /// The fields of `entity` and its ancestors as properties; the identity (sent as `id`) left out when asked.
    mutating func properties(of entity: Entity, excludingIdentity: Bool) -> [ServiceBlueprint.Property] {
        var chain: [Entity] = []
        var current: Entity? = entity
        var seen: Set<String> = []
        while let next = current, !seen.contains(next.name) {
            seen.insert(next.name)
            chain.insert(next, at: 0)
            current = next.parent.flatMap(model.entity(named:))
        }
        let fields = chain.flatMap(\.fields)
        let hasDeclaredIdentity = fields.contains(where: \.isIdentity)
        let kept = fields.filter { field in
            !(excludingIdentity && (field.isIdentity || (!hasDeclaredIdentity && field.name == "id")))
        }
        return properties(of: kept, reserved: excludingIdentity ? ["id"] : [])
    }

    /// Properties of `fields`, skipping any whose JSON name repeats an earlier one or a reserved one.
    mutating func properties(of fields: [Field], reserved: Set<String>) -> [ServiceBlueprint.Property] {
        var used = reserved
        var result: [ServiceBlueprint.Property] = []
        for field in fields {
            let property = property(of: field)
            guard !used.contains(property.name) else { continue }
            used.insert(property.name)
            result.append(property)
        }
        return result
    }

    /// The components collected so far, sorted by name.
    func components() -> [ServiceBlueprint.Component] {
        collected.values.sorted { $0.name < $1.name }
    }

    private mutating func property(of field: Field) -> ServiceBlueprint.Property {
        let type = field.type
        var name = NameSanitizer.memberName(field.name)
        var schema: YAMLNode
        var sample: String
        var schemaType = "string"
        var format: String?
        var enumName: String?
        var component: String?
        var isComposition = false
        var references: String?
        switch field.kind {
        case .reference(let target):
            references = target
            let suffix = type.isList ? "Ids" : "Id"
            if !name.hasSuffix(suffix) { name += suffix }
            format = "uuid"
            schema = .mapping([
                ("type", .string("string")), ("format", .string("uuid")),
                ("description", .string("Id of the referenced \(target).")),
            ])
            sample = "\"00000000-0000-4000-8000-000000000001\""
        case .idReference(let target):
            references = target
            format = "uuid"
            schema = .mapping([
                ("type", .string("string")), ("format", .string("uuid")),
                ("description", .string("Id of the referenced \(target).")),
            ])
            sample = "\"00000000-0000-4000-8000-000000000001\""
        case .composition(let target):
            let name = componentName(for: target)
            component = name
            isComposition = true
            collectEntity(target)
            schemaType = "object"
            schema = .mapping([("$ref", .string("#/components/schemas/\(name)"))])
            sample = sampleObject(name)
        default:
            if let enumType = model.enums.first(where: { $0.name == type.name }) {
                let name = componentName(for: enumType.name)
                enumName = name
                component = name
                collectEnum(enumType)
                schema = .mapping([("$ref", .string("#/components/schemas/\(name)"))])
                sample = JSONWriter.quoted(enumType.cases.first ?? "")
            } else if model.values.contains(where: { $0.name == type.name }) {
                let name = componentName(for: type.name)
                component = name
                collectValue(type.name)
                schemaType = "object"
                schema = .mapping([("$ref", .string("#/components/schemas/\(name)"))])
                sample = sampleObject(name)
            } else {
                (schema, sample, schemaType, format) = Self.scalarSchema(type.name)
            }
        }
        if type.isList {
            schema = .mapping([("type", .string("array")), ("items", schema)])
            sample = "[]"
        }
        if let doc = field.doc {
            schema = Self.adding(description: doc, to: schema)
        }
        return ServiceBlueprint.Property(
            name: name, schema: schema, sample: sample, isList: type.isList, isRequired: !type.isOptional,
            doc: field.doc, schemaType: type.isList ? "array" : schemaType, format: format, enumName: enumName,
            component: component, isComposition: isComposition, isUnique: field.isUnique, references: references)
    }

    /// A schema with `description` set (a `$ref` is wrapped so that its description is kept in OpenAPI 3.1).
    static func adding(description: String, to schema: YAMLNode) -> YAMLNode {
        guard case .mapping(let pairs) = schema else { return schema }
        return .mapping(pairs.filter { $0.key != "description" } + [("description", .string(description))])
    }

    /// The schema, example, JSON type and format of a scalar type name; unknown names read as strings.
    static func scalarSchema(_ name: String) -> (YAMLNode, String, String, String?) {
        func string(_ format: String?, _ sample: String) -> (YAMLNode, String, String, String?) {
            let pairs: [(key: String, value: YAMLNode)] =
                [("type", .string("string"))] + (format.map { [("format", .string($0))] } ?? [])
            return (.mapping(pairs), "\"\(sample)\"", "string", format)
        }
        switch ScalarType(rawValue: name) {
        case .int: return (.mapping([("type", .string("integer"))]), "1", "integer", nil)
        case .long:
            return (.mapping([("type", .string("integer")), ("format", .string("int64"))]), "1", "integer", "int64")
        case .double:
            return (.mapping([("type", .string("number")), ("format", .string("double"))]), "1.5", "number", "double")
        case .decimal: return (.mapping([("type", .string("number"))]), "1.5", "number", nil)
        case .bool: return (.mapping([("type", .string("boolean"))]), "true", "boolean", nil)
        case .uuid: return string("uuid", "00000000-0000-4000-8000-000000000001")
        case .date: return string("date", "2026-01-01")
        case .dateTime: return string("date-time", "2026-01-01T00:00:00Z")
        case .email: return string("email", "user@example.com")
        case .url: return string("uri", "https://example.com/")
        case .time: return string("time", "12:00:00Z")
        case .duration: return string("duration", "PT1H")
        case .bytes:
            return (
                .mapping([("type", .string("string")), ("contentEncoding", .string("base64"))]), "\"\"", "string", nil
            )
        case .json: return (.mapping([("description", .string("Any JSON value."))]), "{}", "object", nil)
        case .string, .text, nil: return string(nil, "example")
        }
    }

    /// The example JSON object of a component: its required properties with their examples.
    private func sampleObject(_ component: String) -> String {
        guard let found = collected[component] else { return "{}" }
        let members = found.properties.filter(\.isRequired).map { "\"\($0.name)\":\($0.sample)" }
        return "{" + members.joined(separator: ",") + "}"
    }

    private mutating func collectEnum(_ enumType: EnumType) {
        let name = componentName(for: enumType.name)
        guard collected[name] == nil else { return }
        collected[name] = ServiceBlueprint.Component(
            name: name, doc: enumType.doc, properties: [], enumCases: enumType.cases)
    }

    private mutating func collectValue(_ valueName: String) {
        let name = componentName(for: valueName)
        guard collected[name] == nil, !pending.contains(name),
            let value = model.values.first(where: { $0.name == valueName })
        else { return }
        pending.insert(name)
        let properties = properties(of: value.fields, reserved: [])
        collected[name] = ServiceBlueprint.Component(name: name, doc: value.doc, properties: properties)
        pending.remove(name)
    }

    private mutating func collectEntity(_ entityName: String) {
        let name = componentName(for: entityName)
        guard collected[name] == nil, !pending.contains(name), let entity = model.entity(named: entityName) else {
            return
        }
        pending.insert(name)
        let properties = properties(of: entity, excludingIdentity: false)
        collected[name] = ServiceBlueprint.Component(name: name, doc: entity.doc, properties: properties)
        pending.remove(name)
    }
}
