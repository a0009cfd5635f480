/// Reads a model in whichever input format its path names, and resolves it.
///
/// The format is `format` when given, else detected from the path and text (`ModelFormat.detect`).
/// The declared model then goes through `ModelBuilder` even when reading found errors, so one run reports
/// every problem: the syntax errors and the model errors in what could be read (as the Swift compiler goes on
/// to type-check after a syntax error). The model is returned only when no diagnostic is an error, so callers
/// never analyse a half-understood model. A model without entities reads, with a warning.
public enum ModelReader {
    /// The resolved model of `text` (or `nil` when any diagnostic is an error) and every diagnostic, in
    /// file, line, column order.
    public static func read(_ text: String, path: String, format: ModelFormat? = nil)
        -> (model: DomainModel?, diagnostics: [Diagnostic])
    {
        let declared = (format ?? ModelFormat.detect(path: path, text: text)).read(text, path: path)
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
}
