/// What a context map shows, independent of the drawing format: one node per context with the lines
/// written in its box, one edge per relationship, and the numbered findings with the contexts they mark.
struct ContextMapGraph: Sendable, Hashable {
    /// The most aggregate lines a box shows; the rest are counted in a last line.
    static let maxAggregateLines = 4
    /// Aggregate lines are wrapped at about this many characters.
    static let aggregateLineLength = 30
    /// The mark put on contexts that a finding concerns.
    static let findingMark = "⚠"

    /// One context.
    struct Node: Sendable, Hashable {
        var name: String
        /// "3 entities", then the aggregates, wrapped.
        var details: [String]
        /// The numbers of the findings about this context, ascending.
        var findings: [Int]

        /// "⚠ 1, 3", or nil without findings.
        var badge: String? {
            findings.isEmpty
                ? nil : "\(ContextMapGraph.findingMark) " + findings.map(String.init).joined(separator: ", ")
        }
    }

    /// One relationship, from the upstream node to the downstream node (indices into `nodes`).
    struct Edge: Sendable, Hashable {
        var upstream: Int
        var downstream: Int
        var pattern: RelationshipPattern
    }

    /// One finding, numbered from 1 in the decomposition's order.
    struct Note: Sendable, Hashable {
        var number: Int
        var kind: Finding.Kind
        var message: String
        /// The nodes it marks; empty for a finding about the whole map.
        var nodes: [Int]

        /// "⚠ 2 Cycle: …" as the legend writes it.
        var legendText: String { "\(ContextMapGraph.findingMark) \(number) \(kind.title): \(message)" }
    }

    var title: String
    var nodes: [Node]
    var edges: [Edge]
    var notes: [Note]

    /// The patterns the edges use, in declaration order: what the legend explains.
    var patternsUsed: [RelationshipPattern] {
        RelationshipPattern.allCases.filter { pattern in edges.contains { $0.pattern == pattern } }
    }

    init(_ decomposition: Decomposition) {
        title = "Context map of \(decomposition.system)"
        var index: [String: Int] = [:]
        for (position, context) in decomposition.contexts.enumerated() where index[context.name] == nil {
            index[context.name] = position
        }
        edges = decomposition.relationships.compactMap { relationship in
            guard let up = index[relationship.upstream], let down = index[relationship.downstream], up != down else {
                return nil
            }
            return Edge(upstream: up, downstream: down, pattern: relationship.pattern)
        }
        let places = Places(decomposition, index: index)
        notes = decomposition.findings.enumerated().map { offset, finding in
            Note(
                number: offset + 1, kind: finding.kind, message: finding.message,
                nodes: Self.nodes(concernedBy: finding, index: index, places: places))
        }
        var marks = Array(repeating: [Int](), count: decomposition.contexts.count)
        for note in notes {
            for node in note.nodes { marks[node].append(note.number) }
        }
        nodes = decomposition.contexts.enumerated().map { position, context in
            Node(name: context.name, details: Self.details(of: context), findings: marks[position])
        }
    }

    /// The contexts a finding is about: named contexts for findings about contexts, otherwise the context
    /// holding the entity or running the use case it names.
    private static func nodes(concernedBy finding: Finding, index: [String: Int], places: Places) -> [Int] {
        switch finding.kind {
        case .cycle:
            return Set(finding.subject.split(separator: ", ").compactMap { index[String($0)] }).sorted()
        case .oversizedContext, .singleEntityContext:
            return index[finding.subject].map { [$0] } ?? []
        case .widelyReferenced, .borderlineEntity, .constraintConflict:
            if let node = places.holder[finding.subject] { return [node] }
            return places.running[finding.subject] ?? []
        }
    }

    /// The node of the first context holding each entity, and the nodes of the contexts running each use case
    /// (ascending): looked up once, so a map with many findings does not scan every context for each.
    private struct Places {
        var holder: [String: Int] = [:]
        var running: [String: [Int]] = [:]

        init(_ decomposition: Decomposition, index: [String: Int]) {
            var holders: [String: Int] = [:]
            var runners: [String: Set<Int>] = [:]
            for context in decomposition.contexts {
                guard let node = index[context.name] else { continue }
                for entity in context.entities where holders[entity] == nil { holders[entity] = node }
                for useCase in context.useCases { runners[useCase, default: []].insert(node) }
            }
            holder = holders
            running = runners.mapValues { $0.sorted() }
        }
    }

    private static func details(of context: BoundedContext) -> [String] {
        let count = context.entities.count
        var lines = ["\(count) \(count == 1 ? "entity" : "entities")"]
        var groups: [[String]] = []
        for aggregate in context.aggregates {
            if let last = groups.last, (last + [aggregate]).joined(separator: ", ").count <= aggregateLineLength {
                groups[groups.count - 1].append(aggregate)
            } else {
                groups.append([aggregate])
            }
        }
        if groups.count > maxAggregateLines {
            let shown = groups.prefix(maxAggregateLines - 1)
            let hidden = context.aggregates.count - shown.map(\.count).reduce(0, +)
            groups = Array(shown) + [["+ \(hidden) more"]]
        }
        let wrapped = groups.map { $0.joined(separator: ", ") }
        if !wrapped.isEmpty {
            lines[0] += ", aggregates:"
        }
        return lines + wrapped
    }
}
