/// `decompose init [<path>]`: writes a commented starter model that shows every construct.
struct InitCommand: Command {
    static let configuration = CommandConfiguration(
        name: "init",
        abstract: "Write a commented starter model.",
        discussion:
            "The starter describes a small shop and uses every construct of the domain language, each with a "
            + "comment, so it doubles as a reference. Edit it, then run 'decompose validate' and "
            + "'decompose analyze' on it. An existing file is never overwritten without --force.",
        arguments: [pathArgument],
        options: [forceOption])

    /// The file written when no path is given.
    static let defaultPath = "model.domain"
    static let pathArgument = ArgumentDefinition(
        "path", help: "Where to write the model (default: \(defaultPath)).", isOptional: true)
    static let forceOption = OptionDefinition.flag("force", help: "Overwrite the file if it exists.")

    var path: String
    var force: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        path = arguments.argument(Self.pathArgument) ?? Self.defaultPath
        force = arguments.flag(Self.forceOption)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        if !force, FileAccess.exists(path) {
            throw CommandFailure(.cannotWrite, "'\(path)' already exists; pass --force to overwrite it")
        }
        try FileAccess.write(StarterModel.text, to: path)
        context.write(
            "Wrote \(path). Next: '\(DecomposeTool.name) validate \(path)', "
                + "then '\(DecomposeTool.name) analyze \(path)'.\n",
            .standardOutput)
    }
}
