import DecomposeCore

/// `decompose diagram <model> --format svg|mermaid|plantuml|dot`: draws the context map.
struct DiagramCommand: Command {
    static let configuration = CommandConfiguration(
        name: "diagram",
        abstract: "Draw the context map as SVG, Mermaid, PlantUML or Graphviz DOT.",
        discussion:
            "Draws the suggested decomposition (or --decomposition) as a context map: each context as a box with "
            + "its name, entity count and aggregates, each relationship as an arrow from the upstream to the "
            + "downstream context labelled with its pattern (C/S, SK, CF, ACL, OHS/PL, P), and the findings "
            + "numbered in a legend and marked on the contexts they concern. The SVG is laid out by decompose "
            + "itself and needs no other tool; the other formats are text for Mermaid, PlantUML and Graphviz.",
        arguments: [modelArgument],
        options: [formatOption, OutputTarget.option, OutputTarget.forceOption] + DecompositionSettings.options
            + ModelOptions.options)

    static let modelArgument = ArgumentDefinition(
        "model", help: "The model (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")
    static let formatOption = OptionDefinition.value(
        "format", valueName: "format",
        help:
            "The diagram format; without it, the one the output file's extension names (.svg, .mmd, .puml, "
            + ".dot, .gv), else svg.",
        allowedValues: DiagramFormat.allCases.map(\.rawValue))

    var model: ModelOptions
    var format: DiagramFormat
    var output: OutputTarget
    var settings: DecompositionSettings

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.modelArgument)
        output = OutputTarget(arguments)
        format =
            arguments.value(Self.formatOption, as: DiagramFormat.self)
            ?? output.path.flatMap(DiagramFormat.init(fileName:)) ?? .svg
        settings = try DecompositionSettings(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        try output.checkReplaceable()
        let input = try model.load(in: context)
        let decomposition = try settings.decomposition(of: input, in: context)
        try output.write(DiagramRenderer().render(decomposition, format: format), in: context)
    }
}
