/// Reads an expected decomposition: the `.expected` text format, or the JSON that
/// `decompose analyze --format json` prints (recognised by a first non-blank character `{`).
///
/// Text format: one context per line, `ContextName: Entity1, Entity2`; `//` starts a comment that
/// runs to the end of the line; blank lines are ignored.
///
/// JSON format: `{"contexts": [{"name": "Sales", "entities": ["Order", "Customer"]}]}`; other keys
/// (as in the analysis output) are ignored.
///
/// Diagnostics: `expected.malformedLine`, `expected.duplicateContext`, `expected.duplicateEntity`,
/// `expected.emptyContext` (a warning), `expected.noContexts`, and for JSON `expected.wrongType`,
/// `expected.missingKey` and the parser's `json.*`. The decomposition is `nil` when any is an error.
public struct ExpectedDecompositionParser: Sendable {
    public init() {}

    public func parse(_ text: String, path: String) -> (
        decomposition: ExpectedDecomposition?, diagnostics: [Diagnostic]
    ) {
        var collector = ExpectedContextCollector()
        let firstCharacter = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        if firstCharacter == "{" {
            readJSON(text, path: path, into: &collector)
        } else {
            readText(text, path: path, into: &collector)
        }
        if collector.contexts.isEmpty, !collector.diagnostics.containsErrors {
            collector.diagnostics.append(
                .error(
                    "expected.noContexts", "the expected decomposition names no context",
                    at: SourceRange(start: SourceLocation(file: path, line: 1, column: 1))))
        }
        let decomposition =
            collector.diagnostics.containsErrors
            ? nil : ExpectedDecomposition(contexts: collector.contexts)
        return (decomposition, collector.diagnostics)
    }

    private func readText(_ text: String, path: String, into collector: inout ExpectedContextCollector) {
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not split on "\n".
        let body = text.unicodeScalars.first == "\u{FEFF}" ? text.unicodeScalars.dropFirst() : text.unicodeScalars[...]
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            let content = withoutComment(Array(line))
            guard content.contains(where: { !$0.properties.isWhitespace }) else { continue }
            let location = { (index: Int) in SourceLocation(file: path, line: offset + 1, column: index + 1) }
            readContextLine(content, location: location, into: &collector)
        }
    }

    /// `line` up to a `//` comment.
    private func withoutComment(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let comment = line.indices.dropLast().first { line[$0] == "/" && line[$0 + 1] == "/" }
        return Array(line[..<(comment ?? line.count)])
    }

    /// Reads `Context: Entity, Entity`; `location` turns a scalar index of the line into a location.
    private func readContextLine(
        _ content: [Unicode.Scalar], location: (Int) -> SourceLocation, into collector: inout ExpectedContextCollector
    ) {
        let firstVisible = content.firstIndex { !$0.properties.isWhitespace } ?? 0
        guard let colon = content.firstIndex(of: ":") else {
            collector.malformed("expected 'Context: Entity, Entity, ...'", at: location(firstVisible))
            return
        }
        guard let name = word(in: content, from: 0, to: colon) else {
            collector.malformed("expected a context name before ':'", at: location(firstVisible))
            return
        }
        var items: [Range<Int>] = []
        var itemStart = colon + 1
        for index in (colon + 1)...content.count where index == content.count || content[index] == "," {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        if items.count == 1, items[0].allSatisfy({ content[$0].properties.isWhitespace }) { items = [] }
        var entities: [(name: String, location: SourceLocation)] = []
        for item in items {
            guard let entity = word(in: content, from: item.lowerBound, to: item.upperBound) else {
                // A blank item (`A,,B` or a trailing comma) is pointed at by the comma before it.
                let start = item.first { !content[$0].properties.isWhitespace } ?? item.lowerBound - 1
                collector.malformed("expected an entity name", at: location(start))
                return
            }
            entities.append((entity.text, location(entity.start)))
        }
        collector.add(context: name.text, at: location(name.start), entities: entities)
    }

    /// The name between `start` and `end` without surrounding blanks, if it is one valid name.
    private func word(in line: [Unicode.Scalar], from start: Int, to end: Int) -> (text: String, start: Int)? {
        guard let first = (start..<end).first(where: { !line[$0].properties.isWhitespace }),
            let last = (start..<end).last(where: { !line[$0].properties.isWhitespace })
        else { return nil }
        let scalars = line[first...last]
        guard let head = scalars.first, head == "_" || head.properties.isAlphabetic,
            scalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return (text, first)
    }

    private func readJSON(_ text: String, path: String, into collector: inout ExpectedContextCollector) {
        let parsed = JSONParser().parseDocument(text, path: path)
        collector.diagnostics += parsed.diagnostics
        guard let document = parsed.document else { return }
        var json = TypedJSON(document: document, prefix: "expected")
        defer { collector.diagnostics += json.diagnostics }
        guard let root = json.object(document.value, at: .root, what: "the expected decomposition"),
            let items = json.array(in: root, "contexts", required: true)
        else { return }
        for (index, item) in items.enumerated() {
            let itemPath = JSONPath.root.appending("contexts").appending(index)
            guard let context = json.object(item, at: itemPath, what: "a context"),
                let name = json.nonEmptyString(in: context, "name", required: true),
                let list = json.array(in: context, "entities", required: true)
            else { continue }
            let entitiesPath = itemPath.appending("entities")
            var entities: [(name: String, location: SourceLocation)] = []
            for (entityIndex, entity) in list.enumerated() {
                let entityPath = entitiesPath.appending(entityIndex)
                guard let entityName = json.nonEmptyString(entity, at: entityPath, what: "an entity name") else {
                    continue
                }
                entities.append((entityName, document.location(of: entityPath)))
            }
            collector.add(context: name, at: document.location(of: itemPath.appending("name")), entities: entities)
        }
    }
}

/// Gathers contexts in order and reports duplicates against the first place a name was written.
private struct ExpectedContextCollector {
    var contexts: [ExpectedDecomposition.Context] = []
    var diagnostics: [Diagnostic] = []
    private var contextLocations: [String: SourceLocation] = [:]
    private var entityLocations: [String: (context: String, location: SourceLocation)] = [:]

    /// Reports a line that is not `Context: Entity, Entity`.
    mutating func malformed(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error("expected.malformedLine", message, at: SourceRange(start: location)))
    }

    /// Adds a context unless its name was used before; an entity listed before is reported and left out.
    mutating func add(
        context name: String, at location: SourceLocation, entities: [(name: String, location: SourceLocation)]
    ) {
        if let first = contextLocations[name] {
            diagnostics.append(
                .error(
                    "expected.duplicateContext", "context '\(name)' is listed twice", at: SourceRange(start: location),
                    notes: [Diagnostic.Note("first listed here", at: SourceRange(start: first))]))
            return
        }
        contextLocations[name] = location
        var kept: [String] = []
        for entity in entities {
            if let first = entityLocations[entity.name] {
                diagnostics.append(
                    .error(
                        "expected.duplicateEntity",
                        "entity '\(entity.name)' is listed twice (first in context '\(first.context)')",
                        at: SourceRange(start: entity.location),
                        notes: [Diagnostic.Note("first listed here", at: SourceRange(start: first.location))]))
                continue
            }
            entityLocations[entity.name] = (name, entity.location)
            kept.append(entity.name)
        }
        if entities.isEmpty {
            diagnostics.append(
                .warning("expected.emptyContext", "context '\(name)' lists no entity", at: SourceRange(start: location))
            )
        }
        contexts.append(ExpectedDecomposition.Context(name: name, entities: kept, location: location))
    }
}
