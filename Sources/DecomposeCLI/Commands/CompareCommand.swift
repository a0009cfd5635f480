import DecomposeCore

/// `decompose compare <model> --expected <file>`: how close the suggestion is to a known decomposition.
struct CompareCommand: Command {
    /// The output formats of `compare`.
    enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        name: "compare",
        abstract: "Compare the suggested contexts with an expected decomposition.",
        discussion:
            "Analyses the model, then scores the suggestion against the expected decomposition (lines "
            + "'Context: Entity, Entity', '//' comments): MoJoFM (0-100, 100 means identical) and the adjusted "
            + "Rand index (1 means identical, 0 means no better than chance), followed by the moves that would "
            + "turn the suggestion into the expected decomposition.",
        arguments: [
            ArgumentDefinition(
                "model", help: "The model to analyse (.domain, .json, .jdl, .cml or a Service Cutter .json).")
        ],
        options: [
            .value(
                "expected", valueName: "file", help: "The expected decomposition (.expected file; required)."),
            .value(
                "format", valueName: "format", help: "The output format.",
                allowedValues: Format.allCases.map(\.rawValue), defaultValue: Format.text.rawValue),
        ] + AnalysisSettings.options + [
            OutputTarget.option, ModelInput.Reading.inputFormatOption, ModelInput.Reading.userRepresentationsOption,
        ])

    var model: String
    var expected: String
    var format: Format
    var settings: AnalysisSettings
    var output: OutputTarget

    var reading: ModelInput.Reading

    init(_ arguments: ParsedArguments) throws(UsageError) {
        reading = ModelInput.Reading(arguments)
        guard let model = arguments.argument("model") else {
            throw UsageError("missing expected argument '<model>'")
        }
        guard let expected = arguments.value("expected") else {
            throw UsageError("missing required option '--expected <file>'")
        }
        self.model = model
        self.expected = expected
        format = arguments.value("format").flatMap(Format.init(rawValue:)) ?? .text
        settings = try AnalysisSettings(arguments)
        output = OutputTarget(arguments.value("output"))
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let input = try ModelInput.load(
            model, reading, in: context)
        let expectedText = try FileAccess.read(expected)
        let parsed = ExpectedDecompositionParser().parse(expectedText, path: expected)
        context.report(parsed.diagnostics, sources: [expected: expectedText])
        guard let expectedDecomposition = parsed.decomposition, !parsed.diagnostics.containsErrors else {
            throw CommandFailure(.badInput)
        }
        let decomposition = try settings.analyze(input, in: context).decomposition
        var suggested: [String: [String]] = [:]
        for boundedContext in decomposition.contexts {
            suggested[boundedContext.name] = boundedContext.entities
        }
        let result = DecompositionComparer().compare(suggested: suggested, expected: expectedDecomposition)
        let renderer = ComparisonRenderer()
        let text =
            switch format {
            case .text: renderer.renderText(result, system: decomposition.system, expectedPath: expected)
            case .json: renderer.renderJSON(result, system: decomposition.system, expectedPath: expected)
            }
        try output.write(text, in: context)
    }
}
