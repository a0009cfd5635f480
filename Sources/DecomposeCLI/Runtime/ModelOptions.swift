/// The option group of every command that reads a model, in the spirit of swift-argument-parser's `@OptionGroup`:
/// the model's path (the command's positional argument) and how to read it (`--input-format`,
/// `--user-representations`, `--keep-contexts`), declared once, parsed once and loaded the same way by every
/// command.
struct ModelOptions: Sendable {
    /// The options of the group, after the command's own.
    static let options = ModelInput.Reading.options

    /// The path given; `nil` only where the argument is optional (`analyze` reads the bundled example then).
    var path: String?
    var reading: ModelInput.Reading

    /// The group as `arguments` give it, the model being the positional `argument`.
    init(_ arguments: ParsedArguments, model argument: ArgumentDefinition) throws(UsageError) {
        path = argument.isOptional ? arguments.argument(argument) : try arguments.required(argument)
        reading = ModelInput.Reading(arguments)
    }

    /// The resolved model, its diagnostics printed; any error fails with exit code 65.
    func load(in context: CommandContext) throws(CommandFailure) -> ModelInput.Loaded {
        try ModelInput.load(path, reading, in: context)
    }
}
