/// Writes a `DomainModel` as canonical JSON (`schemaVersion` 1), the interchange format that
/// `ModelJSONReader` reads back byte for byte: `write(read(write(m))) == write(m)`.
///
/// Canonical means: keys in a fixed order, declarations in model order, and every `nil`, `false`,
/// empty string list and empty characteristics object left out, so equal models print equal
/// bytes. Locations are not written. Inferred aggregates are written with `"inferred": true`.
public struct ModelJSONWriter: Sendable {
    public init() {}

    /// The model as pretty-printed JSON ending in a newline.
    public func write(_ model: DomainModel) -> String {
        JSONWriter().write(value(of: model))
    }

    /// The model as a JSON value.
    public func value(of model: DomainModel) -> JSONValue {
        var root = JSONObjectBuilder()
        root.add("schemaVersion", .int(ModelJSONSchema.version))
        var system = JSONObjectBuilder()
        system.add("name", .string(model.system.name))
        system.add("summary", model.system.summary)
        system.add("doc", model.system.doc)
        root.add("system", system.value)
        root.add("teams", model.teams.map { named($0.name, doc: $0.doc).value })
        root.add(
            "enums",
            model.enums.map { item in
                var object = named(item.name, doc: item.doc)
                object.add("cases", item.cases.map(JSONValue.string))
                return object.value
            })
        root.add(
            "values",
            model.values.map { item in
                var object = named(item.name, doc: item.doc)
                object.add("fields", item.fields.map(value(of:)))
                return object.value
            })
        root.add("entities", model.entities.map(value(of:)))
        root.add("aggregates", model.aggregates.map(value(of:)))
        root.add(
            "events",
            model.events.map { item in
                var object = named(item.name, doc: item.doc)
                object.add("fields", item.fields.map(value(of:)))
                return object.value
            })
        root.add("useCases", model.useCases.map(value(of:)))
        root.add("zones", model.zones.map { group($0.name, doc: $0.doc, members: $0.members) })
        root.add("keepApart", model.keepApart.map(value(of:)))
        root.add("keepTogether", model.keepTogether.map(value(of:)))
        root.add(
            "pins",
            model.pins.map { pin in
                var object = JSONObjectBuilder()
                object.add("context", .string(pin.context))
                object.add("members", pin.members.map { .string($0.name) })
                object.add("doc", pin.doc)
                return object.value
            })
        root.add(
            "currentContexts", model.currentDecomposition.map { group($0.name, doc: $0.doc, members: $0.members) })
        root.add("deployments", model.deployments.map(value(of:)))
        return root.value
    }

    private func named(_ name: String, doc: String?) -> JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.add("name", .string(name))
        object.add("doc", doc)
        return object
    }

    /// A named group of entity or aggregate names (a zone, a current context): name, doc, members.
    private func group(_ name: String, doc: String?, members: [NameReference]) -> JSONValue {
        var object = named(name, doc: doc)
        object.add("members", members.map { .string($0.name) })
        return object.value
    }

    private func value(of entity: Entity) -> JSONValue {
        var object = named(entity.name, doc: entity.doc)
        object.add("parent", entity.parent)
        object.add("owner", entity.owner)
        object.add("aggregate", entity.aggregate)
        object.add("characteristics", value(of: entity.characteristics))
        object.add("fields", entity.fields.map(value(of:)))
        return object.value
    }

    private func value(of field: Field) -> JSONValue {
        var object = named(field.name, doc: field.doc)
        var type = JSONObjectBuilder()
        type.add("name", .string(field.type.name))
        type.add("list", field.type.isList)
        type.add("optional", field.type.isOptional)
        object.add("type", type.value)
        object.add("reference", field.isReference)
        object.add("unique", field.isUnique)
        object.add("identity", field.isIdentity)
        object.add("kind", ModelJSONSchema.kindName(of: field.kind))
        object.add("target", field.kind.target)
        return object.value
    }

    private func value(of aggregate: Aggregate) -> JSONValue {
        var object = named(aggregate.name, doc: aggregate.doc)
        object.add("root", .string(aggregate.root))
        object.add("members", aggregate.members.map(JSONValue.string))
        object.add("owner", aggregate.owner)
        object.add("characteristics", value(of: aggregate.characteristics))
        object.add("inferred", aggregate.isInferred)
        return object.value
    }

    private func value(of useCase: UseCase) -> JSONValue {
        var object = named(useCase.name, doc: useCase.doc)
        object.add("kind", .string(useCase.kind.rawValue))
        object.add("actor", useCase.actor)
        object.add("latencyCritical", useCase.isLatencyCritical)
        object.add("reads", useCase.reads.map { .string($0.description) })
        object.add("writes", useCase.writes.map { .string($0.description) })
        object.add("emits", useCase.emits.map { .string($0.name) })
        object.add("handles", useCase.handles.map { .string($0.name) })
        return object.value
    }

    /// `{"type": …, "doc": …, "options": [{"name": …, "value": "…"} or {"name": …, "list": […]}]}`; a list is
    /// written even when empty, so that it reads back as a list.
    private func value(of deployment: Deployment) -> JSONValue {
        var object = JSONObjectBuilder()
        object.add("type", .string(deployment.type))
        object.add("doc", deployment.doc)
        object.add(
            "options",
            deployment.options.map { option in
                let value: (key: String, value: JSONValue) =
                    switch option.value {
                    case .single(let text): ("value", .string(text))
                    case .list(let items): ("list", .array(items.map(JSONValue.string)))
                    }
                return JSONValue.object([(key: "name", value: .string(option.name)), value])
            })
        return object.value
    }

    private func value(of group: EntityGroup) -> JSONValue {
        var object = JSONObjectBuilder()
        object.add("members", group.members.map { .string($0.name) })
        object.add("doc", group.doc)
        return object.value
    }

    /// The characteristics that are set, keyed and valued with the domain language's words.
    private func value(of characteristics: Characteristics) -> JSONValue {
        var object = JSONObjectBuilder()
        for kind in CharacteristicKind.allCases {
            object.add(kind.rawValue, characteristics[keyPath: kind.keyPath].map(kind.word(for:)))
        }
        object.add("storage", characteristics.storage?.rawValue)
        return object.value
    }
}

/// Builds a JSON object in a fixed key order, leaving out what the canonical form omits.
struct JSONObjectBuilder {
    private(set) var members: [(key: String, value: JSONValue)] = []

    var value: JSONValue { .object(members) }

    /// Adds `value` unless it is an empty array or an empty object.
    mutating func add(_ key: String, _ value: JSONValue) {
        switch value {
        case .array(let items) where items.isEmpty: return
        case .object(let members) where members.isEmpty: return
        default: members.append((key: key, value: value))
        }
    }

    /// Adds a non-empty array.
    mutating func add(_ key: String, _ values: [JSONValue]) {
        add(key, .array(values))
    }

    /// Adds `value` when it is not `nil`.
    mutating func add(_ key: String, _ value: String?) {
        if let value { add(key, .string(value)) }
    }

    /// Adds `true`; `false` is the default and is left out.
    mutating func add(_ key: String, _ flag: Bool) {
        if flag { add(key, .bool(true)) }
    }
}
