/// Entities the analysis never separates: an aggregate, an inheritance hierarchy, a keep-together group,
/// or the entities of one pin. Units are the nodes given to clustering.
struct AtomicUnit: Sendable, Hashable {
    /// Entity numbers, ascending.
    var members: [Int]
    /// The pin's context name, when the unit is pinned.
    var pin: String?
    /// The security zone its entities belong to, if any.
    var zone: String?
}
