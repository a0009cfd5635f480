@testable import DecomposeCore

/// Checks what the context map's reasons claim against the model and the decomposition, worked out again from the
/// model's declarations: who refers to, reads, writes or handles the events of whom, who owns what, which
/// characteristics each context has. A reason of a kind it does not know is a problem too, so no new sentence goes
/// unchecked.
struct RelationshipChecker {
    let model: DomainModel
    let decomposition: Decomposition
    let contextOf: [String: String]
    private let entities: [String: Entity]

    init(_ model: DomainModel, _ decomposition: Decomposition) {
        self.model = model
        self.decomposition = decomposition
        contextOf = Dictionary(
            decomposition.contexts.flatMap { context in context.entities.map { ($0, context.name) } },
            uniquingKeysWith: { a, _ in a })
        entities = Dictionary(model.entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func problems() -> [String] {
        decomposition.relationships.flatMap { relationship in
            relationship.reasons.compactMap { reason in
                problem(with: reason, of: relationship).map {
                    "\(relationship.downstream) → \(relationship.upstream): \(reason): \($0)"
                }
            }
        }
    }

    private func problem(with reason: String, of relationship: ContextRelationship) -> String? {
        let (up, down) = (relationship.upstream, relationship.downstream)
        if let match = reason.firstMatch(of: /^(.+) writes? in both (.+) and (.+?)(: they share part of their model)?$/)
        {
            let names = String(match.output.1).replacingOccurrences(of: " and ", with: ", ").components(
                separatedBy: ", ")
            for name in names {
                guard let useCase = model.useCases.first(where: { $0.name == name }) else {
                    return "no use case \(name)"
                }
                let contexts = Set(useCase.writes.compactMap { contextOf[$0.entity] })
                if !contexts.contains(up) || !contexts.contains(down) { return "\(name) does not write in both" }
            }
            return nil
        }
        if reason == "\(up) and \(down) depend on each other" {
            return depends(down, on: up) && depends(up, on: down) ? nil : "not both ways"
        }
        if reason == "\(down) depends on \(up), not the other way round" {
            if !depends(down, on: up) { return "\(down) does not depend on \(up)" }
            return depends(up, on: down) ? "\(up) depends on \(down) too" : nil
        }
        if let match = reason.firstMatch(of: /^(.+) uses ([0-9]+) of the ([0-9]+) entities of (.+)$/) {
            let size = decomposition.contexts.first { $0.name == String(match.output.4) }?.entities.count
            let used = entitiesUsed(by: String(match.output.1), of: String(match.output.4)).count
            guard Int(match.output.2) == used, Int(match.output.3) == size else {
                return "it uses \(used) of \(size ?? 0)"
            }
            return nil
        }
        if let match = reason.firstMatch(of: /^(.+) is used by ([0-9]+) contexts: offer them one published language$/) {
            let consumers = decomposition.relationships.filter { $0.upstream == String(match.output.1) }.count
            return Int(match.output.2) == consumers ? nil : "\(consumers) use it"
        }
        if let match = reason.firstMatch(of: /^both are owned by (.+)$/) {
            let team = String(match.output.1)
            return owner(of: up) == team && owner(of: down) == team ? nil : "owned by \(owner(of: up) ?? "-")"
        }
        if let match = reason.firstMatch(of: /^(.+) is owned by (.+), (.+) by (.+): (.+) negotiates what it needs$/) {
            let claims = [(match.output.1, match.output.2), (match.output.3, match.output.4)]
            for (context, team) in claims where owner(of: String(context)) != String(team) {
                return "\(context) is owned by \(owner(of: String(context)) ?? "nobody")"
            }
            return match.output.2 != match.output.4 && match.output.1 == down ? nil : "the same team, or upside down"
        }
        if reason == "\(up) is owned by \(owner(of: up) ?? "?"), so \(down) has no leverage over it" {
            return owner(of: down) != owner(of: up) ? nil : "\(down) has the same owner"
        }
        if reason == "no team owning \(down) has a say over \(up)" {
            return owner(of: up) == nil ? nil : "\(up) is owned by \(owner(of: up)!)"
        }
        if reason == "\(up)'s model changes often (volatility often) and \(down) does not control it" {
            if level(of: .structuralVolatility, in: up) != .high { return "\(up)'s volatility is not often" }
            return owner(of: down) == nil || owner(of: down) != owner(of: up) ? nil : "\(down) has the same owner"
        }
        if reason == "translate \(up)'s model at \(down)'s boundary so its changes stay outside" {
            return relationship.reasons.count > 1 ? nil : "advice without a reason"
        }
        if let problem = characteristicsProblem(reason, up, down) { return problem.isEmpty ? nil : problem }
        return "a reason this checker does not know"
    }

    /// "U has K word, D word" or "U wants S storage, D T": "" when it holds, nil when the reason is of another kind.
    private func characteristicsProblem(_ reason: String, _ up: String, _ down: String) -> String? {
        if let match = reason.firstMatch(of: /^(.+) wants (.+) storage, (.+) (.+)$/) {
            guard String(match.output.1) == up, String(match.output.3) == down else { return "upside down" }
            let claimed = [String(match.output.2), String(match.output.4)]
            return claimed == [storage(of: up), storage(of: down)] && claimed[0] != claimed[1]
                ? "" : "storage is \(storage(of: up) ?? "-") and \(storage(of: down) ?? "-")"
        }
        guard let match = reason.firstMatch(of: /^(.+) has ([a-z-]+) ([a-z]+), (.+) ([a-z]+)$/),
            let kind = CharacteristicKind(rawValue: String(match.output.2))
        else { return nil }
        guard String(match.output.1) == up, String(match.output.4) == down else { return "upside down" }
        let levels = [level(of: kind, in: up), level(of: kind, in: down)]
        let claimed = [kind.level(named: String(match.output.3)), kind.level(named: String(match.output.5))]
        guard levels == claimed, let a = levels[0], let b = levels[1], abs(a.rawValue - b.rawValue) == 2 else {
            return "the levels are \(levels)"
        }
        return ""
    }

    /// Whether a fact of the model makes `downstream` use `upstream`: one of its entities refers to one of
    /// `upstream`'s, a use case at home in it (the context of its first write, or of its first read when it writes
    /// nothing) reads or writes in `upstream`, or handles an event a use case at home in `upstream` emits.
    func depends(_ downstream: String, on upstream: String) -> Bool {
        if !entitiesUsed(by: downstream, of: upstream).isEmpty { return true }
        return model.useCases.contains { handler in
            home(of: handler) == downstream
                && model.useCases.contains { emitter in
                    emitter.name != handler.name && home(of: emitter) == upstream
                        && emitter.emits.contains { event in handler.handles.contains { $0.name == event.name } }
                }
        }
    }

    /// The entities of `upstream` that `downstream` refers to, or that its use cases read or write.
    func entitiesUsed(by downstream: String, of upstream: String) -> Set<String> {
        var used: Set<String> = []
        for entity in model.entities where contextOf[entity.name] == downstream {
            for field in entity.fields {
                if let target = FactChecker.referenceTarget(field), contextOf[target] == upstream {
                    used.insert(target)
                }
            }
        }
        for useCase in model.useCases where home(of: useCase) == downstream {
            for access in useCase.reads + useCase.writes where contextOf[access.entity] == upstream {
                used.insert(access.entity)
            }
        }
        return used
    }

    private func home(of useCase: UseCase) -> String? {
        (useCase.writes + useCase.reads).lazy.compactMap { contextOf[$0.entity] }.first
    }

    /// The team owning most of the context's entities (ties: the later name), as the analysis counts it.
    private func owner(of context: String) -> String? {
        mostCommon(members(of: context).compactMap(\.owner))
    }

    private func storage(of context: String) -> String? {
        let kinds = members(of: context).compactMap { $0.characteristics.storage }
        return mostCommon(kinds.map { StorageKind.allCases.firstIndex(of: $0)! }).map {
            StorageKind.allCases[$0].rawValue
        }
    }

    private func level(of kind: CharacteristicKind, in context: String) -> Level? {
        mostCommon(members(of: context).compactMap { kind.level(in: $0.characteristics) })
    }

    private func members(of context: String) -> [Entity] {
        (decomposition.contexts.first { $0.name == context }?.entities ?? []).compactMap { entities[$0] }
    }

    private func mostCommon<T: Comparable & Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
