import Testing

@testable import DecomposeCore

/// On models large enough for modularity's resolution limit (thousands of units), small planted contexts are
/// recovered, not merged: the resolution grows with the units so the merge penalty does not shrink.
@Suite struct PlantedRecoveryTests {
    /// A seeded model of `contextCount` contexts of 5 entities: an aggregate (a root composing two children),
    /// two entities referring by id to earlier ones, two use cases inside the context; noise: 5 % of entities
    /// refer to an entity of another context and 20 % of use cases also read one.
    static func plantedModel(contextCount: Int, seed: UInt64) -> (source: String, expected: ExpectedDecomposition) {
        var random = SplitMix64(seed: seed)
        let entityCount = contextCount * 5
        var lines: [String] = []
        var contexts: [ExpectedDecomposition.Context] = []
        for context in 0..<contextCount {
            let first = context * 5
            for entity in first..<(first + 5) {
                var fields = ["id: UUID"]
                if entity == first { fields += ["parts: [E\(first + 1)]", "details: [E\(first + 2)]"] }
                if entity > first + 2 { fields.append("e\(first + random.nextInt(below: entity - first))Id: UUID") }
                if random.nextUnit() < 0.05 {
                    let other = random.nextInt(below: entityCount)
                    if other / 5 != context { fields.append("peer -> E\(other)") }
                }
                lines.append("entity E\(entity) { \(fields.joined(separator: ", ")) }")
            }
            for useCase in 0..<2 {
                let writes = Set((0..<2).map { _ in "E\(first + random.nextInt(below: 5))" }).sorted()
                var reads = ["E\(first + random.nextInt(below: 5))"]
                if random.nextUnit() < 0.2 { reads.append("E\(random.nextInt(below: entityCount))") }
                lines.append(
                    "usecase U\(context)x\(useCase) {\n  writes \(writes.joined(separator: ", "))\n"
                        + "  reads \(Set(reads).sorted().joined(separator: ", "))\n}")
            }
            contexts.append(.init(name: "P\(context)", entities: (first..<(first + 5)).map { "E\($0)" }))
        }
        return (lines.joined(separator: "\n") + "\n", ExpectedDecomposition(contexts: contexts))
    }

    @Test func smallContextsOfALargeModelStayApart() {
        let (source, expected) = Self.plantedModel(contextCount: 1_000, seed: 1)
        let parsed = DomainParser().parse(source, path: "planted.domain")
        let built = ModelBuilder().build(parsed.model)
        #expect(!(parsed.diagnostics + built.diagnostics).contains { $0.severity == .error })
        let decomposition = ContextAnalyzer().analyze(built.model).decomposition
        var suggested: [String: [String]] = [:]
        for context in decomposition.contexts { suggested[context.name, default: []] += context.entities }
        let mojoFM = DecompositionComparer().compare(suggested: suggested, expected: expected).mojoFM
        #expect(mojoFM >= 95, "MoJoFM \(mojoFM), \(decomposition.contexts.count) contexts for 1,000 planted")
        #expect(decomposition.contexts.count >= 950)
    }
}
