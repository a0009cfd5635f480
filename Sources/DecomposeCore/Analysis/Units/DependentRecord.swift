/// An entity without identity of its own that depends on the one entity it refers to.
///
/// An entity declared outside any aggregate and hierarchy, with no identity field (no `id`, no field
/// marked `identity`), cannot be looked up on its own: it is found only through what it refers to, like
/// a delivery's tracking records or a notification request kept per delivery. Such a satellite cannot be
/// a context's root; when all its references (by object or by id) name one entity, that entity is its
/// owner and the record shares the owner's lifecycle, as an aggregate member shares its root's.
/// A record referring to several entities (an association) has no single owner and stays on its own.
struct DependentRecord: Sendable, Hashable {
    /// The record's entity number.
    var record: Int
    /// The entity number of its owner.
    var owner: Int
    /// The referring field (the first one when several refer to the owner).
    var field: String

    /// The dependent records of the model behind `index`, in entity order.
    static func all(in index: EntityIndex) -> [DependentRecord] {
        index.model.entities.enumerated().compactMap { position, entity in
            guard index.standsAlone[position], !entity.fields.contains(where: \.isIdentity) else { return nil }
            let references: [(field: String, target: Int)] = entity.fields.compactMap { field in
                guard let target = field.kind.referenceTarget.flatMap(index.position(of:)), target != position
                else { return nil }
                return (field.name, target)
            }
            guard let first = references.first, references.allSatisfy({ $0.target == first.target }) else {
                return nil
            }
            return DependentRecord(record: position, owner: first.target, field: first.field)
        }
    }
}
