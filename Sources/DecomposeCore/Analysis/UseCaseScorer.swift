/// Scores use cases: entities written together (1) ≫ one written and one read (0.3) ≫ read together (0.1).
///
/// Field-level access counts for the entity. Each score is divided by `k − 1`, where `k` is the number
/// of entities the use case touches, so that a use case touching ten entities does not dominate;
/// latency-critical use cases weigh 1.5 times as much.
struct UseCaseScorer: CouplingScorer {
    static let writeWrite = 1.0
    static let writeRead = 0.3
    static let readRead = 0.1
    static let latencyFactor = 1.5

    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        for useCase in index.model.useCases {
            let writes = index.entities(of: useCase.writes)
            let reads = index.entities(of: useCase.reads).filter { !writes.contains($0) }
            let touched = writes.count + reads.count
            guard touched > 1 else { continue }
            let factor = (useCase.isLatencyCritical ? Self.latencyFactor : 1) / Double(touched - 1)
            let fact = collector.record(
                .useCase(
                    name: useCase.name, writes: writes.map { index.names[$0] }, reads: reads.map { index.names[$0] },
                    isLatencyCritical: useCase.isLatencyCritical))
            for (i, a) in writes.enumerated() {
                for b in writes[(i + 1)...] { collector.add(a, b, .useCase, score: Self.writeWrite * factor, evidence: fact) }
                for b in reads { collector.add(a, b, .useCase, score: Self.writeRead * factor, evidence: fact) }
            }
            for (i, a) in reads.enumerated() {
                for b in reads[(i + 1)...] { collector.add(a, b, .useCase, score: Self.readRead * factor, evidence: fact) }
            }
        }
    }
}
