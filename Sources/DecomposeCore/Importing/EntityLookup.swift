/// The entities of a model being read, found by name, with the names of each one's fields, so that a reader
/// resolves every name it reads without scanning the model's entities or an entity's fields (a scan per name is
/// quadratic in the size of the model).
///
/// It mirrors `DomainModel.entities` as the reader builds them: call `add` after appending an entity and
/// `addField` after appending a field.
struct EntityLookup {
    private var positions: [String: Int] = [:]
    private var fieldNames: [Set<String>] = []

    /// The lookup of `entities`, in model order.
    init(_ entities: [Entity] = []) {
        for entity in entities { add(entity) }
    }

    /// The position in the model of the first entity called `name`, as `DomainModel.entity(named:)` finds it.
    func position(of name: String) -> Int? { positions[name] }

    /// Whether an entity is called `name`.
    func contains(_ name: String) -> Bool { positions[name] != nil }

    /// Whether the entity at `position` has a field called `field`.
    func hasField(_ field: String, at position: Int) -> Bool { fieldNames[position].contains(field) }

    /// Records `entity`, just appended to the model's entities.
    mutating func add(_ entity: Entity) {
        if positions[entity.name] == nil { positions[entity.name] = fieldNames.count }
        fieldNames.append(Set(entity.fields.map(\.name)))
    }

    /// Records a field called `field`, just appended to the entity at `position`.
    mutating func addField(_ field: String, at position: Int) {
        fieldNames[position].insert(field)
    }
}
