/// Reads a model in whichever input format its path names, and resolves it.
///
/// The format is the one given, else detected (`ModelFormat.detect`): the domain language, the canonical JSON
/// model, JHipster's JDL, Context Mapper's CML, or a Service Cutter model (read with its user representations when given).
/// The declared model then goes through `ModelBuilder` even when reading found errors, so one run reports
/// every problem: the syntax errors and the model errors in what could be read (as the Swift compiler goes on
/// to type-check after a syntax error). The model is returned only when no diagnostic is an error, so callers
/// never analyse a half-understood model. A model without entities reads, with a warning. The contexts the
/// source declares are its current decomposition, or pins when `keepingContexts` (`--keep-contexts`): they
/// become pins before `ModelBuilder` checks the model, so they are checked as every pin is.
public enum ModelReader {
    /// The resolved model of `text` (or `nil` when any diagnostic is an error) and every diagnostic, in
    /// file, line, column order.
    /// `format` overrides detection (`ModelFormat.detect`); `userRepresentations` is a Service Cutter user
    /// representations file (text and path) read with the model; `keepingContexts` pins the declared contexts.
    public static func read(
        _ text: String, path: String, format: ModelFormat? = nil,
        userRepresentations: (text: String, path: String)? = nil, keepingContexts: Bool = false
    ) -> (model: DomainModel?, diagnostics: [Diagnostic]) {
        let declared = declaredModel(
            text, path: path, format: format ?? ModelFormat.detect(text, path: path),
            userRepresentations: userRepresentations)
        let resolved = ModelBuilder().build(
            keepingContexts ? declared.model.keepingCurrentContexts() : declared.model)
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

    /// The declared model of `text` in `format`.
    private static func declaredModel(
        _ text: String, path: String, format: ModelFormat, userRepresentations: (text: String, path: String)?
    ) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        var declared: (model: DomainModel, diagnostics: [Diagnostic])
        switch format {
        case .domain: declared = DomainParser().parse(text, path: path)
        case .json: declared = ModelJSONReader().read(text, path: path)
        case .jdl: declared = JDLReader().read(text, path: path)
        case .cml: declared = CMLReader().read(text, path: path)
        case .servicecutter:
            return ServiceCutterReader().read(
                model: text, modelPath: path, userRepresentations: userRepresentations?.text,
                userRepresentationsPath: userRepresentations?.path)
        }
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
