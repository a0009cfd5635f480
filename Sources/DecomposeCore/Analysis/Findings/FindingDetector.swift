/// Points out what deserves a second look in a suggested decomposition.
///
/// Cycles between contexts, oversized contexts (more than max(8, 40 % of the entities)), single-entity
/// contexts, entities used from three or more other contexts, borderline units (pulled to another
/// context at least 80 % as strongly as to their own), and constraints that contradict each other or
/// force a use case apart.
struct FindingDetector: Sendable {
    static let oversizedMinimum = 8
    static let oversizedShare = 0.4
    static let widelyReferencedContexts = 3
    static let borderlineRatio = 0.8

    let assignment: ContextAssignment
    let index: EntityIndex
    let graph: CouplingGraph
    let partition: UnitPartition
    let dependencies: ContextDependencies

    /// Every finding, by kind then subject; `requestedCount` is `--contexts N`.
    func findings(requestedCount: Int?) -> [Finding] {
        let all =
            cycles() + oversized() + singleEntity() + widelyReferenced() + borderline()
            + partition.conflicts + forcedSplits() + unreachableCount(requestedCount)
        let kinds = Finding.Kind.allCases
        return all.sorted {
            (kinds.firstIndex(of: $0.kind)!, $0.subject, $0.message) < (
                kinds.firstIndex(of: $1.kind)!, $1.subject, $1.message
            )
        }
    }

    private func cycles() -> [Finding] {
        let edges = dependencies.directions.map { ($0.downstream, $0.upstream) }
        return StronglyConnectedComponents().cycles(nodeCount: assignment.count, edges: edges).map { component in
            let names = component.map { assignment.names[$0] }
            return Finding(
                kind: .cycle, subject: names.joined(separator: ", "),
                message: "\(Phrase.list(names)) depend on each other in a cycle.",
                suggestion:
                    "Break the cycle: let one side react to domain events instead of calling or reading the other, or merge the contexts if they always change together."
            )
        }
    }

    private func oversized() -> [Finding] {
        let limit = max(Self.oversizedMinimum, Int(Self.oversizedShare * Double(index.count)))
        return assignment.members.indices.filter { assignment.members[$0].count > limit }.map { context in
            Finding(
                kind: .oversizedContext, subject: assignment.names[context],
                message:
                    "\(assignment.names[context]) holds \(assignment.members[context].count) of \(index.count) entities (more than \(limit)).",
                suggestion:
                    "Look for a subdomain inside it: ask for one more context with --contexts, or try the cohesion preset and check which use cases really write together."
            )
        }
    }

    private func singleEntity() -> [Finding] {
        guard index.count > 1 else { return [] }
        return assignment.members.indices.filter { assignment.members[$0].count == 1 }.map { context in
            let entity = assignment.members[context][0]
            let best = pulls(of: [entity]).filter { $0.key != context && $0.value > 0 }.max {
                ($0.value, -$0.key) < ($1.value, -$1.key)
            }
            let own = graph.weight(entity, entity)
            let advice =
                best.map { neighbour, pull in
                    let name = assignment.names[neighbour]
                    // Joined to what pulls it more than its own work unless a constraint, a pin or --contexts
                    // kept it apart; otherwise its own work holds it and the numbers say by how much.
                    return pull > own
                        ? "Consider merging it into \(name), which pulls it most, unless it is a generic subdomain with a lifecycle of its own."
                        : "Its own work (\(Phrase.number(own)), the use cases that touch or write only it) is no less than the pull of \(name), the context that pulls it most (\(Phrase.number(pull))): keep it if it is a generic subdomain with a lifecycle of its own, or merge it into \(name)."
                }
                ?? "Nothing couples it to the rest of the model: check that its use cases and references are described."
            return Finding(
                kind: .singleEntityContext, subject: assignment.names[context],
                message: "\(assignment.names[context]) holds only \(index.names[entity]).", suggestion: advice)
        }
    }

    private func widelyReferenced() -> [Finding] {
        var usersOfEntity = Array(repeating: [String](), count: index.count)
        for direction in dependencies.directions {
            for entity in (dependencies.touched[direction] ?? []).sorted()
            where direction.upstream == assignment.contextOfEntity[entity] {
                usersOfEntity[entity].append(assignment.names[direction.downstream])
            }
        }
        return (0..<index.count).compactMap { entity in
            let users = usersOfEntity[entity]
            guard users.count >= Self.widelyReferencedContexts else { return nil }
            return Finding(
                kind: .widelyReferenced, subject: index.names[entity],
                message:
                    "\(index.names[entity]) is referenced or read from \(users.count) other contexts: \(Phrase.list(users)).",
                suggestion:
                    "Publish it through an open host service with a published language, or let the other contexts keep a read model replicated from its events."
            )
        }
    }

    private func borderline() -> [Finding] {
        partition.units.compactMap { unit in
            guard unit.pin == nil else { return nil }
            let own = assignment.contextOfEntity[unit.members[0]]
            guard assignment.members[own].count > unit.members.count else { return nil }
            let pulled = pulls(of: unit.members)
            guard
                let (other, otherPull) = pulled.filter({ $0.key != own }).max(by: {
                    ($0.value, -$0.key) < ($1.value, -$1.key)
                }).map({ ($0.key, $0.value) }),
                otherPull > 0, otherPull >= Self.borderlineRatio * (pulled[own] ?? 0)
            else { return nil }
            let pulls = (own: pulled[own] ?? 0, other: otherPull)
            let name = unitName(unit)
            // The pulls are the whole unit's: a unit of several entities is named with the entities that stay with it.
            let others = unit.members.map { index.names[$0] }.filter { $0 != name }
            let subject =
                others.isEmpty
                ? "\(name) is" : "\(name), with \(Phrase.list(others)) that stay with it, is"
            return Finding(
                kind: .borderlineEntity, subject: name,
                message:
                    "\(subject) pulled toward \(assignment.names[other]) (\(Phrase.number(pulls.other))) \(pulls.other > pulls.own ? "more than" : "almost as much as") toward its own context \(assignment.names[own]) (\(Phrase.number(pulls.own))).",
                suggestion:
                    "Decide with the domain experts where \(name) belongs, then record it with a pin; `decompose analyze --explain \(name)` lists the couplings."
            )
        }
    }

    /// Use cases whose writes the constraints keep in separate contexts.
    private func forcedSplits() -> [Finding] {
        zip(index.model.useCases, index.writesOfUseCase).compactMap { useCase, written in
            let units = written.map { partition.unitOfEntity[$0] }
            let forced = units.enumerated().flatMap { i, a in units[(i + 1)...].map { UnitPair(a, $0) } }.filter {
                partition.separation($0.first, $0.second) != nil
            }
            guard let pair = forced.sorted().first else { return nil }
            let first = unitName(partition.units[pair.first])
            let second = unitName(partition.units[pair.second])
            return Finding(
                kind: .constraintConflict, subject: useCase.name,
                message:
                    "\(useCase.name) writes \(first) and \(second), which a zone, pin or keep-apart puts in different contexts.",
                suggestion:
                    "Run \(useCase.name) as a saga across the contexts, or revisit the constraint that separates \(first) and \(second)."
            )
        }
    }

    private func unreachableCount(_ requested: Int?) -> [Finding] {
        guard let requested, requested != assignment.count else { return [] }
        return [
            Finding(
                kind: .constraintConflict, subject: "\(requested) contexts",
                message:
                    "\(requested) contexts were requested but the model allows \(assignment.count): atomic units and cannot-link constraints decide how few or many are possible.",
                suggestion:
                    "Ask for \(assignment.count) contexts, or relax pins, zones, keep-apart or keep-together hints.")
        ]
    }

    /// The summed weight between `members` and the other entities of each context that pulls them at all.
    private func pulls(of members: [Int]) -> [Int: Double] {
        let inside = Set(members)
        var pulls: [Int: Double] = [:]
        for offset in graph.pairs(touching: members) {
            let (pair, weight) = graph.sortedWeights[offset]
            guard inside.contains(pair.first) != inside.contains(pair.second) else { continue }
            let outsider = inside.contains(pair.first) ? pair.second : pair.first
            pulls[assignment.contextOfEntity[outsider], default: 0] += weight
        }
        return pulls
    }

    /// An aggregate root among the unit's entities, else its first entity.
    private func unitName(_ unit: AtomicUnit) -> String {
        let names = unit.members.map { index.names[$0] }
        return names.first(where: index.rootNames.contains) ?? names[0]
    }
}
