/// Scores references: a field pointing at another entity by object (`->`, 1) or by id (`productId`, 0.5).
struct ReferenceScorer: CouplingScorer {
    static let byObject = 1.0
    static let byId = 0.5

    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        for (position, entity) in index.model.entities.enumerated() {
            for field in entity.fields {
                let (target, byId): (String, Bool)
                switch field.kind {
                case .reference(let name): (target, byId) = (name, false)
                case .idReference(let name): (target, byId) = (name, true)
                default: continue
                }
                guard let other = index.position(of: target), other != position else { continue }
                let fact = collector.record(.reference(from: entity.name, field: field.name, to: target, byId: byId))
                collector.add(position, other, .reference, score: byId ? Self.byId : Self.byObject, evidence: fact)
            }
        }
    }
}
