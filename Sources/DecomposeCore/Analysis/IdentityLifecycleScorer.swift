/// Scores identity and lifecycle: every aggregate member with its root, every subtype with its parent, every
/// dependent record (an entity without identity of its own) with its owner, every lookup entity with the one entity
/// its list is reached through (1 each).
struct IdentityLifecycleScorer: CouplingScorer {
    func collect(_ index: EntityIndex, into collector: inout CouplingCollector) {
        for aggregate in index.model.aggregates {
            guard let root = index.position(of: aggregate.root) else { continue }
            for member in aggregate.members where member != aggregate.root {
                guard let position = index.position(of: member) else { continue }
                let fact = collector.record(.aggregateMember(aggregate: aggregate.name, member: member))
                collector.add(position, root, .identityLifecycle, score: 1, evidence: fact)
            }
        }
        for (position, entity) in index.model.entities.enumerated() {
            guard let parentName = entity.parent, let parent = index.position(of: parentName) else { continue }
            let fact = collector.record(.inheritance(child: entity.name, parent: parentName))
            collector.add(position, parent, .identityLifecycle, score: 1, evidence: fact)
        }
        for dependent in DependentRecord.all(in: index) {
            let fact = collector.record(
                .dependentRecord(
                    record: index.names[dependent.record], field: dependent.field, owner: index.names[dependent.owner]))
            collector.add(dependent.record, dependent.owner, .identityLifecycle, score: 1, evidence: fact)
        }
        for lookup in LookupData.all(in: index) {
            let fact = collector.record(
                .lookupData(lookup: index.names[lookup.lookup], owner: index.names[lookup.owner]))
            collector.add(lookup.lookup, lookup.owner, .identityLifecycle, score: 1, evidence: fact)
        }
    }
}
