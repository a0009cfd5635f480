import DecomposeCore

/// A seeded monolith in the domain language with known true contexts, for timing the whole analysis.
///
/// Each planted context of `contextSize` entities has an aggregate (a root composing two children), entities that
/// reference each other by id, and use cases that write two or three of its entities and read a third. Noise crosses
/// contexts: some use cases read an entity of another context, and some fields refer to another context's entity.
struct PlantedModel {
    let entityCount: Int
    let contextSize: Int
    /// The share of use cases that also read an entity of another, random context.
    let crossReadShare: Double
    let seed: UInt64

    /// The number of planted contexts (the last one may be smaller).
    var contextCount: Int { (entityCount + contextSize - 1) / contextSize }

    /// The planted context of each entity, in the order the entities are declared.
    var truth: [Int] { (0..<entityCount).map { $0 / contextSize } }

    /// The planted contexts as an expected decomposition (`P0: E0, E1, …`), for MoJoFM.
    var expected: ExpectedDecomposition {
        ExpectedDecomposition(
            contexts: (0..<contextCount).map { context in
                let first = context * contextSize
                return ExpectedDecomposition.Context(
                    name: "P\(context)", entities: (first..<min(first + contextSize, entityCount)).map(Self.name))
            })
    }

    /// The name of entity number `entity`.
    static func name(_ entity: Int) -> String { "E\(entity)" }

    /// The model as `.domain` source text; the same parameters always give the same text.
    func source() -> String {
        var random = SplitMix64(seed: seed)
        var lines = ["system Planted \"A generated monolith with \(entityCount) entities\"", ""]
        let name = Self.name
        for context in 0..<contextCount {
            let first = context * contextSize
            let last = min(first + contextSize, entityCount)
            for entity in first..<last {
                var fields = ["id: UUID", "label: String"]
                if entity == first && last - first >= 3 {
                    fields.append("parts: [\(name(first + 1))]")
                    fields.append("details: [\(name(first + 2))]")
                }
                if entity > first + 2 { fields.append("e\(first + random.nextInt(below: entity - first))Id: UUID") }
                if random.nextUnit() < 0.05 {
                    let other = random.nextInt(below: entityCount)
                    if other / contextSize != context { fields.append("peer -> \(name(other))") }
                }
                lines.append("entity \(name(entity)) { \(fields.joined(separator: ", ")) }")
            }
            for useCase in 0..<max(2, (last - first) / 2) {
                let writes = (0..<2).map { _ in name(first + random.nextInt(below: last - first)) }
                var reads = [name(first + random.nextInt(below: last - first))]
                if random.nextUnit() < crossReadShare { reads.append(name(random.nextInt(below: entityCount))) }
                lines.append(
                    "usecase U\(context)x\(useCase) {\n  writes \(Set(writes).sorted().joined(separator: ", "))\n"
                        + "  reads \(Set(reads).sorted().joined(separator: ", "))\n}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
