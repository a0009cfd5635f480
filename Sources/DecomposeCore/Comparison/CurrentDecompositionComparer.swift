/// Scores a suggested decomposition against the contexts the model already declares.
///
/// The declared contexts' members (aggregate or entity names) are expanded to entities
/// (`DomainModel.currentContextEntities()`); an entity named by two contexts counts in the first (the model checks
/// reject that anyway), and a context left without entities is dropped. Then `DecompositionComparer` compares the
/// suggestion with them as the expected decomposition.
public struct CurrentDecompositionComparer: Sendable {
    public init() {}

    /// The current decomposition of the resolved `model` scored against `decomposition`; `nil` when the model
    /// declares no context with an entity.
    public func compare(_ model: DomainModel, with decomposition: Decomposition) -> CurrentDecomposition? {
        var placed: Set<String> = []
        var contexts: [ExpectedDecomposition.Context] = []
        for (declared, members) in model.currentContextEntities() {
            let entities = members.map(\.name).filter { placed.insert($0).inserted }.sorted()
            if !entities.isEmpty {
                contexts.append(
                    ExpectedDecomposition.Context(name: declared.name, entities: entities, location: declared.location))
            }
        }
        guard !contexts.isEmpty else { return nil }
        let suggested = Dictionary(
            decomposition.contexts.map { ($0.name, $0.entities) }, uniquingKeysWith: { first, second in first + second }
        )
        let comparison = DecompositionComparer().compare(
            suggested: suggested, expected: ExpectedDecomposition(contexts: contexts))
        let suggestedCount = decomposition.contexts.filter { context in
            context.entities.contains(where: placed.contains)
        }.count
        return CurrentDecomposition(contexts: contexts, comparison: comparison, suggestedContextCount: suggestedCount)
    }
}
