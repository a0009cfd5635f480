/// The model cut into atomic units, with the pairs of units that must end up in different contexts.
struct UnitPartition: Sendable {
    /// Units ordered by their smallest entity number.
    var units: [AtomicUnit]
    /// For each entity number, the index of its unit.
    var unitOfEntity: [Int]
    /// Pairs of unit indices (smaller first, sorted) that may not share a context.
    var cannotLink: [(Int, Int)]
    /// Why each pair of `cannotLink` is kept apart, in domain words (`keep-apart Customer, Payment`).
    var separations: [String]
    /// Constraints that contradict each other or the model's structure.
    var conflicts: [Finding]
}
