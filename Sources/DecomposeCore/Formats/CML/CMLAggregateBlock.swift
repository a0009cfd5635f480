/// One `Aggregate` block as the CML writer lays it out: the entities of one aggregate that sit in one
/// suggested context (root first), and the value objects, enums and events written inside it.
struct CMLAggregateBlock: Sendable, Hashable {
    /// The aggregate's name in the model (a lone entity's own name when it belongs to no aggregate; with
    /// the context's name appended when the aggregate is split over contexts).
    var name: String
    /// The model aggregate, when the entities belong to one.
    var aggregate: Aggregate?
    /// The entity marked `aggregateRoot`.
    var root: String
    /// The entities, root first.
    var entities: [String]
    /// Value objects declared in this block.
    var values: [String] = []
    /// Enums declared in this block.
    var enums: [String] = []
    /// Domain events declared in this block.
    var events: [String] = []
}
