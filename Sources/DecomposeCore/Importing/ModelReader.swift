/// Reads a model in whichever input format its path names, and resolves it.
///
/// A path ending in `.json` is read as the canonical JSON model, anything else as the domain language.
/// The declared model then goes through `ModelBuilder` even when reading found errors, so one run reports
/// every problem: the syntax errors and the model errors in what could be read (as the Swift compiler goes on
/// to type-check after a syntax error). The model is returned only when no diagnostic is an error, so callers
/// never analyse a half-understood model.
public enum ModelReader {
    /// The resolved model of `text` (or `nil` when any diagnostic is an error) and every diagnostic, in
    /// file, line, column order.
    public static func read(_ text: String, path: String) -> (model: DomainModel?, diagnostics: [Diagnostic]) {
        let declared =
            path.lowercased().hasSuffix(".json")
            ? ModelJSONReader().read(text, path: path)
            : DomainParser().parse(text, path: path)
        let resolved = ModelBuilder().build(declared.model)
        let diagnostics = (declared.diagnostics + resolved.diagnostics).sortedByLocation()
        return (diagnostics.containsErrors ? nil : resolved.model, diagnostics)
    }
}
