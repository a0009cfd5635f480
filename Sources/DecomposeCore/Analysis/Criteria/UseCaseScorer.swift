/// Scores use cases: entities written together (1) ≫ one written and one read (0.3) ≫ read together (0.1).
///
/// Field-level access counts for the entity. A use case is measured in atomic units (an aggregate is
/// one thing, however many of its entities a use case names): the score between two units is divided by
/// `k − 1`, where `k` is the number of units the use case touches, so that a use case touching ten
/// aggregates does not dominate, and it is spread evenly over the entity pairs of the two units.
/// A unit counts as written when the use case writes any of its entities. Latency-critical use cases
/// weigh 1.5 times as much. A use case touching a single entity gives it a self-coupling (1 written,
/// 0.5 read): work of its own, which makes the entity cohesive on its own just as the use cases inside
/// an aggregate make the aggregate cohesive. A query of its own (a screen or an API serving the entity
/// alone) is such work too, half as strong as a command because it changes nothing.
///
/// A projection (see `Projections`: an entity kept up to date only by event handlers) exists for the use
/// cases that read it: their reads are its work, so a use case reading a projection counts as writing it,
/// and the handler that feeds it gives it no self-coupling. A marketing service's copy of the users'
/// locations joins the campaigns read with it; a delivery history read on its own stays on its own.
struct UseCaseScorer: CouplingScorer {
    static let writeWrite = 1.0
    static let writeRead = 0.3
    static let readRead = 0.1
    /// The self-coupling of a query of its own: half a command's.
    static let readAlone = 0.5
    static let latencyFactor = 1.5

    /// The atomic unit of each entity.
    let unitOfEntity: [Int]

    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        let projections = Projections.entities(in: index)
        for (offset, useCase) in index.model.useCases.enumerated() {
            let writes = index.writesOfUseCase[offset]
            let reads = index.readsOfUseCase[offset].filter { !writes.contains($0) }
            let touched = writes + reads
            guard !touched.isEmpty else { continue }
            let writtenUnits = Set((writes + reads.filter(projections.contains)).map { unitOfEntity[$0] })
            var perUnit: [Int: Int] = [:]
            for entity in touched { perUnit[unitOfEntity[entity], default: 0] += 1 }
            let factor = (useCase.isLatencyCritical ? Self.latencyFactor : 1) / Double(max(1, perUnit.count - 1))
            let fact = collector.record(
                .useCase(
                    name: useCase.name, writes: writes.map { index.names[$0] }, reads: reads.map { index.names[$0] },
                    isLatencyCritical: useCase.isLatencyCritical))
            let feedsProjection = !useCase.handles.isEmpty && projections.contains(touched[0])
            if touched.count == 1, !feedsProjection {
                let score = (writtenUnits.isEmpty ? Self.readAlone : Self.writeWrite) * factor
                collector.addSelf(touched[0], .useCase, score: score, evidence: fact)
            } else if writes.count == 1, !feedsProjection {
                let score = Self.readAlone * (useCase.isLatencyCritical ? Self.latencyFactor : 1)
                collector.addSelf(writes[0], .useCase, score: score, evidence: fact)
            }
            for (i, a) in touched.enumerated() {
                for b in touched[(i + 1)...] {
                    let (unitA, unitB) = (unitOfEntity[a], unitOfEntity[b])
                    let base =
                        switch (writtenUnits.contains(unitA), writtenUnits.contains(unitB)) {
                        case (true, true): Self.writeWrite
                        case (false, false): Self.readRead
                        default: Self.writeRead
                        }
                    let spread = unitA == unitB ? 1 : Double(perUnit[unitA]! * perUnit[unitB]!)
                    collector.add(a, b, .useCase, score: base * factor / spread, evidence: fact)
                }
            }
        }
    }
}
