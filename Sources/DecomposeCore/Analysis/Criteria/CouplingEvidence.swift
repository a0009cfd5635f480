/// A fact of the model that couples entities, phrased in domain words for rationales and explanations.
enum CouplingEvidence: Sendable, Hashable {
    case aggregateMember(aggregate: String, member: String)
    case inheritance(child: String, parent: String)
    case dependentRecord(record: String, field: String, owner: String)
    case lookupData(lookup: String, owner: String)
    case companion(companion: String, field: String, owner: String)
    case useCase(name: String, writes: [String], reads: [String], isLatencyCritical: Bool)
    case eventFlow(emitter: String, event: String, handler: String)
    case reference(from: String, field: String, to: String, byId: Bool)
    case owner(team: String, entities: [String])
    case nameStem(stem: String, entities: [String])
    case characteristics(first: String, second: String, similar: [String], conflicting: [String])

    /// The fact as a sentence, mentioning only the entities in `scope` where the fact names many.
    func sentence(within scope: Set<String>) -> String {
        switch self {
        case .aggregateMember(let aggregate, let member):
            return "\(member) lives inside the \(aggregate) aggregate"
        case .lookupData(let lookup, let owner):
            return "\(lookup) is lookup data reached only through \(owner): no use case writes it or reads it alone"
        case .companion(let companion, let field, let owner):
            return "\(companion) is a one-to-one companion of \(owner) (\(companion).\(field) is unique)"
        case .inheritance(let child, let parent):
            return "\(child) extends \(parent)"
        case .dependentRecord(let record, let field, let owner):
            return "\(record) has no identity of its own and depends on \(owner) (\(record).\(field))"
        case .useCase(let name, let writes, let reads, let isLatencyCritical):
            return useCaseSentence(name, writes.filter(scope.contains), reads.filter(scope.contains))
                + (isLatencyCritical ? " (latency-critical)" : "")
        case .eventFlow(let emitter, let event, let handler):
            return "\(handler) handles \(event) emitted by \(emitter)"
        case .reference(let from, let field, let to, let byId):
            return byId ? "\(from).\(field) refers to \(to) by id" : "\(from).\(field) references \(to)"
        case .owner(let team, let entities):
            let owned = entities.filter(scope.contains)
            return "\(Phrase.list(owned)) \(owned.count == 1 ? "is" : "are") owned by \(team)"
        case .nameStem(let stem, let entities):
            return "\(Phrase.list(entities.filter(scope.contains))) share the name stem \(stem)"
        case .characteristics(let first, let second, let similar, let conflicting):
            if conflicting.isEmpty {
                return "\(first) and \(second) have similar characteristics (\(similar.joined(separator: ", ")))"
            }
            if similar.isEmpty {
                return
                    "\(first) and \(second) have conflicting characteristics (\(conflicting.joined(separator: ", ")))"
            }
            return
                "\(first) and \(second) share \(similar.joined(separator: ", ")) but differ in \(conflicting.joined(separator: ", "))"
        }
    }

    private func useCaseSentence(_ name: String, _ writes: [String], _ reads: [String]) -> String {
        switch (writes.count, reads.count) {
        case (0, _): "\(name) reads \(Phrase.list(reads))\(reads.count > 1 ? " together" : "")"
        case (_, 0): "\(name) writes \(Phrase.list(writes))\(writes.count > 1 ? " together" : "")"
        default: "\(name) writes \(Phrase.list(writes)) and reads \(Phrase.list(reads))"
        }
    }
}
