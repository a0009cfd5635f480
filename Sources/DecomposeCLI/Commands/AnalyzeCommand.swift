import DecomposeCore

/// `decompose analyze [<file>]`: suggests bounded contexts and prints the report.
struct AnalyzeCommand: Command {
    static let configuration = CommandConfiguration(
        name: "analyze",
        abstract: "Suggest bounded contexts for a model.",
        discussion:
            "Reads a model (.domain, .json as written by 'decompose convert', JHipster .jdl, Context Mapper .cml, or a Service Cutter model .json with "
            + "its --user-representations), groups its entities into "
            + "bounded contexts by how strongly they are coupled, and reports each context with the reasons, "
            + "the relationships between contexts with a suggested DDD pattern, saga candidates, findings and "
            + "metrics. Without a file it analyses the bundled e-commerce example.\n\n"
            + "The contexts a model already declares (Context Mapper bounded contexts, JHipster microservice or "
            + "monolith applications, 'current-context' in the domain language) are its current decomposition: the "
            + "suggestion is made afresh and the report ends with the current contexts beside it, MoJoFM and the "
            + "steps between the two. --keep-contexts pins them instead.\n\n"
            + "--explain prints, instead of the report, why an entity landed where it did: how strongly each "
            + "context pulls on it and through which couplings.\n\n"
            + "--export-graph also writes the weighted coupling graph the clustering sees (one node per atomic "
            + "unit, 'u v weight' edge lines, cannot-link pairs; documented in the Performance and scale article), so other clustering "
            + "tools can run on exactly the same input.",
        arguments: [fileArgument],
        options: [formatOption] + AnalysisSettings.options + [
            explainOption, exportGraphOption, OutputTarget.option, OutputTarget.forceOption,
        ] + ModelOptions.options)

    static let fileArgument = ArgumentDefinition(
        "file", help: "The model to analyse ('-' for standard input; the bundled example when omitted).",
        isOptional: true)
    static let formatOption = OptionDefinition.value(
        "format", valueName: "format", help: "The output format.",
        allowedValues: ReportFormat.allCases.map(\.rawValue), defaultValue: ReportFormat.text.rawValue)
    static let explainOption = OptionDefinition.value(
        "explain", valueName: "entity", help: "Explain the placement of this entity (repeatable).", isRepeatable: true)
    static let exportGraphOption = OptionDefinition.value(
        "export-graph", valueName: "file",
        help: "Also write the weighted coupling graph the clustering sees to this file.")

    var model: ModelOptions
    var format: ReportFormat
    var settings: AnalysisSettings
    var explain: [String]
    var output: OutputTarget
    /// `--export-graph FILE`.
    var graph: OutputTarget?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.fileArgument)
        format = arguments.choice(Self.formatOption, as: ReportFormat.self)
        settings = try AnalysisSettings(arguments)
        explain = arguments.values(Self.explainOption)
        output = OutputTarget(arguments)
        graph = arguments.value(Self.exportGraphOption).map {
            OutputTarget($0, mayReplace: arguments.flag(OutputTarget.forceOption))
        }
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        try output.checkReplaceable()
        try graph?.checkReplaceable()
        if model.path == nil {
            context.write(
                "note: no model given; analysing the bundled e-commerce example "
                    + "(run '\(DecomposeTool.name) init' to start your own)\n",
                .standardError)
        }
        let input = try model.load(in: context)
        let result = try settings.analyze(input, in: context)
        try graph?.write(CouplingGraphWriter().write(result), in: context)
        let text =
            explain.isEmpty
            ? report(result.decomposition, colored: output.isStandardOutput && context.usesColor(on: .standardOutput))
            : try explanations(result, entities: input.model.entities.map(\.name))
        try output.write(text, in: context)
    }

    private func report(_ decomposition: Decomposition, colored: Bool) -> String {
        switch format {
        case .text: TextReportRenderer(colored: colored).render(decomposition)
        case .json: JSONReportRenderer().render(decomposition)
        case .markdown: MarkdownReportRenderer().render(decomposition)
        }
    }

    /// The explanations asked for; an entity the model does not have is a usage error (exit 64).
    private func explanations(_ result: AnalysisResult, entities: [String]) throws(CommandFailure) -> String {
        var explanations: [EntityExplanation] = []
        for entity in explain {
            guard let explanation = result.explanation(of: entity) else {
                let hint = NameSuggester(entities).hint(for: entity)
                throw CommandFailure(.usage, "'\(entity)' is not an entity of the model\(hint)")
            }
            explanations.append(explanation)
        }
        switch format {
        case .text: return ExplanationRenderer().renderText(explanations)
        case .json: return ExplanationRenderer().renderJSON(explanations)
        case .markdown: return ExplanationRenderer().renderMarkdown(explanations)
        }
    }
}
