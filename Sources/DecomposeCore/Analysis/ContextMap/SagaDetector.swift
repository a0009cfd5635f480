/// Finds use cases that write in more than one context: each becomes a saga of local transactions.
///
/// Steps follow the use case's writes: the context of its first write first, then the others in the
/// order the use case first writes them. Each step says what a compensating action must undo.
struct SagaDetector: Sendable {
    func sagas(_ assignment: ContextAssignment, _ index: EntityIndex) -> [SagaCandidate] {
        zip(index.model.useCases, index.writesOfUseCase).compactMap { useCase, written -> SagaCandidate? in
            let contexts = assignment.contexts(of: written)
            guard contexts.count > 1 else { return nil }
            let steps = contexts.map { context in
                let accesses = useCase.writes.filter {
                    index.position(of: $0.entity).map { assignment.contextOfEntity[$0] == context } ?? false
                }
                return SagaStep(
                    context: assignment.names[context], writes: accesses.map(\.description),
                    compensation: compensation(accesses, useCase.name))
            }
            let names = contexts.map { assignment.names[$0] }
            return SagaCandidate(
                useCase: useCase.name, steps: steps,
                reason:
                    "\(useCase.name) writes in \(Phrase.list(names)): one transaction becomes a saga of \(names.count) local steps"
            )
        }.sorted { $0.useCase < $1.useCase }
    }

    /// `cancel the Order and OrderLine written by PlaceOrder; restore Stock.onHand changed by PlaceOrder`.
    private func compensation(_ accesses: [Access], _ useCase: String) -> String {
        let whole = accesses.filter { $0.field == nil }.map(\.entity)
        let fields = accesses.filter { $0.field != nil }.map(\.description)
        var parts: [String] = []
        if !whole.isEmpty { parts.append("cancel the \(Phrase.list(whole)) written by \(useCase)") }
        if !fields.isEmpty { parts.append("restore \(Phrase.list(fields)) changed by \(useCase)") }
        return parts.joined(separator: "; ")
    }
}
