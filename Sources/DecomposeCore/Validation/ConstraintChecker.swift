/// Checks zones, pins, keep-together and keep-apart against each other and against what the model
/// already forces into one context (aggregates, inheritance, keep-together groups, shared pins), and that the
/// current decomposition names known entities and puts each in one context (it may split an aggregate: it is a
/// fact about the monolith, not a constraint).
struct ConstraintChecker {
    /// Why two entities must share a context: kept as the names involved, and written out only for a message (most
    /// links never are).
    private enum Reason {
        case aggregate(member: String, aggregate: String, root: String)
        case inheritance(entity: String, parent: String)
        case keepTogether(names: String)
        case pin(first: String, entity: String, context: String)
        /// The start of a search, which no message shows.
        case none

        var text: String {
            switch self {
            case .aggregate(let member, let aggregate, let root):
                "'\(member)' is in aggregate '\(aggregate)' with '\(root)'"
            case .inheritance(let entity, let parent): "'\(entity)' extends '\(parent)'"
            case .keepTogether(let names): "keep-together \(names)"
            case .pin(let first, let entity, let context): "'\(first)' and '\(entity)' are pinned to '\(context)'"
            case .none: ""
            }
        }
    }

    /// Why two entities must share a context.
    private struct Link {
        var other: String
        var reason: Reason
    }

    private let model: DomainModel
    private let entityNames: Set<String>
    private let aggregates: [String: [String]]
    /// Entities that must share a context, with the reason, in both directions.
    private var links: [String: [Link]] = [:]
    /// A number per group of linked entities, so that unlinked pairs are ruled out without a search.
    private var component: [String: Int] = [:]

    init(model: DomainModel) {
        self.model = model
        entityNames = Set(model.entities.map(\.name))
        aggregates = Dictionary(model.aggregates.map { ($0.name, $0.members) }, uniquingKeysWith: { first, _ in first })
    }

    /// Appends every unknown name and contradiction to `diagnostics`.
    func check(into diagnostics: inout [Diagnostic]) {
        var checker = self
        checker.checkNames(into: &diagnostics)
        checker.buildLinks()
        checker.numberComponents()
        let zones = checker.assign(
            model.zones.flatMap { zone in zone.members.map { ($0, zone.name) } }, kind: "zone",
            id: "model.conflictingZones", into: &diagnostics)
        let pins = checker.assign(
            model.pins.flatMap { pin in pin.members.map { ($0, pin.context) } }, kind: "context",
            id: "model.conflictingPins", into: &diagnostics)
        _ = checker.assign(
            model.currentContextEntities().flatMap { context, entities in entities.map { ($0, context.name) } },
            kind: "current context", id: "model.conflictingCurrentContexts", into: &diagnostics)
        checker.checkForcedTogether(zones, kind: "zone", id: "model.conflictingZones", into: &diagnostics)
        checker.checkForcedTogether(pins, kind: "context", id: "model.conflictingPins", into: &diagnostics)
        checker.checkKeepApart(into: &diagnostics)
    }

    // MARK: - Names

    /// The entities a constraint name stands for: the entity itself, or an aggregate's members.
    private func entities(for name: String) -> [String] {
        entityNames.contains(name) ? [name] : aggregates[name] ?? []
    }

    private var allReferences: [NameReference] {
        model.zones.flatMap(\.members) + model.keepApart.flatMap(\.members) + model.keepTogether.flatMap(\.members)
            + model.pins.flatMap(\.members) + model.currentDecomposition.flatMap(\.members)
    }

    private func checkNames(into diagnostics: inout [Diagnostic]) {
        // Made at the first unknown name: a model without one never needs it.
        var suggester: NameSuggester?
        for reference in allReferences where entities(for: reference.name).isEmpty {
            let candidates = suggester ?? NameSuggester(entityNames.union(aggregates.keys))
            suggester = candidates
            diagnostics.append(
                .error(
                    "model.unknownEntity",
                    "unknown entity or aggregate '\(reference.name)'\(candidates.hint(for: reference.name))",
                    at: reference.location.range(length: reference.name.unicodeScalars.count)))
        }
    }

    // MARK: - Links

    private mutating func link(_ a: String, _ b: String, _ reason: Reason) {
        guard a != b else { return }
        links[a, default: []].append(Link(other: b, reason: reason))
        links[b, default: []].append(Link(other: a, reason: reason))
    }

    private mutating func buildLinks() {
        for aggregate in model.aggregates {
            for member in aggregate.members.dropFirst() {
                let reason = Reason.aggregate(member: member, aggregate: aggregate.name, root: aggregate.root)
                link(aggregate.root, member, reason)
            }
        }
        for entity in model.entities {
            if let parent = entity.parent, entityNames.contains(parent) {
                link(entity.name, parent, .inheritance(entity: entity.name, parent: parent))
            }
        }
        for group in model.keepTogether {
            let members = group.members.flatMap { entities(for: $0.name) }
            let names = group.members.map { "'\($0.name)'" }.joined(separator: ", ")
            for (a, b) in zip(members, members.dropFirst()) { link(a, b, .keepTogether(names: names)) }
        }
        var pinned: [String: String] = [:]
        for pin in model.pins {
            for entity in pin.members.flatMap({ entities(for: $0.name) }) {
                if let first = pinned[pin.context] {
                    link(first, entity, .pin(first: first, entity: entity, context: pin.context))
                } else {
                    pinned[pin.context] = entity
                }
            }
        }
    }

    /// Numbers the groups in the order of their alphabetically first entity (as if walking the entities in name
    /// order), sorting one name per group rather than every linked entity.
    private mutating func numberComponents() {
        var found: [(first: String, members: [String])] = []
        for start in links.keys where component[start] == nil {
            var members = [start]
            var stack = [start]
            component[start] = found.count
            while let node = stack.popLast() {
                for link in links[node] ?? [] where component[link.other] == nil {
                    component[link.other] = found.count
                    members.append(link.other)
                    stack.append(link.other)
                }
            }
            found.append((members.min() ?? start, members))
        }
        for (number, group) in found.sorted(by: { $0.first < $1.first }).enumerated() {
            for member in group.members { component[member] = number }
        }
    }

    /// The reasons along the shortest chain of links from `start` to `goal`, or `nil` if none.
    private func chain(from start: String, to goal: String) -> [String]? {
        if start == goal { return [] }
        guard let group = component[start], component[goal] == group else { return nil }
        var previous: [String: Link] = [start: Link(other: start, reason: .none)]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for link in links[node] ?? [] where previous[link.other] == nil {
                previous[link.other] = Link(other: node, reason: link.reason)
                if link.other == goal {
                    var reasons: [String] = []
                    var step = goal
                    while step != start, let back = previous[step] {
                        reasons.insert(back.reason.text, at: 0)
                        step = back.other
                    }
                    return reasons
                }
                queue.append(link.other)
            }
        }
        return nil
    }

    // MARK: - Zones and pins

    /// Each entity's zone (or pinned context) with the reference that put it there; an entity given
    /// two different ones is reported.
    private func assign(
        _ references: [(NameReference, String)], kind: String, id: String, into diagnostics: inout [Diagnostic]
    ) -> [(entity: String, value: String, reference: NameReference)] {
        var assigned: [String: (value: String, reference: NameReference)] = [:]
        var order: [(entity: String, value: String, reference: NameReference)] = []
        for (reference, value) in references {
            for entity in entities(for: reference.name) {
                guard let first = assigned[entity] else {
                    assigned[entity] = (value, reference)
                    order.append((entity, value, reference))
                    continue
                }
                guard first.value != value else { continue }
                diagnostics.append(
                    .error(
                        id, "'\(entity)' is in \(kind) '\(first.value)' and in \(kind) '\(value)'",
                        at: reference.location.range(length: reference.name.unicodeScalars.count),
                        notes: [
                            .init(
                                "first put in '\(first.value)' here",
                                at: first.reference.location.range(length: first.reference.name.unicodeScalars.count))
                        ]))
            }
        }
        return order
    }

    /// Entities that must share a context but sit in different zones (or are pinned to different contexts).
    private func checkForcedTogether(
        _ assigned: [(entity: String, value: String, reference: NameReference)], kind: String, id: String,
        into diagnostics: inout [Diagnostic]
    ) {
        var groups: [Int: [(entity: String, value: String, reference: NameReference)]] = [:]
        for item in assigned {
            if let number = component[item.entity] { groups[number, default: []].append(item) }
        }
        var reportedPairs: Set<String> = []
        for number in groups.keys.sorted() {
            guard let group = groups[number], Set(group.map(\.value)).count > 1 else { continue }
            reportConflicts(in: group, kind: kind, id: id, reportedPairs: &reportedPairs, into: &diagnostics)
        }
    }

    /// Reports, once per pair of zones (or contexts), entities of one linked group that differ.
    private func reportConflicts(
        in group: [(entity: String, value: String, reference: NameReference)], kind: String, id: String,
        reportedPairs: inout Set<String>, into diagnostics: inout [Diagnostic]
    ) {
        for (index, a) in group.enumerated() {
            for b in group[(index + 1)...] where a.value != b.value && a.entity != b.entity {
                let pair = [a.value, b.value].sorted().joined(separator: "\u{0}")
                guard !reportedPairs.contains(pair), let reasons = chain(from: a.entity, to: b.entity) else { continue }
                reportedPairs.insert(pair)
                diagnostics.append(
                    .error(
                        id,
                        "'\(a.entity)' (\(kind) '\(a.value)') and '\(b.entity)' (\(kind) '\(b.value)') must share a context: \(reasons.joined(separator: "; "))",
                        at: b.reference.location.range(length: b.reference.name.unicodeScalars.count)))
            }
        }
    }

    // MARK: - Keep apart

    /// What the entities a constraint name stands for are tied to: their group of linked entities, or the one
    /// entity when it is linked to nothing (the entities of an aggregate are all linked to its root). Only names
    /// tied alike can be forced into one context.
    private enum Tie: Hashable {
        case group(Int)
        case entity(String)
    }

    private func tie(of name: String) -> Tie? {
        guard let first = entities(for: name).first else { return nil }
        return component[first].map(Tie.group) ?? .entity(first)
    }

    /// Every pair of a keep-apart group that must share a context, in the group's order; only pairs tied alike are
    /// looked at (and each of those is a conflict), so a large group costs its size, not its size squared.
    private func checkKeepApart(into diagnostics: inout [Diagnostic]) {
        for group in model.keepApart {
            let ties = group.members.map { tie(of: $0.name) }
            var tied: [Tie: [Int]] = [:]
            var place: [Int] = []
            for (index, tie) in ties.enumerated() {
                place.append(tie.map { tied[$0]?.count ?? 0 } ?? 0)
                if let tie { tied[tie, default: []].append(index) }
            }
            for (index, a) in group.members.enumerated() {
                guard let tie = ties[index], let alike = tied[tie] else { continue }
                for b in alike[(place[index] + 1)...].map({ group.members[$0] }) {
                    guard let reasons = forcedTogether(a.name, b.name) else { continue }
                    diagnostics.append(
                        .error(
                            "model.conflictingKeepApart",
                            "'\(a.name)' and '\(b.name)' cannot be kept apart: \(reasons)",
                            at: b.location.range(length: b.name.unicodeScalars.count)))
                }
            }
        }
    }

    /// Why the entities of `a` and of `b` must share a context, or `nil` when they need not.
    private func forcedTogether(_ a: String, _ b: String) -> String? {
        let left = entities(for: a)
        let right = entities(for: b)
        if let shared = left.first(where: right.contains) {
            return a == b ? "it is named twice" : "'\(shared)' belongs to both"
        }
        for x in left {
            for y in right {
                if let reasons = chain(from: x, to: y) { return reasons.joined(separator: "; ") }
            }
        }
        return nil
    }
}
