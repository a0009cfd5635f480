/// Applies a Service Cutter user representations file to a model read from its entity-relationship model.
///
/// - `useCases` (`name`, `nanoentitiesRead`, `nanoentitiesWritten`, `isLatencyCritical` as a boolean or the
///   string "true"/"false") become use cases; `Entity.field` is a field-level access, a bare name the entity.
/// - `aggregates` (`name`, `nanoentities`) become declared aggregates of the entities they touch; the root is
///   the member that composes another member, else the first one listed.
/// - `entities` (`name`, `nanoentities`) add the nanoentities an entity lacks as `String` fields.
/// - `sharedOwnerGroups` become teams owning the entities they touch; `predefinedServices` become pins;
///   `separatedSecurityZones` become security zones.
/// - `securityAccessGroups` have no counterpart in the model: each is a warning naming it.
/// - `compatibilities` set characteristics: structuralVolatility, contentVolatility, availabilityCriticality,
///   consistencyCriticality, securityCriticality, storageSimilarity (→ size); older files' `volatility`,
///   `changeSimilarity`, `availability` and `consistency` are read as the first four. An entity whose
///   nanoentities are rated differently takes the highest level.
struct ServiceCutterRepresentations {
    var json: TypedJSON
    /// The entities by name, with their field names, of the model the representations are applied to.
    private var entities: EntityLookup

    static let keys = [
        "useCases", "aggregates", "entities", "sharedOwnerGroups", "predefinedServices", "separatedSecurityZones",
        "securityAccessGroups", "compatibilities",
    ]

    /// The characteristic each `compatibilities` key rates, with the Service Cutter words for low…high.
    static let compatibilityKinds: [String: (kind: CharacteristicKind, words: [String])] = [
        "structuralVolatility": (.structuralVolatility, ["rarely", "normally", "often"]),
        "volatility": (.structuralVolatility, ["rarely", "normally", "often"]),
        "contentVolatility": (.contentVolatility, ["rarely", "regularly", "often"]),
        "changeSimilarity": (.contentVolatility, ["rarely", "regularly", "often"]),
        "availabilityCriticality": (.availability, ["low", "normal", "critical"]),
        "availability": (.availability, ["low", "normal", "critical"]),
        "consistencyCriticality": (.consistency, ["weak", "eventually", "high"]),
        "consistency": (.consistency, ["weak", "eventually", "high"]),
        "securityCriticality": (.security, ["public", "internal", "critical"]),
        "storageSimilarity": (.size, ["tiny", "normal", "huge"]),
    ]

    /// Representations read from `json`, for the model whose entities `entities` looks up.
    init(json: TypedJSON, entities: EntityLookup) {
        self.json = json
        self.entities = entities
    }

    mutating func apply(to model: inout DomainModel) {
        guard
            let root = json.object(
                json.document.value, at: .root, what: "the user representations", keys: Self.keys)
        else { return }
        for (index, item) in (json.array(in: root, "entities", required: false) ?? []).enumerated() {
            addNanoentities(item, at: root.path.appending("entities").appending(index), to: &model)
        }
        for (index, item) in (json.array(in: root, "useCases", required: false) ?? []).enumerated() {
            readUseCase(item, at: root.path.appending("useCases").appending(index), into: &model)
        }
        for (index, item) in (json.array(in: root, "aggregates", required: false) ?? []).enumerated() {
            readAggregate(item, at: root.path.appending("aggregates").appending(index), into: &model)
        }
        for (index, item) in (json.array(in: root, "sharedOwnerGroups", required: false) ?? []).enumerated() {
            guard
                let (name, members) = group(item, at: root.path.appending("sharedOwnerGroups").appending(index))
            else { continue }
            let team = ServiceCutterNames.identifier(name)
            model.teams.append(Team(name: team, location: members.first?.location))
            for member in members {
                guard let entityIndex = entities.position(of: member.name) else { continue }
                model.entities[entityIndex].owner = model.entities[entityIndex].owner ?? team
            }
        }
        for (index, item) in (json.array(in: root, "predefinedServices", required: false) ?? []).enumerated() {
            let path = root.path.appending("predefinedServices").appending(index)
            guard let (name, members) = group(item, at: path), !members.isEmpty else { continue }
            model.pins.append(
                Pin(
                    members: members, context: ServiceCutterNames.identifier(name),
                    location: json.document.location(of: path)))
        }
        for (index, item) in (json.array(in: root, "separatedSecurityZones", required: false) ?? []).enumerated() {
            let path = root.path.appending("separatedSecurityZones").appending(index)
            guard let (name, members) = group(item, at: path), !members.isEmpty else { continue }
            model.zones.append(
                SecurityZone(
                    name: ServiceCutterNames.identifier(name), members: members,
                    location: json.document.location(of: path)))
        }
        for (index, item) in (json.array(in: root, "securityAccessGroups", required: false) ?? []).enumerated() {
            let path = root.path.appending("securityAccessGroups").appending(index)
            guard let (name, _) = group(item, at: path) else { continue }
            json.report(
                .warning, "servicecutter.unsupported",
                "security access group '\(name)' is not read: the model has no access groups (only zones)", at: path)
        }
        if let compatibilities = root["compatibilities"] {
            readCompatibilities(compatibilities, at: root.path.appending("compatibilities"), into: &model)
        }
    }

    /// The `name` and the distinct entities of an object with `name` and `nanoentities`.
    private mutating func group(_ item: JSONValue, at path: JSONPath) -> (String, [NameReference])? {
        guard let object = json.object(item, at: path, what: "a group", keys: ["name", "nanoentities"]),
            let name = json.nonEmptyString(in: object, "name", required: true)
        else { return nil }
        var members: [NameReference] = []
        var seen: Set<String> = []
        for access in nanoentities(in: object, "nanoentities") where seen.insert(access.entity).inserted {
            members.append(NameReference(access.entity, at: access.location))
        }
        return (name, members)
    }

    /// The accesses listed under `key`; names of unknown entities or fields are errors and left out.
    private mutating func nanoentities(in object: Object, _ key: String) -> [Access] {
        var accesses: [Access] = []
        for (index, item) in (json.array(in: object, key, required: false) ?? []).enumerated() {
            let path = object.path.appending(key).appending(index)
            guard let text = json.nonEmptyString(item, at: path, what: "a nanoentity as 'Entity.field'") else {
                continue
            }
            let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
            let location = json.document.location(of: path)
            guard let entity = entities.position(of: parts[0]) else {
                json.report(
                    .error, "servicecutter.unknownEntity", "'\(parts[0])' is not an entity of the model", at: path)
                continue
            }
            if parts.count == 2, !entities.hasField(parts[1], at: entity) {
                json.report(
                    .error, "servicecutter.unknownNanoentity", "'\(text)' is not a nanoentity of the model", at: path)
                continue
            }
            accesses.append(Access(entity: parts[0], field: parts.count == 2 ? parts[1] : nil, location: location))
        }
        return accesses
    }

    private typealias Object = TypedJSON.Object

    private mutating func addNanoentities(_ item: JSONValue, at path: JSONPath, to model: inout DomainModel) {
        guard let object = json.object(item, at: path, what: "an entity", keys: ["name", "nanoentities"]),
            let name = json.nonEmptyString(in: object, "name", required: true)
        else { return }
        guard let entityIndex = entities.position(of: name) else {
            json.report(
                .error, "servicecutter.unknownEntity", "'\(name)' is not an entity of the model",
                at: path.appending("name"))
            return
        }
        for (index, value) in (json.array(in: object, "nanoentities", required: false) ?? []).enumerated() {
            let itemPath = path.appending("nanoentities").appending(index)
            guard let text = json.nonEmptyString(value, at: itemPath, what: "a nanoentity name") else { continue }
            let field = text.hasPrefix(name + ".") ? String(text.dropFirst(name.count + 1)) : text
            if !entities.hasField(field, at: entityIndex) {
                model.entities[entityIndex].fields.append(
                    Field(
                        name: field, type: TypeReference(name: ScalarType.string.rawValue),
                        location: json.document.location(of: itemPath)))
                entities.addField(field, at: entityIndex)
            }
        }
    }

    private mutating func readUseCase(_ item: JSONValue, at path: JSONPath, into model: inout DomainModel) {
        let keys = ["name", "nanoentitiesRead", "nanoentitiesWritten", "isLatencyCritical"]
        guard let object = json.object(item, at: path, what: "a use case", keys: keys),
            let name = json.nonEmptyString(in: object, "name", required: true)
        else { return }
        var latencyCritical = false
        switch object["isLatencyCritical"] {
        case nil: break
        case .bool(let flag)?: latencyCritical = flag
        case .string(let text)? where ["true", "false"].contains(text.lowercased()):
            latencyCritical = text.lowercased() == "true"
        default:
            json.report(
                .error, "servicecutter.wrongType", "expected 'isLatencyCritical' as true, false, \"true\" or \"false\"",
                at: path.appending("isLatencyCritical"))
        }
        let identifier = ServiceCutterNames.identifier(name)
        model.useCases.append(
            UseCase(
                name: identifier, isLatencyCritical: latencyCritical,
                reads: nanoentities(in: object, "nanoentitiesRead"),
                writes: nanoentities(in: object, "nanoentitiesWritten"),
                doc: identifier == name ? nil : name,
                location: json.document.location(of: path)))
    }

    private mutating func readAggregate(_ item: JSONValue, at path: JSONPath, into model: inout DomainModel) {
        guard let (rawName, members) = group(item, at: path), !members.isEmpty else { return }
        let name = ServiceCutterNames.identifier(rawName)
        var names: [String] = []
        for member in members {
            if let current = entities.position(of: member.name).flatMap({ model.entities[$0].aggregate }) {
                json.report(
                    .warning, "servicecutter.entityInTwoAggregates",
                    "'\(member.name)' is already in aggregate '\(current)'; it stays there", at: path)
            } else {
                names.append(member.name)
            }
        }
        guard !names.isEmpty else { return }
        let memberNames = Set(names)
        let composes = { (entity: String) in
            entities.position(of: entity).map { position in
                model.entities[position].fields.contains { field in
                    field.type.isList && !field.isReference && memberNames.contains(field.type.name)
                }
            } ?? false
        }
        let root = names.first(where: composes) ?? names[0]
        for member in names {
            if let index = entities.position(of: member) { model.entities[index].aggregate = name }
        }
        model.aggregates.append(
            Aggregate(
                name: name, root: root, members: [root] + names.filter { $0 != root },
                location: json.document.location(of: path)))
    }

    private mutating func readCompatibilities(_ value: JSONValue, at path: JSONPath, into model: inout DomainModel) {
        guard
            let object = json.object(
                value, at: path, what: "the compatibilities", keys: Self.compatibilityKinds.keys.sorted())
        else { return }
        for key in object.members.map(\.key).sorted() {
            guard let (kind, words) = Self.compatibilityKinds[key] else { continue }
            for (index, item) in (json.array(in: object, key, required: false) ?? []).enumerated() {
                let itemPath = path.appending(key).appending(index)
                guard
                    let rating = json.object(
                        item, at: itemPath, what: "a compatibility", keys: ["characteristic", "nanoentities"]),
                    let word = json.nonEmptyString(in: rating, "characteristic", required: true)
                else { continue }
                guard let levelIndex = words.firstIndex(of: word.lowercased()), let level = Level(rawValue: levelIndex)
                else {
                    json.report(
                        .error, "servicecutter.invalidValue",
                        "unknown \(key) characteristic '\(word)'; expected one of "
                            + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: ", "),
                        at: itemPath.appending("characteristic"))
                    continue
                }
                for access in nanoentities(in: rating, "nanoentities") {
                    guard let entityIndex = entities.position(of: access.entity) else { continue }
                    let current = model.entities[entityIndex].characteristics[keyPath: kind.keyPath]
                    model.entities[entityIndex].characteristics[keyPath: kind.keyPath] = max(current ?? level, level)
                }
            }
        }
    }
}
