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
        func error(_ id: String, _ message: String, _ path: JSONPath) {
            diagnostics.append(.error(id, message, at: SourceRange(start: document.location(of: path))))
        }
        let contextsPath = JSONPath.root.appending("contexts")
        guard case .object = document.value else {
            error("decomposition.wrongType", "expected an object, found \(document.value.typeName)", .root)
            return []
        }
        guard let contextsValue = document.value["contexts"] else {
            error("decomposition.missingKey", "missing key 'contexts'", .root)
            return []
        }
        guard let items = contextsValue.arrayValue else {
            error("decomposition.wrongType", "expected an array, found \(contextsValue.typeName)", contextsPath)
            return []
        }
        let known = Set(model.entities.map(\.name))
        let suggester = NameSuggester(known)
        // Each hint compares the name with every entity: only the first 200 unknown names get one.
        var hintsLeft = 200
        var placed: [String: JSONPath] = [:]
        var names: Set<String> = []
        var result: [Assignment] = []
        for (index, item) in items.enumerated() {
            let path = contextsPath.appending(index)
            guard let name = item["name"]?.stringValue else {
                let found = item["name"].map { $0.typeName }
                error(
                    found == nil ? "decomposition.missingKey" : "decomposition.wrongType",
                    found.map { "expected the context name as a string, found \($0)" } ?? "missing key 'name'",
                    item["name"] == nil ? path : path.appending("name"))
                continue
            }
            guard !name.allSatisfy(\.isWhitespace) else {
                error("decomposition.emptyName", "a context name cannot be empty", path.appending("name"))
                continue
            }
            if !names.insert(name).inserted {
                error("decomposition.duplicateContext", "context '\(name)' is listed twice", path.appending("name"))
            }
            guard let entityValues = item["entities"]?.arrayValue else {
                error("decomposition.missingKey", "context '\(name)' needs an 'entities' array", path)
                continue
            }
            var entities: [String] = []
            for (position, value) in entityValues.enumerated() {
                let entityPath = path.appending("entities").appending(position)
                guard let entity = value.stringValue else {
                    error("decomposition.wrongType", "expected an entity name, found \(value.typeName)", entityPath)
                    continue
                }
                guard known.contains(entity) else {
                    let hint = hintsLeft > 0 ? suggester.hint(for: entity) : ""
                    hintsLeft -= 1
                    error("decomposition.unknownEntity", "'\(entity)' is not an entity of the model\(hint)", entityPath)
                    continue
                }
                if let first = placed[entity] {
                    error(
                        "decomposition.duplicateEntity", "'\(entity)' is already placed at \(first)", entityPath)
                    continue
                }
                placed[entity] = entityPath
                entities.append(entity)
            }
            if entities.isEmpty {
                error("decomposition.emptyContext", "context '\(name)' has no entities", path)
                continue
            }
            result.append(Assignment(name: name, entities: entities, path: path))
        }
        let missing = model.entities.map(\.name).filter { placed[$0] == nil }.sorted()
        if !missing.isEmpty {
            error(
                "decomposition.missingEntity",
                "every entity must be in exactly one context; not placed: \(missing.joined(separator: ", "))",
                contextsPath)
        }
        return result
    }
}
