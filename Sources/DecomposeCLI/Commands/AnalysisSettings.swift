import DecomposeCore

/// The analysis options shared by `analyze` and `compare`: preset, priorities file, context count, seed.
struct AnalysisSettings: Sendable {
    static let presetOption = OptionDefinition.value(
        "preset", valueName: "preset", help: "How to weigh the coupling criteria.",
        allowedValues: AnalysisPreset.allCases.map(\.rawValue), defaultValue: AnalysisPreset.balanced.rawValue)
    static let prioritiesOption = OptionDefinition.value(
        "priorities", valueName: "file",
        help: "A file of 'criterion-id = number' lines overriding the preset's weights ('#' starts a comment).")
    static let contextsOption = OptionDefinition.value(
        "contexts", valueName: "n",
        help: "Ask for exactly this many contexts instead of the number the clustering finds best.")
    static let seedOption = OptionDefinition.value(
        "seed", valueName: "n", help: "Seed of the clustering's random choices.", defaultValue: "1")

    static let options = [presetOption, prioritiesOption, contextsOption, seedOption]

    var preset: AnalysisPreset
    var prioritiesPath: String?
    var contextCount: Int?
    var seed: UInt64

    init(_ arguments: ParsedArguments) throws(UsageError) {
        preset = arguments.choice(Self.presetOption, as: AnalysisPreset.self)
        prioritiesPath = arguments.value(Self.prioritiesOption)
        contextCount = try arguments.integer(Self.contextsOption, in: 1...10_000, expected: "a positive whole number")
        let seedText = try arguments.required(Self.seedOption)
        guard let seed = UInt64(seedText) else {
            throw UsageError("'\(seedText)' is not a valid value for '--seed'; expected a whole number ≥ 0")
        }
        self.seed = seed
    }

    /// The analysis options, reading the priorities file if one was given (its errors exit 65).
    func analysisOptions(in context: CommandContext) throws(CommandFailure) -> AnalysisOptions {
        var priorities: [CouplingCriterion: Double] = [:]
        if let prioritiesPath {
            let text = try FileAccess.read(prioritiesPath)
            let parsed = PrioritiesFileParser().parse(text, path: prioritiesPath)
            context.report(parsed.diagnostics, sources: [prioritiesPath: text])
            guard !parsed.diagnostics.containsErrors else {
                throw CommandFailure(.badInput)
            }
            priorities = parsed.priorities
        }
        return AnalysisOptions(preset: preset, priorities: priorities, contextCount: contextCount, seed: seed)
    }

    /// Runs the analysis on a loaded model, printing its diagnostics; an error diagnostic exits 65.
    func analyze(_ input: ModelInput.Loaded, in context: CommandContext) throws(CommandFailure) -> AnalysisResult {
        let result = ContextAnalyzer(options: try analysisOptions(in: context)).analyze(input.model)
        context.report(result.diagnostics.sortedByLocation(), sources: input.sources)
        guard !result.diagnostics.containsErrors else {
            throw CommandFailure(.badInput)
        }
        return result
    }
}
