import DecomposeCore

/// `decompose convert <model> --to json|domain|cml|jdl`: writes a model in another format; CML and JDL need the
/// decomposition.
struct ConvertCommand: Command {
    /// The formats a model can be written in.
    enum Target: String, CaseIterable, Sendable {
        case json, domain, cml, jdl
    }

    static let configuration = CommandConfiguration(
        name: "convert",
        abstract: "Convert a model to the domain language, JSON, CML or JDL.",
        discussion:
            "Reads and validates the model, then writes it as canonical JSON, as canonical domain-language "
            + "text, as Context Mapper CML or as JHipster JDL. Converting to JSON or the domain language and back "
            + "gives the same model. CML and JDL also write a decomposition (the suggested one, or that of "
            + "--decomposition FILE): CML has one BoundedContext per context with its aggregates and a ContextMap "
            + "with the suggested relationships; JDL has a gateway and one microservice application per context. "
            + "Reading either back declares the same contexts as its current decomposition (pinned with "
            + "--keep-contexts). A model's own current decomposition is kept by --to json and --to domain. The "
            + "decomposition and analysis options apply only to --to cml and --to jdl.",
        arguments: [modelArgument],
        options: [toOption, OutputTarget.option, OutputTarget.forceOption] + ModelOptions.options
            + DecompositionSettings.options)

    static let modelArgument = ArgumentDefinition(
        "model", help: "The model to convert (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")
    static let toOption = OptionDefinition.value(
        "to", valueName: "format", help: "The format to write (required).",
        allowedValues: Target.allCases.map(\.rawValue), valueNoun: "model format")

    var model: ModelOptions
    var target: Target
    var output: OutputTarget
    var settings: DecompositionSettings

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.modelArgument)
        target = try arguments.required(Self.toOption, as: Target.self)
        output = OutputTarget(arguments)
        settings = try DecompositionSettings(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        try output.checkReplaceable()
        let input = try model.load(in: context)
        let text: String
        switch target {
        case .json: text = ModelJSONWriter().write(input.model)
        case .domain: text = DomainPrinter().print(input.model)
        case .cml:
            let decomposition = try settings.decomposition(of: input, in: context)
            text = CMLWriter().write(model: input.model, decomposition: decomposition)
        case .jdl:
            let decomposition = try settings.decomposition(of: input, in: context)
            text = JDLWriter().write(model: input.model, decomposition: decomposition)
        }
        try output.write(text, in: context)
    }
}
