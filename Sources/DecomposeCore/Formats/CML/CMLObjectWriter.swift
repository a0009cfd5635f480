/// Writes `Aggregate` blocks and the domain objects inside them in Context Mapper's tactic syntax.
///
/// A reference (`->`) and an embedded value object or enum are written with `-` (`- Customer customer`,
/// `- List<Address> addresses`); composition of an entity of the same aggregate and scalars are plain
/// attributes (`List<OrderLine> lines`, `BigDecimal price`). `key` marks a unique field, `nullable` an
/// optional one, `hint = "identity"` an identity other than `id`.
struct CMLObjectWriter: Sendable {
    /// Model scalar → the CML type `CMLReader` maps back to it.
    private static let scalarTypes: [String: String] = [
        "String": "String", "Text": "Text", "Int": "int", "Long": "Long", "Double": "Double",
        "Decimal": "BigDecimal", "Bool": "boolean", "UUID": "UUID", "Date": "Date", "DateTime": "DateTime",
        "Time": "Time", "Duration": "Duration", "Email": "Email", "URL": "URL", "Bytes": "Blob", "JSON": "Object",
    ]

    /// The aggregate attributes for the six characteristics, in the order they are written.
    private static let characteristicAttributes = [
        "likelihoodForChange", "contentVolatility", "availabilityCriticality", "consistencyCriticality",
        "securityCriticality", "storageSimilarity",
    ]

    private let model: DomainModel
    private let naming: CMLNaming
    private let entities: [String: Entity]
    private let values: [String: ValueObject]
    private let enums: [String: EnumType]
    private let events: [String: DomainEvent]
    /// The position of the first security zone naming each aggregate or entity.
    private let firstZone: [String: Int]

    init(model: DomainModel, naming: CMLNaming) {
        self.model = model
        self.naming = naming
        entities = Dictionary(model.entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        values = Dictionary(model.values.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        enums = Dictionary(model.enums.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        events = Dictionary(model.events.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var firstZone: [String: Int] = [:]
        for (index, zone) in model.zones.enumerated() {
            for member in zone.members where firstZone[member.name] == nil { firstZone[member.name] = index }
        }
        self.firstZone = firstZone
    }

    /// The lines of one `Aggregate` block.
    func aggregate(_ block: CMLAggregateBlock) -> [String] {
        let root = entities[block.root]
        var lines = doc(block.aggregate?.doc)
        lines.append("Aggregate \(naming.aggregates[block.name]) {")
        if let owner = block.aggregate?.owner ?? root?.owner {
            lines.append("  owner = \(naming.teams[owner])")
        }
        let characteristics = block.aggregate?.characteristics ?? root?.characteristics ?? Characteristics()
        for attribute in Self.characteristicAttributes {
            guard let kind = CMLCharacteristic(attribute: attribute),
                let level = characteristics[keyPath: kind.keyPath]
            else { continue }
            lines.append("  \(attribute) = \(kind.valueWords[level.rawValue])")
        }
        if let zone = securityZone(of: block) { lines.append("  securityZone = \(CMLText.quoted(zone))") }
        let isInferred = block.aggregate?.isInferred ?? true
        var objects: [[String]] = block.entities.compactMap { entities[$0] }.map {
            entity($0, isRoot: $0.name == block.root, marksInferred: isInferred)
        }
        objects += block.values.compactMap { values[$0] }.map { object("ValueObject", $0.name, $0.fields, $0.doc) }
        objects += block.enums.compactMap { enums[$0] }.map(enumeration)
        objects += block.events.compactMap { events[$0] }.map { object("DomainEvent", $0.name, $0.fields, $0.doc) }
        for object in objects { lines += object.map { "  " + $0 } }
        lines.append("}")
        return lines
    }

    /// The first security zone naming the block's aggregate or one of its entities.
    private func securityZone(of block: CMLAggregateBlock) -> String? {
        let names = [block.aggregate?.name ?? block.name] + block.entities
        return names.compactMap { firstZone[$0] }.min().map { model.zones[$0].name }
    }

    /// An entity; the root of an aggregate decompose inferred (or of a lone entity's aggregate) carries
    /// `hint = "decompose:inferred"` so that `CMLReader` leaves the aggregate to inference again, and an entity
    /// that wants a kind of storage `storage=<kind>` in the same hint.
    private func entity(_ entity: Entity, isRoot: Bool, marksInferred: Bool) -> [String] {
        var lines = doc(entity.doc)
        let parent = entity.parent.map { " extends @\(naming.types[$0])" } ?? ""
        lines.append("Entity \(naming.types[entity.name])\(parent) {")
        if isRoot { lines.append("  aggregateRoot") }
        let hints =
            (isRoot && marksInferred ? [CMLParser.inferredAggregateHint] : [])
            + (entity.characteristics.storage.map { ["storage=\($0.rawValue)"] } ?? [])
        if !hints.isEmpty { lines.append("  hint = \(CMLText.quoted(hints.joined(separator: ",")))") }
        lines += fields(entity.fields, of: entity.name)
        lines.append("}")
        return lines
    }

    private func object(_ keyword: String, _ name: String, _ fields: [Field], _ doc: String?) -> [String] {
        var lines = self.doc(doc)
        lines.append("\(keyword) \(naming.types[name]) {")
        lines += self.fields(fields, of: name)
        lines.append("}")
        return lines
    }

    private func enumeration(_ item: EnumType) -> [String] {
        var lines = doc(item.doc)
        lines.append("enum \(naming.types[item.name]) {")
        lines.append("  " + item.cases.map { naming.enumCase($0, of: item.name) }.joined(separator: ", "))
        lines.append("}")
        return lines
    }

    private func fields(_ fields: [Field], of owner: String) -> [String] {
        fields.flatMap { field -> [String] in
            let isModelType = values[field.type.name] != nil || enums[field.type.name] != nil
            let prefix = field.isReference || isModelType ? "- " : ""
            let type = Self.scalarTypes[field.type.name] ?? naming.types[field.type.name]
            var line = prefix + (field.type.isList ? "List<\(type)>" : type) + " " + naming.field(field.name, of: owner)
            if field.isUnique { line += " key" }
            if field.type.isOptional { line += " nullable" }
            if field.isIdentity && field.name != "id" { line += " hint = \"identity\"" }
            return doc(field.doc).map { "  " + $0 } + ["  " + line]
        }
    }

    private func doc(_ doc: String?) -> [String] {
        doc.map { [CMLText.quoted($0)] } ?? []
    }
}
