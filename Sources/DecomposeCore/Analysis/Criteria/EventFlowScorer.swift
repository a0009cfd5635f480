/// Scores event flow: the writes of a use case that emits an event and of one that handles it.
///
/// Each emitter–handler pair of use cases contributes a total of 1, spread evenly over the pairs of
/// written entities, so that use cases writing many entities do not dominate. A handler that only keeps a
/// projection up to date is not coupled to the emitter: the event is the boundary between them.
struct EventFlowScorer: CouplingScorer {
    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        let useCases = index.model.useCases
        let projections = Projections.entities(in: index)
        for event in index.model.events.map(\.name) {
            let emitters = useCases.indices.filter { useCases[$0].emits.contains { $0.name == event } }
            let handlers = useCases.indices.filter { useCases[$0].handles.contains { $0.name == event } }
            for emitter in emitters {
                for handler in handlers where useCases[handler].name != useCases[emitter].name {
                    let emitted = index.writesOfUseCase[emitter]
                    let handled = index.writesOfUseCase[handler].filter { !projections.contains($0) }
                    guard !emitted.isEmpty, !handled.isEmpty else { continue }
                    let score = 1 / Double(emitted.count * handled.count)
                    let fact = collector.record(
                        .eventFlow(emitter: useCases[emitter].name, event: event, handler: useCases[handler].name))
                    for a in emitted {
                        for b in handled { collector.add(a, b, .eventFlow, score: score, evidence: fact) }
                    }
                }
            }
        }
    }
}
