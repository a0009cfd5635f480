/// Composition, declared aggregates and aggregates inferred from composition.
extension ModelBuildingSession {
    /// Checks declared aggregates and composition, extends declared aggregates with what their
    /// members compose, infers the other aggregates, and copies owners and characteristics into members.
    mutating func resolveAggregates() {
        checkDeclaredAggregates()
        let graph = CompositionGraph(entities: model.entities)
        checkCompositionOwners(graph.edges)
        reportCompositionCycles(graph)
        let declaredOf = checkCrossAggregateComposition(graph.edges)
        for index in model.aggregates.indices {
            let home = model.aggregates[index].name
            model.aggregates[index].members = graph.closure(of: model.aggregates[index].members) {
                declaredOf[$0].map { $0 != home } ?? false
            }
        }
        inferAggregates(graph, declaredOf: declaredOf)
        applyAggregates()
    }

    /// Each declared aggregate needs exactly one root, declared as an entity among its members, and
    /// no entity may be listed by two aggregates (possible in models read from JSON).
    private mutating func checkDeclaredAggregates() {
        let declarations = Dictionary(model.entities.map { ($0.name, 1) }, uniquingKeysWith: +)
        var listedBy: [String: Aggregate] = [:]
        for aggregate in model.aggregates {
            let length = aggregate.name.unicodeScalars.count
            for member in aggregate.members where declarations[member] == 1 {
                guard let first = listedBy[member] else {
                    listedBy[member] = aggregate
                    continue
                }
                report(
                    .error, "model.entityInTwoAggregates",
                    "'\(member)' is listed in aggregate '\(first.name)' and in aggregate '\(aggregate.name)'",
                    at: aggregate.location, length: length,
                    notes: [
                        .init(
                            "'\(first.name)' lists it here",
                            at: first.location.range(length: first.name.unicodeScalars.count))
                    ])
            }
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
                    "model.unknownEntity", "entity", member, at: aggregate.location, suggester: entitySuggester,
                    context: " in aggregate '\(aggregate.name)'", locatedName: aggregate.name)
            }
        }
    }

    /// An entity lives in one lifecycle: only one other entity may compose it.
    private mutating func checkCompositionOwners(_ compositions: [CompositionGraph.Edge]) {
        var first: [String: CompositionGraph.Edge] = [:]
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

    /// Reports each composition cycle once.
    private mutating func reportCompositionCycles(_ graph: CompositionGraph) {
        for (cycle, edge) in graph.cycles() {
            report(
                .error, "model.compositionCycle",
                "composition cycle: \(cycle.joined(separator: " -> ")); an entity cannot contain itself (use '->')",
                at: edge.location, length: edge.field.unicodeScalars.count)
        }
    }

    /// Reports compositions that cross into a declared aggregate from outside it; returns the
    /// declared aggregate of each entity declared in one.
    private mutating func checkCrossAggregateComposition(_ compositions: [CompositionGraph.Edge]) -> [String: String] {
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

    /// Infers an aggregate for each entity outside declared aggregates that composes others and is
    /// composed by none (so no entity on a composition cycle is a root).
    private mutating func inferAggregates(_ graph: CompositionGraph, declaredOf: [String: String]) {
        let composed = Set(graph.edges.map(\.target))
        var claimed = Set(model.aggregates.flatMap(\.members))
        for entity in model.entities {
            guard !claimed.contains(entity.name), !composed.contains(entity.name),
                graph.edgesByOwner[entity.name] != nil
            else { continue }
            let members = graph.closure(of: [entity.name]) { declaredOf[$0] != nil || claimed.contains($0) }
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
                guard let index = entityIndex[member],
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
