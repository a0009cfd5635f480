/// Reads the canonical model JSON that `ModelJSONWriter` writes (`schemaVersion` 1) into a
/// declared `DomainModel`, reporting every problem with `file:line:col` and its JSON path.
///
/// - Syntax problems come from `JSONParser` (`json.*`).
/// - An unknown key is a warning naming it (`jsonModel.unknownKey`); the key is ignored.
/// - A value of the wrong JSON type (`jsonModel.wrongType`), a missing `name` or other required
///   key (`jsonModel.missingKey`), an unknown word such as a characteristic level or field kind
///   (`jsonModel.invalidValue`) and a `schemaVersion` other than 1
///   (`jsonModel.unsupportedSchemaVersion`) are errors. A declaration without its required key is
///   left out; the rest of the document is still read.
/// - Every declaration, field, access and name reference gets a location whose `jsonPath` is
///   where it was written.
/// - Aggregates marked `"inferred": true` are kept as written (with `isInferred`), so the round
///   trip is exact; `ModelBuilder` discards and re-infers them when it builds the model.
public struct ModelJSONReader: Sendable {
    public init() {}

    /// The model in `text`; when the JSON cannot be read at all, an empty model and the errors.
    public func read(_ text: String, path: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        let parsed = JSONParser().parseDocument(text, path: path)
        guard let document = parsed.document else { return (DomainModel(), parsed.diagnostics) }
        var decoder = ModelJSONDecoder(document: document)
        let model = decoder.model()
        return (model, parsed.diagnostics + decoder.json.diagnostics)
    }
}

/// Turns the JSON values of one document into model declarations, collecting diagnostics.
private struct ModelJSONDecoder {
    typealias Object = TypedJSON.Object

    var json: TypedJSON

    init(document: JSONDocument) {
        json = TypedJSON(document: document, prefix: "jsonModel")
    }

    mutating func model() -> DomainModel {
        var model = DomainModel()
        guard let root = object(json.document.value, at: .root, what: "the model", keys: ModelJSONSchema.topLevelKeys),
            readsSchemaVersion(of: root)
        else { return model }
        if let system = system(root) { model.system = system }
        readDeclarations(root, into: &model)
        readConstraints(root, into: &model)
        return model
    }

    /// Whether the model's `schemaVersion` is the one this reader reads (a missing one is an error, and read on).
    mutating func readsSchemaVersion(of root: Object) -> Bool {
        guard let version = root["schemaVersion"] else {
            json.missingKey("schemaVersion", in: root)
            return true
        }
        guard version.numberValue?.intValue == ModelJSONSchema.version else {
            let found = version.numberValue?.text ?? version.typeName
            report(
                "jsonModel.unsupportedSchemaVersion",
                "unsupported schemaVersion \(found); this version of decompose reads schemaVersion \(ModelJSONSchema.version)",
                at: root.path.appending("schemaVersion"))
            return false
        }
        return true
    }

    mutating func system(_ root: Object) -> SystemInfo? {
        guard let system = root["system"],
            let object = object(
                system, at: root.path.appending("system"), what: "the system",
                keys: ModelJSONSchema.systemKeys),
            let name = requiredString(object, "name")
        else { return nil }
        return SystemInfo(
            name: name, summary: string(object, "summary"), doc: string(object, "doc"),
            location: location(object.path))
    }

    /// Teams, enums, value objects, entities, aggregates, events and use cases.
    mutating func readDeclarations(_ root: Object, into model: inout DomainModel) {
        model.teams = elements(root, "teams", what: "a team", keys: ModelJSONSchema.teamKeys) { decoder, object in
            decoder.requiredString(object, "name").map {
                Team(name: $0, doc: decoder.string(object, "doc"), location: decoder.location(object.path))
            }
        }
        model.enums = elements(root, "enums", what: "an enum", keys: ModelJSONSchema.enumKeys) { decoder, object in
            decoder.requiredString(object, "name").map {
                EnumType(
                    name: $0, cases: decoder.strings(object, "cases").map(\.text),
                    doc: decoder.string(object, "doc"), location: decoder.location(object.path))
            }
        }
        model.values = elements(root, "values", what: "a value object", keys: ModelJSONSchema.valueKeys) {
            decoder, object in
            decoder.requiredString(object, "name").map {
                ValueObject(
                    name: $0, fields: decoder.fields(object), doc: decoder.string(object, "doc"),
                    location: decoder.location(object.path))
            }
        }
        model.entities = elements(root, "entities", what: "an entity", keys: ModelJSONSchema.entityKeys) {
            decoder, object in decoder.entity(object)
        }
        model.aggregates = elements(root, "aggregates", what: "an aggregate", keys: ModelJSONSchema.aggregateKeys) {
            decoder, object in decoder.aggregate(object)
        }
        model.events = elements(root, "events", what: "an event", keys: ModelJSONSchema.eventKeys) {
            decoder, object in
            decoder.requiredString(object, "name").map {
                DomainEvent(
                    name: $0, fields: decoder.fields(object), doc: decoder.string(object, "doc"),
                    location: decoder.location(object.path))
            }
        }
        model.useCases = elements(root, "useCases", what: "a use case", keys: ModelJSONSchema.useCaseKeys) {
            decoder, object in decoder.useCase(object)
        }
    }

    /// Zones, keep-apart and keep-together groups, pins, current contexts and deployments.
    mutating func readConstraints(_ root: Object, into model: inout DomainModel) {
        model.zones = elements(root, "zones", what: "a zone", keys: ModelJSONSchema.zoneKeys) { decoder, object in
            decoder.requiredString(object, "name").map {
                SecurityZone(
                    name: $0, members: decoder.names(object, "members"), doc: decoder.string(object, "doc"),
                    location: decoder.location(object.path))
            }
        }
        model.keepApart = groups(root, "keepApart", what: "a keep-apart group")
        model.keepTogether = groups(root, "keepTogether", what: "a keep-together group")
        model.pins = elements(root, "pins", what: "a pin", keys: ModelJSONSchema.pinKeys) { decoder, object in
            decoder.requiredString(object, "context").map {
                Pin(
                    members: decoder.names(object, "members"), context: $0, doc: decoder.string(object, "doc"),
                    location: decoder.location(object.path))
            }
        }
        model.currentDecomposition = elements(
            root, "currentContexts", what: "a current context", keys: ModelJSONSchema.currentContextKeys
        ) { decoder, object in
            decoder.requiredString(object, "name").map {
                DeclaredContext(
                    name: $0, members: decoder.names(object, "members"), doc: decoder.string(object, "doc"),
                    location: decoder.location(object.path))
            }
        }
        model.deployments = elements(
            root, "deployments", what: "a deployment", keys: ModelJSONSchema.deploymentKeys
        ) { decoder, object in decoder.deployment(object) }
    }

    // MARK: - Declarations

    mutating func entity(_ object: Object) -> Entity? {
        guard let name = requiredString(object, "name") else { return nil }
        return Entity(
            name: name, fields: fields(object), parent: string(object, "parent"), owner: string(object, "owner"),
            characteristics: characteristics(object), aggregate: string(object, "aggregate"),
            doc: string(object, "doc"), location: location(object.path))
    }

    mutating func aggregate(_ object: Object) -> Aggregate? {
        let name = requiredString(object, "name")
        let root = requiredString(object, "root")
        guard let name, let root else { return nil }
        return Aggregate(
            name: name, root: root, members: strings(object, "members").map(\.text), owner: string(object, "owner"),
            characteristics: characteristics(object), isInferred: bool(object, "inferred"),
            doc: string(object, "doc"), location: location(object.path))
    }

    mutating func useCase(_ object: Object) -> UseCase? {
        guard let name = requiredString(object, "name") else { return nil }
        var kind = UseCase.Kind.usecase
        if let word = string(object, "kind") {
            if let known = UseCase.Kind(rawValue: word) {
                kind = known
            } else {
                report(
                    "jsonModel.invalidValue",
                    "'\(word)' is not a use case kind (expected \(UseCase.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: object.path.appending("kind"))
            }
        }
        return UseCase(
            name: name, kind: kind, actor: string(object, "actor"), isLatencyCritical: bool(object, "latencyCritical"),
            reads: accesses(object, "reads"), writes: accesses(object, "writes"), emits: names(object, "emits"),
            handles: names(object, "handles"), doc: string(object, "doc"), location: location(object.path))
    }

    mutating func deployment(_ object: Object) -> Deployment? {
        guard let type = requiredString(object, "type") else { return nil }
        let options = elements(
            object, "options", what: "a deployment option", keys: ModelJSONSchema.deploymentOptionKeys
        ) { decoder, option in decoder.deploymentOption(option) }
        return Deployment(type: type, options: options, doc: string(object, "doc"), location: location(object.path))
    }

    /// `{"name": …, "value": "…"}` or `{"name": …, "list": […]}`: exactly one of the two.
    mutating func deploymentOption(_ object: Object) -> DeploymentOption? {
        let name = requiredString(object, "name")
        let hasValue = object["value"] != nil
        guard hasValue != (object["list"] != nil) else {
            report(
                hasValue ? "jsonModel.invalidValue" : "jsonModel.missingKey",
                "a deployment option has either 'value' or 'list'", at: object.path)
            return nil
        }
        let value: DeploymentOption.Value
        if hasValue {
            guard let text = string(object, "value") else { return nil }
            value = .single(text)
        } else {
            value = .list(strings(object, "list").map(\.text))
        }
        guard let name else { return nil }
        return DeploymentOption(name: name, value: value, location: location(object.path))
    }

    mutating func fields(_ owner: Object) -> [Field] {
        elements(owner, "fields", what: "a field", keys: ModelJSONSchema.fieldKeys) { decoder, object in
            decoder.field(object)
        }
    }

    mutating func field(_ object: Object) -> Field? {
        let name = requiredString(object, "name")
        var type: TypeReference?
        if let value = json.value(in: object, "type", required: true) {
            if let typeObject = self.object(
                value, at: object.path.appending("type"), what: "a type",
                keys: ModelJSONSchema.typeKeys),
                let typeName = requiredString(typeObject, "name")
            {
                type = TypeReference(
                    name: typeName, isList: bool(typeObject, "list"),
                    isOptional: bool(typeObject, "optional"))
            }
        }
        let kind = fieldKind(object)
        guard let name, let type else { return nil }
        return Field(
            name: name, type: type, isReference: bool(object, "reference"), isUnique: bool(object, "unique"),
            isIdentity: bool(object, "identity"), kind: kind, doc: string(object, "doc"),
            location: location(object.path))
    }

    mutating func fieldKind(_ object: Object) -> Field.Kind {
        let target = string(object, "target")
        guard let word = string(object, "kind") else {
            if target != nil {
                report(
                    "jsonModel.invalidValue", "'target' needs a 'kind' of composition, reference or idReference",
                    at: object.path.appending("target"))
            }
            return .unresolved
        }
        guard ModelJSONSchema.kindNames.contains(word) else {
            report(
                "jsonModel.invalidValue",
                "'\(word)' is not a field kind (expected \(ModelJSONSchema.kindNames.joined(separator: ", ")))",
                at: object.path.appending("kind"))
            return .unresolved
        }
        if ModelJSONSchema.kindNeedsTarget(word) {
            guard let target else {
                report(
                    "jsonModel.missingKey", "missing required key 'target' in a field of kind \(word)",
                    at: object.path)
                return .unresolved
            }
            return ModelJSONSchema.kind(named: word, target: target) ?? .unresolved
        }
        if target != nil {
            report(
                "jsonModel.invalidValue", "a field of kind \(word) has no 'target'",
                at: object.path.appending("target"))
        }
        return ModelJSONSchema.kind(named: word, target: "") ?? .unresolved
    }

    mutating func characteristics(_ owner: Object) -> Characteristics {
        var result = Characteristics()
        guard let value = owner["characteristics"],
            let object = object(
                value, at: owner.path.appending("characteristics"), what: "characteristics",
                keys: ModelJSONSchema.characteristicKeys)
        else { return result }
        for kind in CharacteristicKind.allCases {
            guard let word = string(object, kind.rawValue) else { continue }
            if let level = kind.level(named: word) {
                result[keyPath: kind.keyPath] = level
            } else {
                report(
                    "jsonModel.invalidValue",
                    "'\(word)' is not a level of \(kind.rawValue) (expected \(kind.levelWords.joined(separator: ", ")))",
                    at: object.path.appending(kind.rawValue))
            }
        }
        if let word = string(object, "storage") {
            if let storage = StorageKind(rawValue: word) {
                result.storage = storage
            } else {
                report(
                    "jsonModel.invalidValue",
                    "'\(word)' is not a storage kind (expected \(StorageKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: object.path.appending("storage"))
            }
        }
        return result
    }

    mutating func groups(_ root: Object, _ key: String, what: String) -> [EntityGroup] {
        elements(root, key, what: what, keys: ModelJSONSchema.groupKeys) { decoder, object in
            EntityGroup(
                members: decoder.names(object, "members"), doc: decoder.string(object, "doc"),
                location: decoder.location(object.path))
        }
    }

    /// `"Entity"` or `"Entity.field"` strings.
    mutating func accesses(_ object: Object, _ key: String) -> [Access] {
        strings(object, key).compactMap { item in
            let parts = item.text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
                report(
                    "jsonModel.invalidValue",
                    "'\(item.text)' is not an access (expected \"Entity\" or \"Entity.field\")",
                    at: item.path)
                return nil
            }
            return Access(entity: parts[0], field: parts.count == 2 ? parts[1] : nil, location: location(item.path))
        }
    }

    mutating func names(_ object: Object, _ key: String) -> [NameReference] {
        strings(object, key).map { NameReference($0.text, at: location($0.path)) }
    }

    // MARK: - Typed access

    /// The elements of the array under `key` (absent means empty), each decoded as an object.
    mutating func elements<Element>(
        _ owner: Object, _ key: String, what: String, keys: [String],
        _ decode: (inout ModelJSONDecoder, Object) -> Element?
    ) -> [Element] {
        let path = owner.path.appending(key)
        return (json.array(in: owner, key) ?? []).enumerated().compactMap { index, item in
            guard let object = object(item, at: path.appending(index), what: what, keys: keys) else { return nil }
            return decode(&self, object)
        }
    }

    // MARK: - Typed access, with this format's ids

    mutating func object(_ value: JSONValue, at path: JSONPath, what: String, keys: [String]) -> Object? {
        json.object(value, at: path, what: what, keys: keys)
    }

    mutating func string(_ object: Object, _ key: String) -> String? {
        json.string(in: object, key)
    }

    /// A string that must be present and non-empty.
    mutating func requiredString(_ object: Object, _ key: String) -> String? {
        json.nonEmptyString(in: object, key, required: true, emptyID: "jsonModel.invalidValue")
    }

    /// A boolean flag; absent means `false`.
    mutating func bool(_ object: Object, _ key: String) -> Bool {
        json.bool(in: object, key)
    }

    /// The strings of the array under `key` (absent means empty), with their paths.
    mutating func strings(_ object: Object, _ key: String) -> [(text: String, path: JSONPath)] {
        json.strings(in: object, key)
    }

    func location(_ path: JSONPath) -> SourceLocation {
        json.location(path)
    }

    mutating func report(_ id: String, _ message: String, at path: JSONPath) {
        json.report(.error, id, message, at: path)
    }
}
