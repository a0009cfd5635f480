import DecomposeCore

/// `decompose validate <file>`: reads and checks a model, printing every diagnostic.
struct ValidateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "validate",
        abstract: "Check a model and report every problem.",
        discussion:
            "Prints each problem as 'file:line:column: error: message [id]' with the offending line and a caret, "
            + "then 'OK: <n> entities, <m> use cases' when there is no error. Exits with 65 when there is one.",
        arguments: [fileArgument],
        options: ModelOptions.options)

    static let fileArgument = ArgumentDefinition(
        "file", help: "The model to check (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")

    var model: ModelOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.fileArgument)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let loaded = try model.load(in: context).model
        let entities = loaded.entities.count
        let useCases = loaded.useCases.count
        context.write(
            "OK: \(entities) \(entities == 1 ? "entity" : "entities"), "
                + "\(useCases) \(useCases == 1 ? "use case" : "use cases")\n",
            .standardOutput)
    }
}
