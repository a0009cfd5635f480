/// Reads Service Cutter's input pair (Gysel et al.): the entity-relationship model and, optionally, the user
/// representations file, into a declared `DomainModel`.
///
/// The model file is an object with `name`, `entities` (each `name` and `nanoentities`, a list of field names)
/// and `relations` (`origin`, `destination`, `type` COMPOSITION, AGGREGATION or INHERITANCE):
/// - a nanoentity becomes a field of type `String` (Service Cutter records no types); the first one named `id`,
///   `<entity>Id` or `<entity>Identifier` (any case) is the entity's identity, not an id reference to itself;
/// - COMPOSITION becomes a list field `[Destination]` on the origin (the destination lives in its aggregate); an
///   entity lives in one aggregate, so when another origin already composes the destination, the first
///   composition wins and this one is read as an AGGREGATION, with the warning `servicecutter.secondComposition`;
/// - AGGREGATION becomes a reference `destination -> Destination` on the origin;
/// - INHERITANCE makes the origin extend the destination.
///
/// The user representations are applied by `ServiceCutterRepresentations`. Problems are errors or warnings
/// with ids `servicecutter.*`, located by the JSON path and line:col in the file they were found in.
public struct ServiceCutterReader: Sendable {
    public init() {}

    /// Whether `value` looks like a Service Cutter model: an object whose `entities` items have `nanoentities`.
    public static func isModel(_ value: JSONValue) -> Bool {
        guard let entities = value["entities"]?.arrayValue, !entities.isEmpty else { return false }
        return entities.allSatisfy { $0["nanoentities"] != nil }
    }

    /// The declared model of the pair; when a file cannot be read at all, what could be read and the errors.
    public func read(
        model: String, modelPath: String, userRepresentations: String? = nil, userRepresentationsPath: String? = nil
    ) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        let parsed = JSONParser().parseDocument(model, path: modelPath)
        var diagnostics = parsed.diagnostics
        var result = DomainModel()
        var entities = EntityLookup()
        if let document = parsed.document {
            var reader = TypedJSON(document: document, prefix: "servicecutter")
            (result, entities) = readModel(&reader)
            diagnostics += reader.diagnostics
        }
        if let userRepresentations {
            let repsPath = userRepresentationsPath ?? "<user representations>"
            let parsedReps = JSONParser().parseDocument(userRepresentations, path: repsPath)
            diagnostics += parsedReps.diagnostics
            if let document = parsedReps.document {
                var representations = ServiceCutterRepresentations(
                    json: TypedJSON(document: document, prefix: "servicecutter"), entities: entities)
                representations.apply(to: &result)
                diagnostics += representations.json.diagnostics
            }
        }
        return (result, diagnostics)
    }

    /// The declared model, and its entities by name for the user representations.
    private func readModel(_ json: inout TypedJSON) -> (DomainModel, EntityLookup) {
        var model = DomainModel()
        var entities = EntityLookup()
        guard
            let root = json.object(
                json.document.value, at: .root, what: "the model", keys: ["name", "entities", "relations"])
        else { return (model, entities) }
        if let name = json.nonEmptyString(in: root, "name", required: false) {
            model.system = SystemInfo(
                name: ServiceCutterNames.identifier(name), location: json.document.location(of: .root))
        }
        for (index, item) in (json.array(in: root, "entities", required: true) ?? []).enumerated() {
            let path = root.path.appending("entities").appending(index)
            guard let entity = json.object(item, at: path, what: "an entity", keys: ["name", "nanoentities"]),
                let name = json.nonEmptyString(in: entity, "name", required: true)
            else { continue }
            if entities.contains(name) {
                json.report(.error, "servicecutter.duplicateEntity", "entity '\(name)' is declared twice", at: path)
                continue
            }
            var fields: [Field] = []
            var fieldNames: Set<String> = []
            var hasIdentity = false
            let lowered = name.lowercased()
            let identityNames = ["id", "\(lowered)id", "\(lowered)identifier"]
            for (fieldIndex, fieldValue) in (json.array(in: entity, "nanoentities", required: true) ?? []).enumerated()
            {
                let fieldPath = path.appending("nanoentities").appending(fieldIndex)
                guard let fieldName = json.nonEmptyString(fieldValue, at: fieldPath, what: "a nanoentity name") else {
                    continue
                }
                guard fieldNames.insert(fieldName).inserted else {
                    json.report(
                        .warning, "servicecutter.duplicateNanoentity",
                        "nanoentity '\(name).\(fieldName)' is listed twice",
                        at: fieldPath)
                    continue
                }
                let identity = !hasIdentity && identityNames.contains(fieldName.lowercased())
                hasIdentity = hasIdentity || identity
                fields.append(
                    Field(
                        name: fieldName, type: TypeReference(name: ScalarType.string.rawValue), isIdentity: identity,
                        location: json.document.location(of: fieldPath)))
            }
            let declared = Entity(name: name, fields: fields, location: json.document.location(of: path))
            entities.add(declared)
            model.entities.append(declared)
        }
        var composers: [String: (origin: String, path: JSONPath)] = [:]
        for (index, item) in (json.array(in: root, "relations", required: false) ?? []).enumerated() {
            readRelation(
                item, at: root.path.appending("relations").appending(index), into: &model, &entities,
                composers: &composers, &json)
        }
        return (model, entities)
    }

    /// Adds the field or parent a relation stands for; `composers` holds, per destination, the origin of the
    /// first composition read and where it was written.
    private func readRelation(
        _ item: JSONValue, at path: JSONPath, into model: inout DomainModel, _ entities: inout EntityLookup,
        composers: inout [String: (origin: String, path: JSONPath)], _ json: inout TypedJSON
    ) {
        guard let relation = json.object(item, at: path, what: "a relation", keys: ["origin", "destination", "type"]),
            let origin = json.nonEmptyString(in: relation, "origin", required: true),
            let destination = json.nonEmptyString(in: relation, "destination", required: true),
            let type = json.nonEmptyString(in: relation, "type", required: true)
        else { return }
        var known = true
        for (key, name) in [("origin", origin), ("destination", destination)] where !entities.contains(name) {
            json.report(
                .error, "servicecutter.unknownEntity", "relation \(key) '\(name)' is not an entity",
                at: path.appending(key))
            known = false
        }
        guard known, let originIndex = entities.position(of: origin) else { return }
        let location = json.document.location(of: path)
        var kind = type.uppercased()
        if kind == "COMPOSITION" {
            if let first = composers[destination], first.origin != origin {
                json.report(
                    .warning, "servicecutter.secondComposition",
                    "'\(destination)' is already composed by '\(first.origin)' (\(first.path)); an entity lives in "
                        + "one aggregate, so this COMPOSITION from '\(origin)' is read as an AGGREGATION",
                    at: path.appending("type"))
                kind = "AGGREGATION"
            } else if composers[destination] == nil {
                composers[destination] = (origin, path)
            }
        }
        switch kind {
        case "COMPOSITION":
            let name = Self.freeName(
                ServiceCutterNames.lowerFirst(destination) + "s", at: originIndex, in: &entities)
            model.entities[originIndex].fields.append(
                Field(name: name, type: TypeReference(name: destination, isList: true), location: location))
        case "AGGREGATION":
            let name = Self.freeName(ServiceCutterNames.lowerFirst(destination), at: originIndex, in: &entities)
            model.entities[originIndex].fields.append(
                Field(name: name, type: TypeReference(name: destination), isReference: true, location: location))
        case "INHERITANCE":
            if let parent = model.entities[originIndex].parent, parent != destination {
                json.report(
                    .error, "servicecutter.multipleInheritance",
                    "'\(origin)' already extends '\(parent)'; an entity extends at most one other",
                    at: path.appending("destination"))
            } else {
                model.entities[originIndex].parent = destination
            }
        default:
            json.report(
                .error, "servicecutter.invalidValue",
                "unknown relation type '\(type)'; expected COMPOSITION, AGGREGATION or INHERITANCE",
                at: path.appending("type"))
        }
    }

    /// `base`, or `base2`, `base3`… when the entity at `position` already has a field of that name; recorded as
    /// the name of its next field.
    private static func freeName(_ base: String, at position: Int, in entities: inout EntityLookup) -> String {
        let candidate = UniqueNames.first(UniqueNames.numbered(base)) { !entities.hasField($0, at: position) }
        entities.addField(candidate, at: position)
        return candidate
    }
}
