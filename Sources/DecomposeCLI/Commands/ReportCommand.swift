import DecomposeCore

/// `decompose report <model> -o report.html`: one self-contained HTML page with the context map, every context
/// and why, the relationships, saga candidates, findings and metrics.
struct ReportCommand: Command {
    static let configuration = CommandConfiguration(
        name: "report",
        abstract: "Write one self-contained HTML page for a design review.",
        discussion:
            "Analyses the model (or takes --decomposition: the JSON 'analyze --format json' prints, edited) and "
            + "writes one HTML page: summary metrics, the context map, each context with its entities, aggregates, "
            + "use cases, owners, rationale and cohesion, the relationships with their pattern, reasons and "
            + "crossings, saga candidates with compensations, and findings. The page loads nothing from the "
            + "network (inline CSS and SVG, no scripts), so it works offline, can be mailed as one file, and "
            + "prints well.\n\n"
            + "Without -o the page goes to standard output when that is redirected or piped; on a terminal, "
            + "-o is required.",
        arguments: [modelArgument],
        options: [OutputTarget.option, OutputTarget.forceOption] + DecompositionSettings.options
            + ModelOptions.options)

    static let modelArgument = ArgumentDefinition(
        "model", help: "The model (.domain, .json, .jdl, .cml or Service Cutter; '-' for standard input).")

    var model: ModelOptions
    var output: OutputTarget
    var settings: DecompositionSettings

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.modelArgument)
        output = OutputTarget(arguments)
        settings = try DecompositionSettings(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        if output.isStandardOutput && context.standardOutputIsTerminal {
            throw CommandFailure(
                .usage, "the report is an HTML page: write it to a file with '-o report.html', or redirect the output")
        }
        try output.checkReplaceable()
        let input = try model.load(in: context)
        let decomposition = try settings.decomposition(of: input, in: context)
        let map = DiagramRenderer().render(decomposition, format: .svg)
        let page = HTMLReportRenderer().render(decomposition, model: input.model, contextMap: map)
        try output.write(page, in: context)
    }
}
