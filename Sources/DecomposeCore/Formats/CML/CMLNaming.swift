/// The CML identifier of every name the writer uses, one table per CML namespace.
///
/// Suggested contexts claim their names before teams (both are `BoundedContext`s, so a team named like a
/// context gets a suffix); domain-object names
/// never take a name CML reads as a built-in type (`Integer`, `Timestamp`, …) or a collection; fields are
/// unique per domain object and enum cases per enum.
struct CMLNaming: Sendable {
    private(set) var contexts: CMLNameTable
    /// Teams, written as TEAM contexts: clear of the suggested contexts' identifiers.
    private(set) var teams: CMLNameTable
    private(set) var aggregates: CMLNameTable
    private(set) var types: CMLNameTable
    private(set) var useCases: CMLNameTable
    private var fields: [String: CMLNameTable] = [:]
    private var cases: [String: CMLNameTable] = [:]

    init(model: DomainModel, decomposition: Decomposition, layout: CMLLayout) {
        contexts = CMLNameTable(claiming: decomposition.contexts.map(\.name))
        teams = CMLNameTable(claiming: model.teams.map(\.name), reserved: contexts.taken)
        aggregates = CMLNameTable(claiming: layout.blocks.flatMap { $0.map(\.name) })
        types = CMLNameTable(
            claiming: model.entities.map(\.name) + model.values.map(\.name) + model.enums.map(\.name)
                + model.events.map(\.name),
            reserved: CMLScalar.names.union(["List", "Set", "Bag", "Collection", "Map"]))
        useCases = CMLNameTable(claiming: model.useCases.map(\.name))
        for entity in model.entities { fields[entity.name] = CMLNameTable(claiming: entity.fields.map(\.name)) }
        for value in model.values { fields[value.name] = CMLNameTable(claiming: value.fields.map(\.name)) }
        for event in model.events { fields[event.name] = CMLNameTable(claiming: event.fields.map(\.name)) }
        for item in model.enums { cases[item.name] = CMLNameTable(claiming: item.cases) }
    }

    /// Every name written under another identifier: contexts, teams, aggregates, types, use cases, then the
    /// fields of each entity, value object and event and the cases of each enum, in model order.
    func renames(of model: DomainModel) -> [Rename] {
        let tables = [
            ("context", contexts), ("team", teams), ("aggregate", aggregates), ("type", types),
            ("use case", useCases),
        ]
        var renames = tables.flatMap { kind, table in
            table.renamed.map { Rename(kind: kind, original: $0.name, written: $0.identifier) }
        }
        let owners = model.entities.map(\.name) + model.values.map(\.name) + model.events.map(\.name)
        for owner in owners {
            renames += (fields[owner]?.renamed ?? []).map {
                Rename(kind: "field", original: "\(owner).\($0.name)", written: $0.identifier)
            }
        }
        for item in model.enums {
            renames += (cases[item.name]?.renamed ?? []).map {
                Rename(kind: "enum case", original: "\(item.name).\($0.name)", written: $0.identifier)
            }
        }
        return renames
    }

    /// The identifier of field `field` of the domain object `owner`, as written.
    func field(_ field: String, of owner: String) -> String {
        fields[owner]?[field] ?? CMLNameTable.escaped(CMLNameTable.sanitized(field))
    }

    /// The identifier of field `field` of `owner`, unescaped (for quoted use-case attributes).
    func plainField(_ field: String, of owner: String) -> String {
        fields[owner]?.identifier(field) ?? CMLNameTable.sanitized(field)
    }

    /// The identifier of case `name` of enum `owner`, as written.
    func enumCase(_ name: String, of owner: String) -> String {
        cases[owner]?[name] ?? CMLNameTable.escaped(CMLNameTable.sanitized(name))
    }
}
