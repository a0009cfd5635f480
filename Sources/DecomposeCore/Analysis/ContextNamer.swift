/// Names each cluster from its content.
///
/// A cluster holding a pinned unit takes the pin's name. Otherwise it is named after its dominant
/// aggregate root (or standalone entity): the one with the most use-case weight, then the most members,
/// then the first by name. Names are unique: a candidate already taken gives way to the next one, and
/// when every candidate is taken a number is appended (`Order2`).
struct ContextNamer: Sendable {
    /// A name and pinned flag for every cluster, in cluster order.
    func names(
        of clusters: [[Int]], _ index: EntityIndex, _ partition: UnitPartition, _ graph: CouplingGraph
    ) -> (names: [String], isPinned: [Bool]) {
        let pins = clusters.map { members in
            Set(members.compactMap { partition.units[partition.unitOfEntity[$0]].pin }).sorted().first
        }
        var taken = Set(pins.compactMap { $0 })
        let weight = useCaseWeight(index, graph)
        var names: [String] = []
        for (cluster, members) in clusters.enumerated() {
            if let pin = pins[cluster] {
                names.append(pin)
                continue
            }
            let ranked = candidates(members, index).sorted {
                (weight($1.members), $1.members.count, $0.name) < (weight($0.members), $0.members.count, $1.name)
            }.map(\.name)
            var name = ranked.first { !taken.contains($0) } ?? ranked[0]
            if taken.contains(name) {
                let base = name
                var number = 2
                while taken.contains("\(base)\(number)") { number += 1 }
                name = "\(base)\(number)"
            }
            taken.insert(name)
            names.append(name)
        }
        return (names, pins.map { $0 != nil })
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
