import DecomposeCore

/// Where a command that works on a decomposition gets it: the suggestion of the analysis (with the analysis
/// options), or the user's edited `--decomposition` file, checked against the model.
struct DecompositionSettings: Sendable {
    /// `--decomposition <file>`.
    static let decompositionOption = OptionDefinition.value(
        "decomposition", valueName: "file",
        help: "Use this decomposition (JSON as 'analyze --format json' prints it) instead of the suggestion.")

    static let options = [decompositionOption] + AnalysisSettings.options

    var path: String?
    var analysis: AnalysisSettings

    init(_ arguments: ParsedArguments) throws(UsageError) {
        path = arguments.value(Self.decompositionOption)
        analysis = try AnalysisSettings(arguments)
    }

    /// The user's decomposition file when one was given, otherwise the suggestion; problems exit 65.
    func decomposition(of input: ModelInput.Loaded, in context: CommandContext) throws(CommandFailure)
        -> Decomposition
    {
        guard let path else {
            return try analysis.analyze(input, in: context).decomposition
        }
        let text = try FileAccess.read(path)
        let reader = DecompositionFileReader(options: try analysis.analysisOptions(in: context))
        let (decomposition, diagnostics) = reader.read(text, path: path, model: input.model)
        context.report(diagnostics.sortedByLocation(), sources: input.sources.merging([path: text]) { a, _ in a })
        guard let decomposition else { throw CommandFailure(.badInput) }
        return decomposition
    }
}
