import DecomposeCore

/// `decompose validate <file>`: reads and checks a model, printing every diagnostic.
struct ValidateCommand: Command {
    static let configuration = CommandConfiguration(
        name: "validate",
        abstract: "Check a model and report every problem.",
        discussion:
            "Prints each problem as 'file:line:column: error: message [id]' with the offending line and a caret, "
            + "then 'OK: <n> entities, <m> use cases' when there is no error. Exits with 65 when there is one.",
        arguments: [
            ArgumentDefinition(
                "file",
                help: "The model to check (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")
        ],
        options: ModelInput.Reading.options)

    var file: String

    var reading: ModelInput.Reading

    init(_ arguments: ParsedArguments) throws(UsageError) {
        reading = ModelInput.Reading(arguments)
        guard let file = arguments.argument("file") else {
            throw UsageError("missing expected argument '<file>'")
        }
        self.file = file
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let model = try ModelInput.load(
            file, reading, in: context
        ).model
        let entities = model.entities.count
        let useCases = model.useCases.count
        context.write(
            "OK: \(entities) \(entities == 1 ? "entity" : "entities"), "
                + "\(useCases) \(useCases == 1 ? "use case" : "use cases")\n",
            .standardOutput)
    }
}
