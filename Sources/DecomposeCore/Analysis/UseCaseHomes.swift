/// Where each use case lives: the contexts it writes in, or, for a use case that writes nothing,
/// the context of its first read.
struct UseCaseHomes: Sendable {
    /// For each use case of the model, its home contexts in write order.
    let homes: [[Int]]
    private let names: [String]

    init(_ assignment: ContextAssignment, _ index: EntityIndex) {
        names = index.model.useCases.map(\.name)
        homes = index.model.useCases.map { useCase in
            let written = assignment.contexts(of: index.entities(of: useCase.writes))
            return written.isEmpty
                ? Array(assignment.contexts(of: index.entities(of: useCase.reads)).prefix(1)) : written
        }
    }

    /// The names of the use cases at home in `context`, sorted.
    func useCases(of context: Int) -> [String] {
        zip(names, homes).filter { $0.1.contains(context) }.map(\.0).sorted()
    }
}
