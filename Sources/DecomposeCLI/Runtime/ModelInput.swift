import DecomposeCore

/// Loads the model a command works on, printing every diagnostic; any error fails with exit code 65.
enum ModelInput {
    /// A resolved model and the text it was read from, by path, for quoting later diagnostics.
    struct Loaded: Sendable {
        var model: DomainModel
        var sources: [String: String]
    }

    /// The `--user-representations <file>` option of every command that reads a model: the Service Cutter
    /// user representations read with a Service Cutter model.
    static let userRepresentationsOption = OptionDefinition.value(
        "user-representations", valueName: "file",
        help: "Service Cutter user representations (use cases, aggregates, …) to read with a Service Cutter model.")

    /// The `--input-format <format>` option of every command that reads a model: overrides detection.
    static let inputFormatOption = OptionDefinition.value(
        "input-format", valueName: "format",
        help: "Read the model in this format instead of detecting it from the extension and content.",
        allowedValues: ModelFormat.allCases.map(\.rawValue))

    /// The resolved model in `path` (in `format`, else detected), or the bundled example when `path` is `nil`,
    /// read with the Service Cutter
    /// user representations in `userRepresentations` when given.
    static func load(
        _ path: String?, format: ModelFormat? = nil, userRepresentations: String? = nil, in context: CommandContext
    ) throws(CommandFailure) -> Loaded {
        let (text, displayPath) = try source(path)
        var sources = [displayPath: text]
        var representations: (text: String, path: String)?
        if let userRepresentations {
            let repsText = try FileAccess.read(userRepresentations)
            representations = (repsText, userRepresentations)
            sources[userRepresentations] = repsText
        }
        let (model, diagnostics) = ModelReader.read(
            text, path: displayPath, format: format, userRepresentations: representations)
        context.report(diagnostics, sources: sources)
        guard let model else {
            throw CommandFailure(.badInput)
        }
        return Loaded(model: model, sources: sources)
    }

    /// The text to read and the path diagnostics name.
    private static func source(_ path: String?) throws(CommandFailure) -> (text: String, path: String) {
        guard let path else {
            return (BundledExample.text, BundledExample.path)
        }
        return (try FileAccess.read(path), path == "-" ? "<stdin>" : path)
    }
}
