import DecomposeCore

/// `decompose convert <model> --to json|domain`: writes a model in the other format.
struct ConvertCommand: Command {
    /// The formats a model can be written in.
    enum Target: String, CaseIterable, Sendable {
        case json, domain
    }

    static let configuration = CommandConfiguration(
        name: "convert",
        abstract: "Convert a model between the domain language and JSON.",
        discussion:
            "Reads and validates the model, then writes it as canonical JSON or as canonical domain-language "
            + "text. Converting to JSON and back gives the same model.",
        arguments: [
            ArgumentDefinition(
                "model",
                help: "The model to convert (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")
        ],
        options: [
            .value(
                "to", valueName: "format", help: "The format to write (required).",
                allowedValues: Target.allCases.map(\.rawValue), valueNoun: "model format"),
            OutputTarget.option,
            ModelInput.Reading.inputFormatOption, ModelInput.Reading.userRepresentationsOption,
        ])

    var model: String
    var target: Target
    var output: OutputTarget

    var reading: ModelInput.Reading

    init(_ arguments: ParsedArguments) throws(UsageError) {
        reading = ModelInput.Reading(arguments)
        guard let model = arguments.argument("model") else {
            throw UsageError("missing expected argument '<model>'")
        }
        guard let target = arguments.value("to").flatMap(Target.init(rawValue:)) else {
            throw UsageError("missing required option '--to <format>'")
        }
        self.model = model
        self.target = target
        output = OutputTarget(arguments.value("output"))
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let loaded = try ModelInput.load(
            model, reading, in: context
        ).model
        let text =
            switch target {
            case .json: ModelJSONWriter().write(loaded)
            case .domain: DomainPrinter().print(loaded)
            }
        try output.write(text, in: context)
    }
}
