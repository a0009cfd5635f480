import DecomposeCore

/// Loads the model a command works on, printing every diagnostic; any error fails with exit code 65.
enum ModelInput {
    /// A resolved model and the text it was read from, by path, for quoting later diagnostics.
    struct Loaded: Sendable {
        var model: DomainModel
        var sources: [String: String]
    }

    /// `--input-format`, which every command reading a model accepts: overrides detection by extension and
    /// content.
    static let formatOption = OptionDefinition.value(
        "input-format", valueName: "format",
        help: "Read the model in this format instead of detecting it from the extension and content.",
        allowedValues: ModelFormat.allCases.map(\.rawValue))

    /// The format `--input-format` names, if given.
    static func format(_ arguments: ParsedArguments) -> ModelFormat? {
        arguments.value("input-format").flatMap(ModelFormat.init(rawValue:))
    }

    /// The resolved model in `path`, or the bundled example when `path` is `nil`, read in `format` when given.
    static func load(_ path: String?, format: ModelFormat? = nil, in context: CommandContext) throws(CommandFailure)
        -> Loaded
    {
        let (text, displayPath) = try source(path)
        let (model, diagnostics) = ModelReader.read(text, path: displayPath, format: format)
        context.report(diagnostics, sources: [displayPath: text])
        guard let model else {
            throw CommandFailure(.badInput)
        }
        return Loaded(model: model, sources: [displayPath: text])
    }

    /// The text to read and the path diagnostics name.
    private static func source(_ path: String?) throws(CommandFailure) -> (text: String, path: String) {
        guard let path else {
            return (BundledExample.text, BundledExample.path)
        }
        return (try FileAccess.read(path), path == "-" ? "<stdin>" : path)
    }
}
