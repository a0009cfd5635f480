import DecomposeCore

/// Loads the model a command works on, printing every diagnostic; any error fails with exit code 65.
enum ModelInput {
    /// A resolved model and the text it was read from, by path, for quoting later diagnostics.
    struct Loaded: Sendable {
        var model: DomainModel
        var sources: [String: String]
    }

    /// How a command reads its model besides the path: `--input-format`, `--user-representations` and
    /// `--keep-contexts`, the options every command that reads a model has.
    struct Reading: Sendable {
        /// The `--input-format <format>` option: overrides detection.
        static let inputFormatOption = OptionDefinition.value(
            "input-format", valueName: "format",
            help: "Read the model in this format instead of detecting it from the extension and content.",
            allowedValues: ModelFormat.allCases.map(\.rawValue))

        /// The `--user-representations <file>` option: the Service Cutter user representations read with a
        /// Service Cutter model.
        static let userRepresentationsOption = OptionDefinition.value(
            "user-representations", valueName: "file",
            help: "Service Cutter user representations (use cases, aggregates, …) to read with a Service Cutter model.")

        /// The `--keep-contexts` flag: the contexts the model declares become pins.
        static let keepContextsOption = OptionDefinition.flag(
            "keep-contexts",
            help: "Keep the contexts the model declares (Context Mapper bounded contexts, JHipster applications, "
                + "'current-context') as pins, instead of suggesting a fresh split and reporting them beside it.")

        /// The options of every command that reads a model, after its own.
        static let options = [inputFormatOption, userRepresentationsOption, keepContextsOption]

        /// The format given, or `nil` to detect it.
        var format: ModelFormat?
        /// The path of Service Cutter user representations, if given.
        var userRepresentations: String?
        /// Whether the declared contexts are pinned (`--keep-contexts`).
        var keepsContexts: Bool

        init(_ arguments: ParsedArguments) {
            format = arguments.value(Self.inputFormatOption, as: ModelFormat.self)
            userRepresentations = arguments.value(Self.userRepresentationsOption)
            keepsContexts = arguments.flag(Self.keepContextsOption)
        }
    }

    /// The resolved model in `path` (in the format `reading` gives, else detected), or the bundled example when
    /// `path` is `nil`, read with the Service Cutter user representations `reading` names, if any, and its
    /// declared contexts pinned when `reading` keeps them.
    static func load(_ path: String?, _ reading: Reading, in context: CommandContext) throws(CommandFailure)
        -> Loaded
    {
        let (text, displayPath) = try source(path)
        var sources = [displayPath: text]
        var representations: (text: String, path: String)?
        if let path = reading.userRepresentations {
            let representationsText = try FileAccess.read(path)
            representations = (representationsText, path)
            sources[path] = representationsText
        }
        let (model, diagnostics) = ModelReader.read(
            text, path: displayPath, format: reading.format, userRepresentations: representations,
            keepingContexts: reading.keepsContexts)
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
