/// Where each use case lives: the contexts it writes in, or, for a use case that writes nothing,
/// the context of its first read.
struct UseCaseHomes: Sendable {
    /// For each use case of the model, its home contexts in write order.
    let homes: [[Int]]
    /// For each context, the sorted names of the use cases at home in it.
    private let useCasesOfContext: [[String]]

    init(_ assignment: ContextAssignment, _ index: EntityIndex) {
        homes = index.model.useCases.indices.map { offset in
            let written = assignment.contexts(of: index.writesOfUseCase[offset])
            return written.isEmpty ? Array(assignment.contexts(of: index.readsOfUseCase[offset]).prefix(1)) : written
        }
        var byContext = Array(repeating: [String](), count: assignment.count)
        for (useCase, home) in zip(index.model.useCases, homes) {
            for context in Set(home).sorted() { byContext[context].append(useCase.name) }
        }
        useCasesOfContext = byContext.map { $0.sorted() }
    }

    /// The names of the use cases at home in `context`, sorted.
    func useCases(of context: Int) -> [String] { useCasesOfContext[context] }
}
