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
        arguments: [
            ArgumentDefinition(
                "model", help: "The model (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")
        ],
        options: [
            .value(
                "format", valueName: "format",
                help:
                    "The diagram format; without it, the one the output file's extension names (.svg, .mmd, .puml, "
                    + ".dot, .gv), else svg.",
                allowedValues: DiagramFormat.allCases.map(\.rawValue)),
            OutputTarget.option, OutputTarget.forceOption,
        ] + DecompositionSettings.options + ModelInput.Reading.options)

    var model: String
    var format: DiagramFormat
    var output: OutputTarget
    var settings: DecompositionSettings
    var reading: ModelInput.Reading

    init(_ arguments: ParsedArguments) throws(UsageError) {
        reading = ModelInput.Reading(arguments)
        guard let model = arguments.argument("model") else {
            throw UsageError("missing expected argument '<model>'")
        }
        self.model = model
        output = OutputTarget(arguments)
        format =
            arguments.value("format").flatMap(DiagramFormat.init(rawValue:))
            ?? output.path.flatMap(DiagramFormat.init(fileName:)) ?? .svg
        settings = try DecompositionSettings(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        try output.checkReplaceable()
        let input = try ModelInput.load(model, reading, in: context)
        let decomposition = try settings.decomposition(of: input, in: context)
        try output.write(DiagramRenderer().render(decomposition, format: format), in: context)
    }
}
