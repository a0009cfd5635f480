/// Reads a model in whichever input format its path names, and resolves it.
///
/// A path ending in `.json` is read as the canonical JSON model, anything else as the domain language.
/// The declared model then goes through `ModelBuilder`; the model is returned only when no reader or
/// builder diagnostic is an error, so callers never analyse a half-understood model.
public enum ModelReader {
    /// The resolved model of `text` (or `nil` when any diagnostic is an error) and every diagnostic, in
    /// file, line, column order.
    public static func read(_ text: String, path: String) -> (model: DomainModel?, diagnostics: [Diagnostic]) {
        let declared =
            path.lowercased().hasSuffix(".json")
            ? ModelJSONReader().read(text, path: path)
            : DomainParser().parse(text, path: path)
        guard !declared.diagnostics.containsErrors else {
            return (nil, declared.diagnostics.sortedByLocation())
        }
        let resolved = ModelBuilder().build(declared.model)
        let diagnostics = (declared.diagnostics + resolved.diagnostics).sortedByLocation()
        return (diagnostics.containsErrors ? nil : resolved.model, diagnostics)
    }
}
