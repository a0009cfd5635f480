/// Reads a model in whichever input format its path names, and resolves it.
///
/// A path ending in `.json` is read as the canonical JSON model, anything else as the domain language; JSON
/// whose `entities` items have `nanoentities` is a Service Cutter model, read with its user representations
/// when given.
/// The declared model then goes through `ModelBuilder` even when reading found errors, so one run reports
/// every problem: the syntax errors and the model errors in what could be read (as the Swift compiler goes on
/// to type-check after a syntax error). The model is returned only when no diagnostic is an error, so callers
/// never analyse a half-understood model. A model without entities reads, with a warning.
public enum ModelReader {
    /// The resolved model of `text` (or `nil` when any diagnostic is an error) and every diagnostic, in
    /// file, line, column order.
    /// `userRepresentations` is a Service Cutter user representations file (text and path) read with the model.
    public static func read(
        _ text: String, path: String, userRepresentations: (text: String, path: String)? = nil
    ) -> (model: DomainModel?, diagnostics: [Diagnostic]) {
        let declared = declaredModel(text, path: path, userRepresentations: userRepresentations)
        let resolved = ModelBuilder().build(declared.model)
        var diagnostics = (declared.diagnostics + resolved.diagnostics).sortedByLocation()
        if resolved.model.entities.isEmpty && !diagnostics.containsErrors {
            let start = SourceLocation(file: path, line: 1, column: 1)
            diagnostics.append(
                .warning(
                    "model.noEntities", "the model declares no entities, so there is nothing to decompose",
                    at: SourceRange(start: start)))
        }
        return (diagnostics.containsErrors ? nil : resolved.model, diagnostics)
    }

    /// The declared model of `text`, by extension and content.
    private static func declaredModel(
        _ text: String, path: String, userRepresentations: (text: String, path: String)?
    ) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        // Service Cutter: an entity-relationship model, with the user representations when given.
        if path.lowercased().hasSuffix(".json") || userRepresentations != nil,
            let value = JSONParser().parse(text, path: path).value, ServiceCutterReader.isModel(value)
        {
            return ServiceCutterReader().read(
                model: text, modelPath: path, userRepresentations: userRepresentations?.text,
                userRepresentationsPath: userRepresentations?.path)
        }
        var declared =
            path.lowercased().hasSuffix(".json")
            ? ModelJSONReader().read(text, path: path)
            : DomainParser().parse(text, path: path)
        if let userRepresentations {
            declared.diagnostics.append(
                .warning(
                    "servicecutter.notServiceCutterModel",
                    "user representations are read only with a Service Cutter model; '\(path)' is not one",
                    at: SourceRange(start: SourceLocation(file: userRepresentations.path, line: 1, column: 1))))
        }
        return declared
    }
}
