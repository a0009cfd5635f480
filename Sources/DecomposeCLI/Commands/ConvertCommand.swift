import DecomposeCore

/// `decompose convert <model> --to json|domain|jdl`: writes a model in another format; JDL needs the decomposition.
struct ConvertCommand: Command {
    /// The formats a model can be written in.
    enum Target: String, CaseIterable, Sendable {
        case json, domain, jdl
    }

    static let configuration = CommandConfiguration(
        name: "convert",
        abstract: "Convert a model to the domain language, JSON or JHipster JDL.",
        discussion:
            "Reads and validates the model, then writes it as canonical JSON or as canonical domain-language "
            + "text. Converting to JSON and back gives the same model. JDL gets a gateway and one microservice "
            + "application per suggested context (or per context of --decomposition FILE); the decomposition and "
            + "analysis options apply only to --to jdl.",
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
        ] + DecompositionSettings.options)

    var model: String
    var target: Target
    var output: OutputTarget
    var settings: DecompositionSettings

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
        settings = try DecompositionSettings(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let input = try ModelInput.load(model, reading, in: context)
        let text: String
        switch target {
        case .json: text = ModelJSONWriter().write(input.model)
        case .domain: text = DomainPrinter().print(input.model)
        case .jdl:
            let decomposition = try settings.decomposition(of: input, in: context)
            text = JDLWriter().write(model: input.model, decomposition: decomposition)
        }
        try output.write(text, in: context)
    }
}
