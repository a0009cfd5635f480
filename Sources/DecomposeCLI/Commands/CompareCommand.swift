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
        arguments: [modelArgument],
        options: [expectedOption, formatOption] + AnalysisSettings.options
            + [OutputTarget.option, OutputTarget.forceOption] + ModelOptions.options)

    static let modelArgument = ArgumentDefinition(
        "model", help: "The model to analyse (.domain, .json, .jdl, .cml or a Service Cutter .json).")
    static let expectedOption = OptionDefinition.value(
        "expected", valueName: "file", help: "The expected decomposition (.expected file; required).")
    static let formatOption = OptionDefinition.value(
        "format", valueName: "format", help: "The output format.",
        allowedValues: Format.allCases.map(\.rawValue), defaultValue: Format.text.rawValue)

    var model: ModelOptions
    var expected: String
    var format: Format
    var settings: AnalysisSettings
    var output: OutputTarget

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.modelArgument)
        expected = try arguments.required(Self.expectedOption)
        format = arguments.choice(Self.formatOption, as: Format.self)
        settings = try AnalysisSettings(arguments)
        output = OutputTarget(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        try output.checkReplaceable()
        let input = try model.load(in: context)
        let expectedText = try FileAccess.read(expected)
        let parsed = ExpectedDecompositionParser().parse(expectedText, path: expected)
        guard let expectedDecomposition = parsed.decomposition, !parsed.diagnostics.containsErrors else {
            context.report(parsed.diagnostics, sources: [expected: expectedText])
            throw CommandFailure(.badInput)
        }
        context.report(
            parsed.diagnostics + unknownEntities(in: expectedDecomposition, model: input.model, text: expectedText),
            sources: [expected: expectedText])
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

    /// A warning at each entity an expected context names that the model does not have (at the context's line
    /// when the name cannot be found on it): the comparison still runs, and lists them as not in the model.
    private func unknownEntities(in expected: ExpectedDecomposition, model: DomainModel, text: String) -> [Diagnostic] {
        let known = Set(model.entities.map(\.name))
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        return expected.contexts.flatMap { expectedContext in
            expectedContext.entities.filter { !known.contains($0) }.map { entity in
                var location = expectedContext.location
                if let start = location, start.line >= 1, start.line <= lines.count {
                    let line = lines[start.line - 1]
                    let name = Array(entity.unicodeScalars)
                    let after = (line.firstIndex(of: ":") ?? 0) + 1
                    if let column = (after..<max(after, line.count - name.count + 1)).first(where: {
                        Array(line[$0..<$0 + name.count]) == name
                    }) {
                        location = SourceLocation(file: start.file, line: start.line, column: column + 1)
                    }
                }
                return Diagnostic.warning(
                    "expected.unknownEntity",
                    "'\(entity)' (expected in '\(expectedContext.name)') is not an entity of the model",
                    at: location.map { SourceRange(start: $0) })
            }
        }
    }
}
