/// Finds projections: entities kept up to date only by reacting to events.
///
/// An entity every writer of which is an event handler writing nothing else is a copy of facts that
/// happen elsewhere (a marketing service's copy of the users' locations, a delivery's history): the
/// events decouple it from their emitter, and it exists for the use cases that read it. Its writes are
/// not work of its own, and the event flow that feeds it is the boundary, not a reason to join.
enum Projections {
    /// The entity numbers of the projections of the model behind `index` (worked out once, by the index).
    static func entities(in index: EntityIndex) -> Set<Int> { index.projections }

    /// The entity numbers of the projections among `useCases`, whose written entity numbers `writes` holds
    /// (in the same order).
    static func entities(useCases: [UseCase], writes: [[Int]]) -> Set<Int> {
        var writers: [Int: [Int]] = [:]
        for (offset, written) in writes.enumerated() {
            for entity in written { writers[entity, default: []].append(offset) }
        }
        return Set(
            writers.filter { entity, offsets in
                offsets.allSatisfy { !useCases[$0].handles.isEmpty && writes[$0] == [entity] }
            }.keys)
    }
}
