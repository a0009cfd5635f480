/// Finds projections: entities kept up to date only by reacting to events.
///
/// An entity every writer of which is an event handler writing nothing else is a copy of facts that
/// happen elsewhere (a marketing service's copy of the users' locations, a delivery's history): the
/// events decouple it from their emitter, and it exists for the use cases that read it. Its writes are
/// not work of its own, and the event flow that feeds it is the boundary, not a reason to join.
enum Projections {
    /// The entity numbers of the projections of the model behind `index`.
    static func entities(in index: EntityIndex) -> Set<Int> {
        var writers: [Int: [UseCase]] = [:]
        for useCase in index.model.useCases {
            for entity in index.entities(of: useCase.writes) { writers[entity, default: []].append(useCase) }
        }
        return Set(
            writers.filter { entity, useCases in
                useCases.allSatisfy { !$0.handles.isEmpty && index.entities(of: $0.writes) == [entity] }
            }.keys)
    }
}
