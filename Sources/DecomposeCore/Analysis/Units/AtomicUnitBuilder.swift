/// Groups entities into atomic units and turns zones and keep-apart hints into cannot-link pairs (pins become
/// the partition's pin labels: see `UnitPartition`).
///
/// Units: aggregate members, inheritance hierarchies, dependent records with their owner (an entity
/// without identity of its own joins the one entity it refers to) and lookup data with the one entity pointing
/// into it (see `LookupData`), unless a pin, zone or keep-apart written by the user separates them, `keep-together` groups and the entities of one `pin` are joined
/// (transitively). Cannot-link: units named on
/// different sides of a `keep-apart`, units of different security zones, and an unzoned unit and a
/// zone when both declare a security level and the levels differ.
struct AtomicUnitBuilder: Sendable {
    /// The units and constraints of the model behind `index`.
    func partition(_ index: EntityIndex) -> UnitPartition {
        let model = index.model
        var sets = DisjointSets(count: index.count)
        for aggregate in model.aggregates { sets.join(aggregate.members.compactMap(index.position(of:))) }
        for (position, entity) in model.entities.enumerated() {
            if let parent = entity.parent.flatMap(index.position(of:)) { sets.join([position, parent]) }
            if let aggregate = entity.aggregate { sets.join([position] + index.resolve(aggregate)) }
        }
        let pinOfEntity = labels(model.pins.map { ($0.context, $0.members) }, index)
        let zoneOfEntity = labels(model.zones.map { ($0.name, $0.members) }, index)
        let satellites =
            DependentRecord.all(in: index).map { ($0.record, $0.owner) }
            + LookupData.all(in: index).map { ($0.lookup, $0.owner) }
        for (satellite, owner) in satellites {
            let pair = [satellite, owner]
            guard Set(pair.map { pinOfEntity[$0] }).count == 1, Set(pair.map { zoneOfEntity[$0] }).count == 1,
                !keptApart(satellite, owner, index)
            else { continue }
            sets.join(pair)
        }
        for group in model.keepTogether { sets.join(group.members.flatMap { index.resolve($0.name) }) }
        for pin in model.pins { sets.join(pin.members.flatMap { index.resolve($0.name) }) }

        let groups = sets.groups()
        var unitOfEntity = Array(repeating: 0, count: index.count)
        for (unit, members) in groups.enumerated() { for member in members { unitOfEntity[member] = unit } }

        var conflicts: [Finding] = []
        let units = groups.map { members in
            AtomicUnit(
                members: members,
                pin: single(members.compactMap { pinOfEntity[$0] }, of: members, kind: "pins", index, &conflicts),
                zone: single(
                    members.compactMap { zoneOfEntity[$0] }, of: members, kind: "security zones", index, &conflicts))
        }
        var links: [UnitPair: String] = [:]
        addZoneLinks(units, index, &links)
        addKeepApartLinks(index, unitOfEntity, &links, &conflicts)
        let pairs = links.keys.sorted()
        return UnitPartition(
            units: units, unitOfEntity: unitOfEntity, cannotLink: pairs.map { ($0.first, $0.second) },
            separations: pairs.map { links[$0] ?? "" }, conflicts: conflicts)
    }

    /// Whether a `keep-apart` names `a` and `b` on different sides.
    private func keptApart(_ a: Int, _ b: Int, _ index: EntityIndex) -> Bool {
        index.model.keepApart.contains { group in
            let sides = group.members.map { Set(index.resolve($0.name)) }
            return sides.indices.contains { i in
                sides.indices.contains { j in i != j && sides[i].contains(a) && sides[j].contains(b) }
            }
        }
    }

    /// For each entity, the name of the first pin or zone listing it.
    private func labels(_ groups: [(String, [NameReference])], _ index: EntityIndex) -> [Int: String] {
        var result: [Int: String] = [:]
        for (label, members) in groups {
            for position in members.flatMap({ index.resolve($0.name) }) where result[position] == nil {
                result[position] = label
            }
        }
        return result
    }

    /// The one label a unit carries; when it carries several, the first by name and a conflict finding.
    private func single(
        _ labels: [String], of members: [Int], kind: String, _ index: EntityIndex, _ conflicts: inout [Finding]
    ) -> String? {
        let distinct = Set(labels).sorted()
        if distinct.count > 1 {
            let names = members.map { index.names[$0] }
            conflicts.append(
                Finding(
                    kind: .constraintConflict, subject: names[0],
                    message:
                        "\(Phrase.list(names)) cannot be separated (aggregate, inheritance, keep-together or pin) but belong to the \(kind) \(Phrase.list(distinct)).",
                    suggestion:
                        "Move the entities into one of the \(kind), or split the aggregate or hierarchy that binds them."
                ))
        }
        return distinct.first
    }

    /// Records why two units may not share a context; the first reason found for a pair is kept.
    private func separate(_ a: Int, _ b: Int, because reason: String, _ links: inout [UnitPair: String]) {
        let pair = UnitPair(a, b)
        if links[pair] == nil { links[pair] = reason }
    }

    private func addZoneLinks(_ units: [AtomicUnit], _ index: EntityIndex, _ links: inout [UnitPair: String]) {
        let security = units.map { unit in
            unit.members.compactMap { index.model.entities[$0].characteristics.security }.max()
        }
        var zoneSecurity: [String: Level] = [:]
        for (unit, level) in zip(units, security) {
            if let zone = unit.zone, let level { zoneSecurity[zone] = max(zoneSecurity[zone] ?? level, level) }
        }
        // Only pairs with at least one zoned unit can conflict: visit each such pair once, smaller unit first.
        for zoned in units.indices where units[zoned].zone != nil {
            for other in units.indices where other != zoned && (units[other].zone == nil || other > zoned) {
                let (a, b) = (min(zoned, other), max(zoned, other))
                switch (units[a].zone, units[b].zone) {
                case (let zoneA?, let zoneB?) where zoneA != zoneB:
                    separate(a, b, because: "the security zones \(zoneA) and \(zoneB) never share a context", &links)
                case (let zone?, nil):
                    if let level = security[b], let required = zoneSecurity[zone], level != required {
                        separate(a, b, because: zoneReason(zone, required, level), &links)
                    }
                case (nil, let zone?):
                    if let level = security[a], let required = zoneSecurity[zone], level != required {
                        separate(a, b, because: zoneReason(zone, required, level), &links)
                    }
                default:
                    break
                }
            }
        }
    }

    /// Why an unzoned unit stays out of a zone whose security level differs from its own.
    private func zoneReason(_ zone: String, _ required: Level, _ level: Level) -> String {
        let security = CharacteristicKind.security
        return "the security zone \(zone) holds security \(security.word(for: required)) data and admits no entity "
            + "declaring security \(security.word(for: level))"
    }

    private func addKeepApartLinks(
        _ index: EntityIndex, _ unitOfEntity: [Int], _ links: inout [UnitPair: String], _ conflicts: inout [Finding]
    ) {
        for group in index.model.keepApart {
            let sides = group.members.map { reference in
                (reference.name, Set(index.resolve(reference.name).map { unitOfEntity[$0] }))
            }
            for (i, sideA) in sides.enumerated() {
                for sideB in sides[(i + 1)...] {
                    for a in sideA.1.sorted() {
                        for b in sideB.1.sorted() {
                            if a == b {
                                conflicts.append(
                                    Finding(
                                        kind: .constraintConflict, subject: sideA.0,
                                        message:
                                            "keep-apart \(sideA.0), \(sideB.0) cannot be honoured: an aggregate, hierarchy, keep-together or pin binds them.",
                                        suggestion:
                                            "Remove the keep-apart hint or the constraint that binds \(sideA.0) and \(sideB.0)."
                                    ))
                            } else {
                                separate(a, b, because: "keep-apart \(sideA.0), \(sideB.0)", &links)
                            }
                        }
                    }
                }
            }
        }
    }
}
