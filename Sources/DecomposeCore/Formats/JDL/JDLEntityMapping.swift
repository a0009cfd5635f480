/// Decides how each field of an entity is written in JDL: as an attribute with a JDL type and validations,
/// as a relationship (both entities in the same application), or as an id field (`customerId`) when the
/// reference crosses applications, which JHipster relationships cannot.
///
/// Relationships: a single reference is ManyToOne (OneToOne when the field is unique), a list of references
/// ManyToMany, a single composition OneToOne, a list composition a OneToMany that only the owner names
/// (`Order{lines} to OrderLine`), which `JDLReader` reads back as the same composition.
struct JDLEntityMapping {
    /// An entity's attribute lines (javadoc included) and the relationships its fields stand for.
    struct Mapped {
        var attributes: [String] = []
        var relationships: [JDLRelationship] = []
    }

    private let applicationOf: [String: String]
    private let entityNames: Set<String>
    private let enumNames: Set<String>
    /// The JDL type of each entity's identity (see `identityType(of:)`), by entity name.
    private let identityTypes: [String: String]

    /// - Parameter applicationOf: the application (context) each placed entity belongs to.
    init(model: DomainModel, applicationOf: [String: String]) {
        self.applicationOf = applicationOf
        entityNames = Set(model.entities.map(\.name))
        enumNames = Set(model.enums.map(\.name))
        identityTypes = Dictionary(
            model.entities.map { ($0.name, Self.identityType(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// How `entity` is written.
    func map(_ entity: Entity) -> Mapped {
        var mapped = Mapped()
        var usedNames = Set(entity.fields.map(\.name))
        for (index, field) in entity.fields.enumerated() {
            if index == 0, Self.isImplicitIdentity(field) { continue }
            guard let (target, isComposition) = link(of: field) else {
                mapped.attributes.append(attribute(field.name, type: jdlType(of: field.type), field: field))
                continue
            }
            let application = applicationOf[entity.name]
            if application != nil, application == applicationOf[target] {
                mapped.relationships.append(
                    relationship(entity.name, field, target: target, isComposition: isComposition))
            } else {
                let name = idFieldName(for: field, target: target, avoiding: usedNames)
                usedNames.insert(name)
                let type = field.type.isList ? JDLSyntax.textType : identityTypes[target] ?? "Long"
                mapped.attributes.append(attribute(name, type: type, field: field))
            }
        }
        return mapped
    }

    /// `id: Long` first and plain is JHipster's implicit identity, which JDL leaves unwritten.
    private static func isImplicitIdentity(_ field: Field) -> Bool {
        field.name == "id" && field.type == TypeReference(name: "Long") && !field.isReference && !field.isUnique
            && field.doc == nil
    }

    /// The entity a field points at by object, and whether it composes it; `nil` for values and id references.
    private func link(of field: Field) -> (target: String, isComposition: Bool)? {
        switch field.kind {
        case .composition(let target): (target, true)
        case .reference(let target): (target, false)
        case .unresolved where entityNames.contains(field.type.name): (field.type.name, !field.isReference)
        default: nil
        }
    }

    private func attribute(_ name: String, type: String, field: Field) -> String {
        let validations = (field.type.isOptional ? "" : " required") + (field.isUnique ? " unique" : "")
        return JDLSyntax.javadoc(field.doc, indent: "  ") + "  \(name) \(type)\(validations)"
    }

    /// The JDL type of an attribute: the mapped scalar, the enum, or `TextBlob` for lists and value objects.
    private func jdlType(of type: TypeReference) -> String {
        guard !type.isList else { return JDLSyntax.textType }
        if let scalar = ScalarType(rawValue: type.name), let jdl = JDLSyntax.scalarTypes[scalar] { return jdl }
        return enumNames.contains(type.name) ? type.name : JDLSyntax.textType
    }

    private func relationship(_ owner: String, _ field: Field, target: String, isComposition: Bool) -> JDLRelationship {
        let kind =
            switch (isComposition, field.type.isList) {
            case (true, true): "OneToMany"
            case (true, false): "OneToOne"
            case (false, true): "ManyToMany"
            case (false, false): field.isUnique ? "OneToOne" : "ManyToOne"
            }
        let isRequired = !field.type.isOptional && kind != "OneToMany"
        return JDLRelationship(
            kind: kind, from: owner, field: field.name, isRequired: isRequired, to: target, doc: field.doc)
    }

    /// The JDL type of `entity`'s identity (its `identity` field, else `id`), `Long` when it has none.
    private static func identityType(of entity: Entity) -> String {
        let fields = entity.fields
        guard let identity = fields.first(where: \.isIdentity) ?? fields.first(where: { $0.name == "id" }),
            !identity.type.isList, let scalar = ScalarType(rawValue: identity.type.name)
        else { return "Long" }
        return JDLSyntax.scalarTypes[scalar] ?? "Long"
    }

    /// A name that `ModelBuilder` reads as an id reference to `target` and that no other field of the entity
    /// has: `customer` → `customerId`, `referrer` → `referrerCustomerId`, lists with `Ids`.
    private func idFieldName(for field: Field, target: String, avoiding used: Set<String>) -> String {
        let suffix = field.type.isList ? "Ids" : "Id"
        let isFree = { (name: String) in
            !used.contains(name) && ModelBuildingSession.idReferenceTarget(of: name, among: entityNames) == target
        }
        for candidate in [field.name + suffix, field.name + target + suffix] where isFree(candidate) {
            return candidate
        }
        // Numbered names are made one at a time: one of the first `used.count + 1` is free.
        for number in 2..<(used.count + 3) where isFree(field.name + String(number) + target + suffix) {
            return field.name + String(number) + target + suffix
        }
        return field.name + target + suffix
    }
}
