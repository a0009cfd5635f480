import DecomposeCore

/// The model's facts as a plain graph, before any of the analysis' criteria weigh them: what a user who knows
/// no coupling criteria would hand to a community detector.
///
/// One node per entity. An edge gains 1 for every field that points from one entity to another (composition,
/// reference or identity reference), 1 for every declared aggregate member and its root, and 1 for every use case
/// that reads or writes both entities (parallel edges add up in `WeightedGraph`). Nothing is glued, weighted by kind or kept apart.
struct FactGraph {
    let nodes: [[String]]
    let graph: WeightedGraph

    init(_ model: DomainModel) {
        let names = model.entities.map(\.name)
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var edges: [(Int, Int, Double)] = []
        func link(_ a: Int?, _ b: Int?) {
            guard let a, let b, a != b else { return }
            edges.append((min(a, b), max(a, b), 1))
        }
        for entity in model.entities {
            for field in entity.fields { link(index[entity.name], field.kind.target.flatMap { index[$0] }) }
        }
        for aggregate in model.aggregates {
            for member in aggregate.members { link(index[aggregate.root], index[member]) }
        }
        for useCase in model.useCases {
            let touched = Set((useCase.reads + useCase.writes).compactMap { index[$0.entity] }).sorted()
            for (position, a) in touched.enumerated() {
                for b in touched[(position + 1)...] { link(a, b) }
            }
        }
        nodes = names.map { [$0] }
        graph = WeightedGraph(nodeCount: names.count, edges: edges)
    }
}
