/// Field kinds.
extension ModelBuildingSession {
    /// Classifies every field of every entity, value object and event.
    ///
    /// Rules, in order: `->` makes a reference to an entity (to a value object: a warning, kind
    /// `value`); a scalar whose name names an entity (`customerId`, `productIds`, or the longest
    /// entity name ending the stem: `shippingAddressId` → `Address`) is an id reference; other
    /// scalars, enums and value objects are `scalar`, `enumeration` and `value`; an entity type is a
    /// composition inside an entity and a reference inside a value object or event.
    mutating func resolveFieldKinds() {
        for index in model.entities.indices {
            let owner = model.entities[index].name
            for field in model.entities[index].fields.indices {
                model.entities[index].fields[field].kind = kind(
                    of: model.entities[index].fields[field], in: owner, composes: true)
            }
        }
        for index in model.values.indices {
            let owner = model.values[index].name
            for field in model.values[index].fields.indices {
                model.values[index].fields[field].kind = kind(
                    of: model.values[index].fields[field], in: owner, composes: false)
            }
        }
        for index in model.events.indices {
            let owner = model.events[index].name
            for field in model.events[index].fields.indices {
                model.events[index].fields[field].kind = kind(
                    of: model.events[index].fields[field], in: owner, composes: false)
            }
        }
    }

    private mutating func kind(of field: Field, in owner: String, composes: Bool) -> Field.Kind {
        let type = field.type.name
        let context = " in field '\(owner).\(field.name)'"
        if field.isReference {
            if entityNames.contains(type) { return .reference(target: type) }
            if valueNames.contains(type) {
                report(
                    .warning, "model.referenceToValue",
                    "'\(owner).\(field.name)' refers with '->' to value object '\(type)', which has no identity; it is embedded as a value",
                    at: field.location, length: field.name.unicodeScalars.count)
                return .value
            }
            if Self.scalarNames.contains(type) || enumNames.contains(type) {
                report(
                    .error, "model.referenceToNonEntity",
                    "'->' needs an entity, but '\(type)'\(context) is not one; use ':' for plain values",
                    at: field.location, length: field.name.unicodeScalars.count)
                return Self.scalarNames.contains(type) ? .scalar : .enumeration
            }
            reportUnknown(
                "model.unknownEntity", "entity", type, at: field.location, suggester: entitySuggester, context: context,
                locatedName: field.name)
            return .unresolved
        }
        if Self.scalarNames.contains(type) {
            if !field.isIdentity, let target = idReferenceTarget(of: field.name) { return .idReference(target: target) }
            return .scalar
        }
        if enumNames.contains(type) { return .enumeration }
        if valueNames.contains(type) { return .value }
        if entityNames.contains(type) { return composes ? .composition(target: type) : .reference(target: type) }
        reportUnknown(
            "model.unknownType", "type", type, at: field.location, suggester: typeSuggester, context: context,
            locatedName: field.name)
        return .unresolved
    }

    /// The entity an id-like field name refers to, if any.
    private func idReferenceTarget(of name: String) -> String? {
        Self.idReferenceTarget(of: name, among: entityNames)
    }

    /// The entity among `entityNames` that an id-like field name (`customerId`, `productIds`,
    /// `shippingAddressId`) refers to, if any; writers use it to name fields that read back as id references.
    static func idReferenceTarget(of name: String, among entityNames: Set<String>) -> String? {
        guard let suffix = ["Ids", "IDs", "Id", "ID"].first(where: { name.hasSuffix($0) && name.count > $0.count })
        else { return nil }
        let stem = String(name.dropLast(suffix.count))
        let capitalised = stem.prefix(1).uppercased() + stem.dropFirst()
        if entityNames.contains(capitalised) { return capitalised }
        let scalars = stem.unicodeScalars
        return scalars.indices.lazy.map { String(scalars[$0...]) }.first(where: entityNames.contains)
    }
}
