/// Scores identity and lifecycle: every aggregate member with its root, every subtype with its parent, every
/// dependent record (an entity without identity of its own) with its owner, every one-to-one companion with the
/// entity it completes, every lookup entity with the one entity its list is reached through (1 each).
///
/// A one-to-one companion holds a unique reference by object to another entity (`user -> User unique`, a JHipster
/// OneToOne): there is at most one of it per owner, a profile, a summary or the settings of that owner, which
/// shares the owner's identity as an aggregate member shares its root's. A unique reference by id
/// (`applicationUserId: String unique`) is not: it is how another context keeps its own view of the same identity
/// (an ordering buyer per identity user), the usual seam between contexts.
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
        for (position, entity) in index.model.entities.enumerated() {
            for field in entity.fields where field.isUnique && !field.type.isList {
                guard case .reference(let target) = field.kind, let owner = index.position(of: target),
                    owner != position
                else { continue }
                let fact = collector.record(.companion(companion: entity.name, field: field.name, owner: target))
                collector.add(position, owner, .identityLifecycle, score: 1, evidence: fact)
            }
        }
        for lookup in LookupData.all(in: index) {
            let fact = collector.record(
                .lookupData(lookup: index.names[lookup.lookup], owner: index.names[lookup.owner]))
            collector.add(lookup.lookup, lookup.owner, .identityLifecycle, score: 1, evidence: fact)
        }
    }
}
