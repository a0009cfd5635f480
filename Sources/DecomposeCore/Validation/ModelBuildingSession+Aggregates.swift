/// Composition, declared aggregates and aggregates inferred from composition.
extension ModelBuildingSession {
    /// A composition field: `owner.field` composes `target`.
    struct Composition {
        var owner: String
        var field: String
        var target: String
        var location: SourceLocation?
    }

    /// Every composition between entities, in model order.
    var compositions: [Composition] {
        model.entities.flatMap { entity in
            entity.fields.compactMap { field in
                guard case .composition(let target) = field.kind else { return nil }
                return Composition(owner: entity.name, field: field.name, target: target, location: field.location)
            }
        }
    }

    /// Checks declared aggregates and composition, extends declared aggregates with what their
    /// members compose, infers the other aggregates, and copies owners and characteristics into members.
    mutating func resolveAggregates() {
        checkDeclaredAggregates()
        let compositions = compositions
        checkCompositionOwners(compositions)
        let cyclic = reportCompositionCycles(compositions)
        let declaredOf = checkCrossAggregateComposition(compositions)
        for index in model.aggregates.indices {
            model.aggregates[index].members = closure(
                of: model.aggregates[index].members, compositions, home: model.aggregates[index].name,
                declaredOf: declaredOf)
        }
        inferAggregates(compositions, declaredOf: declaredOf, cyclic: cyclic)
        applyAggregates()
    }

    /// Each declared aggregate needs exactly one root, declared as an entity among its members.
    private mutating func checkDeclaredAggregates() {
        for aggregate in model.aggregates {
            let length = aggregate.name.unicodeScalars.count
            if aggregate.root.isEmpty {
                report(
                    .error, "model.aggregateRoot", "aggregate '\(aggregate.name)' has no root; mark one entity 'root'",
                    at: aggregate.location, length: length)
            } else if !entityNames.contains(aggregate.root) || !aggregate.members.contains(aggregate.root) {
                report(
                    .error, "model.aggregateRoot",
                    "the root '\(aggregate.root)' of aggregate '\(aggregate.name)' is not one of its entities",
                    at: aggregate.location, length: length)
            }
            for member in aggregate.members where !entityNames.contains(member) {
                reportUnknown(
                    "model.unknownEntity", "entity", member, at: aggregate.location, candidates: entityNames,
                    context: " in aggregate '\(aggregate.name)'", locatedName: aggregate.name)
            }
        }
    }

    /// An entity lives in one lifecycle: only one other entity may compose it.
    private mutating func checkCompositionOwners(_ compositions: [Composition]) {
        var first: [String: Composition] = [:]
        for composition in compositions {
            guard let original = first[composition.target] else {
                first[composition.target] = composition
                continue
            }
            guard original.owner != composition.owner else { continue }
            report(
                .error, "model.multipleCompositionOwners",
                "'\(composition.target)' is composed by both '\(original.owner)' and '\(composition.owner)'; an entity can live in only one aggregate (use '->' for one of them)",
                at: composition.location, length: composition.field.unicodeScalars.count,
                notes: [
                    .init(
                        "'\(original.owner).\(original.field)' composes it here",
                        at: original.location.range(length: original.field.unicodeScalars.count))
                ])
        }
    }

    /// Reports each composition cycle once; returns the entities on a cycle.
    private mutating func reportCompositionCycles(_ compositions: [Composition]) -> Set<String> {
        var reported: Set<String> = []
        for entity in model.entities where !reported.contains(entity.name) {
            guard let cycle = shortestPath(from: entity.name, to: entity.name, compositions),
                reported.isDisjoint(with: cycle)
            else { continue }
            reported.formUnion(cycle)
            let edge = compositions.first { $0.owner == entity.name && $0.target == cycle[1] }
            report(
                .error, "model.compositionCycle",
                "composition cycle: \(cycle.joined(separator: " -> ")); an entity cannot contain itself (use '->')",
                at: edge?.location, length: edge?.field.unicodeScalars.count ?? 1)
        }
        return reported
    }

    /// The shortest composition path `from` → … → `to` (at least one step), breadth first.
    private func shortestPath(from start: String, to goal: String, _ compositions: [Composition]) -> [String]? {
        var previous: [String: String] = [:]
        var queue = compositions.filter { $0.owner == start }.map(\.target)
        for target in queue where previous[target] == nil { previous[target] = start }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node == goal {
                var path = [goal]
                var step = previous[goal] ?? start
                while step != start {
                    path.insert(step, at: 0)
                    step = previous[step] ?? start
                }
                return [start] + path
            }
            for next in compositions where next.owner == node && previous[next.target] == nil {
                previous[next.target] = node
                queue.append(next.target)
            }
        }
        return nil
    }

    /// Reports compositions that cross into a declared aggregate from outside it; returns the
    /// declared aggregate of each entity declared in one.
    private mutating func checkCrossAggregateComposition(_ compositions: [Composition]) -> [String: String] {
        var declaredOf: [String: String] = [:]
        for aggregate in model.aggregates {
            for member in aggregate.members where declaredOf[member] == nil { declaredOf[member] = aggregate.name }
        }
        for composition in compositions {
            guard let targetAggregate = declaredOf[composition.target],
                declaredOf[composition.owner] != targetAggregate
            else { continue }
            report(
                .error, "model.entityInTwoAggregates",
                "'\(composition.owner).\(composition.field)' composes '\(composition.target)', which belongs to aggregate '\(targetAggregate)'; an entity can live in only one aggregate (use '->')",
                at: composition.location, length: composition.field.unicodeScalars.count)
        }
        return declaredOf
    }

    /// `members` followed by every entity they compose, transitively, in discovery order,
    /// leaving out entities declared in an aggregate other than `home`.
    private func closure(
        of members: [String], _ compositions: [Composition], home: String?, declaredOf: [String: String]
    ) -> [String] {
        var result = members
        var seen = Set(members)
        var head = 0
        while head < result.count {
            let owner = result[head]
            head += 1
            for composition in compositions where composition.owner == owner && !seen.contains(composition.target) {
                if let other = declaredOf[composition.target], other != home { continue }
                seen.insert(composition.target)
                result.append(composition.target)
            }
        }
        return result
    }

    /// Infers an aggregate for each entity outside declared aggregates that composes others and is
    /// composed by none; entities on a composition cycle root nothing.
    private mutating func inferAggregates(
        _ compositions: [Composition], declaredOf: [String: String], cyclic: Set<String>
    ) {
        let declaredMembers = Set(model.aggregates.flatMap(\.members))
        let composed = Set(compositions.map(\.target))
        var claimed = declaredMembers
        for entity in model.entities {
            guard !claimed.contains(entity.name), !composed.contains(entity.name), !cyclic.contains(entity.name),
                compositions.contains(where: { $0.owner == entity.name })
            else { continue }
            let members = closure(of: [entity.name], compositions, home: nil, declaredOf: declaredOf)
                .filter { $0 == entity.name || !claimed.contains($0) }
            claimed.formUnion(members)
            model.aggregates.append(
                Aggregate(
                    name: entity.name, root: entity.name, members: members, owner: entity.owner,
                    characteristics: entity.characteristics, isInferred: true))
        }
    }

    /// Sets each member's aggregate, and its owner and characteristics where it has none of its own.
    private mutating func applyAggregates() {
        for aggregate in model.aggregates {
            for member in aggregate.members {
                guard let index = model.entities.firstIndex(where: { $0.name == member }),
                    model.entities[index].aggregate == nil || model.entities[index].aggregate == aggregate.name
                else { continue }
                model.entities[index].aggregate = aggregate.name
                model.entities[index].owner = model.entities[index].owner ?? aggregate.owner
                model.entities[index].characteristics = model.entities[index].characteristics.merged(
                    over: aggregate.characteristics)
            }
        }
    }
}
