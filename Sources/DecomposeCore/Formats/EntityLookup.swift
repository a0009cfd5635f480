/// The entities of a model being read, found by name, with the names of each one's fields, so that a reader
/// resolves every name it reads without scanning the model's entities or an entity's fields (a scan per name is
/// quadratic in the size of the model).
///
/// It mirrors `DomainModel.entities` as the reader builds them: call `add` for each entity appended and
/// `addField` after appending a field.
struct EntityLookup {
    /// A field of the entity at a position in the model.
    private struct FieldKey: Hashable {
        let position: Int
        let name: String
    }

    private var positions: [String: Int] = [:]
    private var count = 0
    /// Every entity's fields in one set: a set per entity cost an allocation per entity.
    private var fields: Set<FieldKey> = []

    /// The position in the model of the first entity called `name`, as `DomainModel.entity(named:)` finds it.
    func position(of name: String) -> Int? { positions[name] }

    /// Whether an entity is called `name`.
    func contains(_ name: String) -> Bool { positions[name] != nil }

    /// Whether the entity at `position` has a field called `field`.
    func hasField(_ field: String, at position: Int) -> Bool {
        fields.contains(FieldKey(position: position, name: field))
    }

    /// Records `entity`, appended (or about to be) to the model's entities.
    mutating func add(_ entity: Entity) {
        if positions[entity.name] == nil { positions[entity.name] = count }
        for field in entity.fields { fields.insert(FieldKey(position: count, name: field.name)) }
        count += 1
    }

    /// Records a field called `field`, just appended to the entity at `position`.
    mutating func addField(_ field: String, at position: Int) {
        fields.insert(FieldKey(position: position, name: field))
    }
}
