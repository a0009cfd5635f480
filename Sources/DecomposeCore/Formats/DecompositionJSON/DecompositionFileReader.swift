/// Reads a decomposition the user may have edited (the JSON `decompose analyze --format json` prints,
/// with contexts renamed or entities moved) and turns it into a `Decomposition` consistent with the model.
///
/// Only each context's `name` and `entities` are read; everything derived (aggregates, use cases,
/// relationships, sagas, findings, metrics) is recomputed by running `ContextAnalyzer` on the model
/// with every entity pinned to the context the file puts it in. The pins then *are* the contexts, so
/// the result is exactly as consistent as a fresh analysis; the reader checks that the analysis kept
/// the file's contexts (an aggregate or inheritance hierarchy split between contexts cannot be kept).
///
/// Diagnostics: `decomposition.wrongType`, `decomposition.missingKey`, `decomposition.emptyName`,
/// `decomposition.duplicateContext`, `decomposition.emptyContext`, `decomposition.unknownEntity`, `decomposition.duplicateEntity`,
/// `decomposition.missingEntity`, `decomposition.inseparable`, and the parser's `json.*`; each is
/// located at its line, column and JSON path. The decomposition is `nil` when any is an error.
public struct DecompositionFileReader: Sendable {
    public var options: AnalysisOptions

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    /// The decomposition of the resolved `model` that the file at `path` describes.
    public func read(_ text: String, path: String, model: DomainModel) -> (
        decomposition: Decomposition?, diagnostics: [Diagnostic]
    ) {
        let (document, parseDiagnostics) = JSONParser().parseDocument(text, path: path)
        guard let document else { return (nil, parseDiagnostics) }
        var diagnostics = parseDiagnostics
        let contexts = assignments(document, model: model, into: &diagnostics)
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        var pinned = model
        pinned.pins = contexts.map { context in
            Pin(members: context.entities.map { NameReference($0) }, context: context.name)
        }
        pinned.keepTogether = []
        let result = ContextAnalyzer(options: options).analyze(pinned)
        diagnostics += result.diagnostics
        var keptByName: [String: BoundedContext] = [:]
        for context in result.decomposition.contexts where keptByName[context.name] == nil {
            keptByName[context.name] = context
        }
        for context in contexts {
            let kept = keptByName[context.name]
            guard kept?.entities != context.entities.sorted() else { continue }
            let together = result.decomposition.context(of: context.entities[0])?.entities ?? []
            diagnostics.append(
                .error(
                    "decomposition.inseparable",
                    "context '\(context.name)' cannot be kept as written: its entities must share a context "
                        + "with \(together.filter { !context.entities.contains($0) }.joined(separator: ", ")) "
                        + "(an aggregate or an inheritance hierarchy cannot be split)",
                    at: SourceRange(start: document.location(of: context.path))))
        }
        return diagnostics.containsErrors ? (nil, diagnostics) : (result.decomposition, diagnostics)
    }

    /// One context of the file: its name, its entities and where it was written.
    private struct Assignment {
        var name: String
        var entities: [String]
        var path: JSONPath
    }

    private func assignments(_ document: JSONDocument, model: DomainModel, into diagnostics: inout [Diagnostic])
        -> [Assignment]
    {
        var json = TypedJSON(document: document, prefix: "decomposition")
        defer { diagnostics += json.diagnostics }
        guard let root = json.object(document.value, at: .root, what: "the decomposition") else { return [] }
        let contextsPath = JSONPath.root.appending("contexts")
        guard let items = json.array(in: root, "contexts", required: true) else { return [] }
        let known = Set(model.entities.map(\.name))
        let suggester = NameSuggester(known)
        // Each hint compares the name with every entity: only the first 200 unknown names get one.
        var hintsLeft = 200
        var placed: [String: JSONPath] = [:]
        var names: Set<String> = []
        var result: [Assignment] = []
        for (index, item) in items.enumerated() {
            let path = contextsPath.appending(index)
            guard let context = json.object(item, at: path, what: "a context"),
                let name = json.string(in: context, "name", required: true)
            else { continue }
            guard !name.allSatisfy(\.isWhitespace) else {
                json.report(
                    .error, "decomposition.emptyName", "a context name cannot be empty", at: path.appending("name"))
                continue
            }
            if !names.insert(name).inserted {
                json.report(
                    .error, "decomposition.duplicateContext", "context '\(name)' is listed twice",
                    at: path.appending("name"))
            }
            guard let entityValues = json.array(in: context, "entities", required: true) else { continue }
            var entities: [String] = []
            for (position, value) in entityValues.enumerated() {
                let entityPath = path.appending("entities").appending(position)
                guard let entity = json.string(value, at: entityPath, what: "an entity name") else { continue }
                guard known.contains(entity) else {
                    let hint = hintsLeft > 0 ? suggester.hint(for: entity) : ""
                    hintsLeft -= 1
                    json.report(
                        .error, "decomposition.unknownEntity", "'\(entity)' is not an entity of the model\(hint)",
                        at: entityPath)
                    continue
                }
                if let first = placed[entity] {
                    json.report(
                        .error, "decomposition.duplicateEntity", "'\(entity)' is already placed at \(first)",
                        at: entityPath)
                    continue
                }
                placed[entity] = entityPath
                entities.append(entity)
            }
            if entities.isEmpty {
                json.report(.error, "decomposition.emptyContext", "context '\(name)' has no entities", at: path)
                continue
            }
            result.append(Assignment(name: name, entities: entities, path: path))
        }
        let missing = model.entities.map(\.name).filter { placed[$0] == nil }.sorted()
        if !missing.isEmpty {
            json.report(
                .error, "decomposition.missingEntity",
                "every entity must be in exactly one context; not placed: \(missing.joined(separator: ", "))",
                at: contextsPath)
        }
        return result
    }
}
