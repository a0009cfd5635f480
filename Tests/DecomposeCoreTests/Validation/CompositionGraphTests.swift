import Testing

@testable import DecomposeCore

@Suite struct CompositionGraphTests {
    private func graph(_ edges: [(String, String)]) -> CompositionGraph {
        let names = Array(Set(edges.flatMap { [$0.0, $0.1] })).sorted()
        let entities = names.map { name in
            Entity(
                name: name,
                fields: edges.filter { $0.0 == name }.map {
                    Field(name: "to\($0.1)", type: TypeReference(name: $0.1), kind: .composition(target: $0.1))
                })
        }
        return CompositionGraph(entities: entities)
    }

    @Test func findsEachCycleOnceFromItsEarliestEntity() {
        let cycles = graph([("A", "B"), ("B", "C"), ("C", "A"), ("C", "B"), ("D", "D"), ("E", "F")]).cycles()
        #expect(cycles.map(\.entities) == [["A", "B", "C", "A"], ["D", "D"]])
        #expect(cycles.map(\.edge.field) == ["toB", "toD"])
    }

    @Test func closureFollowsCompositionInFieldOrderAndSkipsExcluded() {
        let graph = graph([("A", "C"), ("A", "B"), ("B", "D"), ("C", "E")])
        #expect(graph.closure(of: ["A"]) { _ in false } == ["A", "C", "B", "E", "D"])
        #expect(graph.closure(of: ["A"]) { $0 == "C" } == ["A", "B", "D"])
    }
}
