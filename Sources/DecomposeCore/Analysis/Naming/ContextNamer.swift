/// Names each cluster from its content, and says how each name was chosen.
///
/// A cluster holding a pinned unit takes the pin's name. Otherwise it is named after the aggregate root (or
/// entity outside any aggregate) that its use cases write most: the candidate with the most writes (a use case
/// writing an entity is one write, so an aggregate counts the writes of all its members and a large aggregate
/// written by every command outranks a lookup entity written by one), then the one with the most members, then
/// the one with the most use-case weight, then the one that fields of other contexts (then of its own) refer to most
/// (what the others know the context by: a model without use cases ties on everything before), then the first by
/// name. Names are unique: a candidate already taken gives way to the next one, and when every
/// candidate is taken a number is appended (`Order2`).
struct ContextNamer: Sendable {
    /// A cluster's name, whether a pin gave it, and the sentence saying why it was chosen.
    struct Naming: Sendable {
        var name: String
        var isPinned: Bool
        var reason: String
    }

    /// A candidate name with what ranks it.
    private struct Candidate {
        var name: String
        var members: [Int]
        /// The use cases (model offsets, ascending) writing any of its members.
        var writers: [Int]
        /// How many (use case, member) writes there are.
        var writes: Int
        var weight: Double
        /// How many fields of entities in other contexts refer to its members: what the others know it by.
        var outsideReferences: Int
        /// How many fields of other entities of the context refer to its members.
        var insideReferences: Int

        /// Ranks before `other`: more writes, more members, more use-case weight, more references from other
        /// contexts, then from its own, then alphabetical.
        func ranks(before other: Candidate) -> Bool {
            (other.writes, other.members.count, other.weight, other.outsideReferences, other.insideReferences, name)
                < (writes, members.count, weight, outsideReferences, insideReferences, other.name)
        }
    }

    /// A naming for every cluster, in cluster order.
    func names(
        of clusters: [[Int]], _ index: EntityIndex, _ partition: UnitPartition, _ graph: CouplingGraph
    ) -> [Naming] {
        let pins = clusters.map { members in
            Set(members.compactMap { partition.units[partition.unitOfEntity[$0]].pin }).sorted().first
        }
        var taken = UniqueNames(reserved: Set(pins.compactMap { $0 }))
        let weight = useCaseWeight(index, graph)
        let writers = writersOfEntity(index)
        let referrersOf = Self.referrers(index)
        var namings: [Naming] = []
        for (cluster, members) in clusters.enumerated() {
            if let pin = pins[cluster] {
                namings.append(Naming(name: pin, isPinned: true, reason: "named \(pin) by a pin"))
                continue
            }
            let cluster = Set(members)
            let ranked = candidates(members, index).map { name, candidateMembers in
                let own = Set(candidateMembers)
                let referrers = candidateMembers.flatMap { referrersOf[$0] }.filter { !own.contains($0) }
                return Candidate(
                    name: name, members: candidateMembers, writers: Self.union(candidateMembers.map { writers[$0] }),
                    writes: candidateMembers.reduce(0) { $0 + writers[$1].count }, weight: weight(candidateMembers),
                    outsideReferences: referrers.filter { !cluster.contains($0) }.count,
                    insideReferences: referrers.filter { cluster.contains($0) }.count)
            }.sorted { $0.ranks(before: $1) }
            let chosen = ranked.first { !taken.contains($0.name) } ?? ranked[0]
            let name = taken.claim(chosen.name)
            let writeCount = members.reduce(0) { $0 + writers[$1].count }
            let skipped = ranked.prefix { $0.name != chosen.name }.map(\.name)
            namings.append(
                Naming(
                    name: name, isPinned: false,
                    reason: reason(name, chosen, ranked, skipped, writeCount, index)))
        }
        return namings
    }

    /// The sentence that says why `chosen` named the context, against the runner-up.
    private func reason(
        _ name: String, _ chosen: Candidate, _ ranked: [Candidate], _ skipped: [String], _ writeCount: Int,
        _ index: EntityIndex
    ) -> String {
        var sentence = "named after \(chosen.name)"
        if name != chosen.name { sentence = "named \(name) (\(chosen.name) names another context)" }
        let writerNames = chosen.writers.map { index.model.useCases[$0].name }
        let written =
            index.model.useCases.isEmpty
            ? "the model has no use cases"
            : chosen.writers.isEmpty
                ? "no use case writes it"
                : "\(chosen.writes) of the context's \(writeCount) writes are to it (by \(Phrase.list(Array(writerNames.prefix(3))))\(writerNames.count > 3 ? " and \(writerNames.count - 3) more" : ""))"
        let kind = chosen.members.count > 1 ? "aggregate of \(chosen.members.count) entities" : "entity"
        sentence += ", an \(kind): \(written)"
        if !skipped.isEmpty {
            let verbs = skipped.count == 1 ? "ranks higher but names" : "rank higher but name"
            sentence += "; \(Phrase.list(skipped)) \(verbs) other contexts"
        }
        guard let runnerUp = ranked.first(where: { $0.name != chosen.name && !skipped.contains($0.name) }) else {
            return sentence + (ranked.count == 1 ? "; it is the only aggregate or entity of its own here" : "")
        }
        if chosen.writes != runnerUp.writes {
            return sentence + ", more than to \(runnerUp.name) (\(runnerUp.writes))"
        }
        if chosen.members.count != runnerUp.members.count {
            return sentence + ", as many as \(runnerUp.name), and it is larger (\(chosen.members.count) entities)"
        }
        if chosen.weight != runnerUp.weight {
            return sentence
                + ", as many as \(runnerUp.name), and more use-case weight (\(Phrase.number(chosen.weight)) against \(Phrase.number(runnerUp.weight)))"
        }
        if chosen.outsideReferences != runnerUp.outsideReferences {
            return sentence
                + ", tied with \(runnerUp.name), and other contexts refer to it more (\(chosen.outsideReferences) "
                + "\(chosen.outsideReferences == 1 ? "field" : "fields") against \(runnerUp.outsideReferences))"
        }
        if chosen.insideReferences != runnerUp.insideReferences {
            return sentence
                + ", tied with \(runnerUp.name), and its own context refers to it more (\(chosen.insideReferences) "
                + "\(chosen.insideReferences == 1 ? "field" : "fields") against \(runnerUp.insideReferences))"
        }
        return sentence + ", tied with \(runnerUp.name) and first by name"
    }

    /// For each entity, the entity of every field that refers to it (one entry per field).
    private static func referrers(_ index: EntityIndex) -> [[Int]] {
        var result = Array(repeating: [Int](), count: index.count)
        for (position, entity) in index.model.entities.enumerated() {
            for field in entity.fields {
                if let referred = field.kind.referenceTarget.flatMap(index.position(of:)), referred != position {
                    result[referred].append(position)
                }
            }
        }
        return result
    }

    /// Aggregate roots and standalone entities of a cluster with their members; every entity when none qualifies.
    private func candidates(_ members: [Int], _ index: EntityIndex) -> [(name: String, members: [Int])] {
        let roots = index.aggregates(rootedIn: members).map { offset -> (String, [Int]) in
            let aggregate = index.model.aggregates[offset]
            return (aggregate.root, aggregate.members.compactMap(index.position(of:)))
        }
        let rootNames = Set(roots.map(\.0))
        let standalone = members.filter {
            index.model.entities[$0].aggregate == nil && index.model.entities[$0].parent == nil
                && !rootNames.contains(index.names[$0])
        }.map { (index.names[$0], [$0]) }
        let all = roots + standalone
        return all.isEmpty ? members.map { (index.names[$0], [$0]) } : all
    }

    /// For each entity, the use cases (model offsets, ascending) that write it.
    private func writersOfEntity(_ index: EntityIndex) -> [[Int]] {
        var writers = Array(repeating: [Int](), count: index.count)
        for (useCase, written) in index.writesOfUseCase.enumerated() {
            for entity in written { writers[entity].append(useCase) }
        }
        return writers
    }

    /// The sorted union of sorted offset lists.
    private static func union(_ lists: [[Int]]) -> [Int] {
        Array(Set(lists.joined())).sorted()
    }

    /// The total use-case score of a group of entities.
    private func useCaseWeight(_ index: EntityIndex, _ graph: CouplingGraph) -> ([Int]) -> Double {
        var perEntity = Array(repeating: 0.0, count: index.count)
        for coupling in graph.couplings where coupling.criterion == .useCase {
            perEntity[coupling.first] += coupling.score
            perEntity[coupling.second] += coupling.score
        }
        return { members in members.reduce(0) { $0 + perEntity[$1] } }
    }
}
