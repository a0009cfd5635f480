import DecomposeCore

/// The whole of `decompose analyze` without the terminal: parse the source, build the model, suggest contexts.
struct AnalysisWorkload {
    let planted: PlantedModel
    let source: String
    let options: AnalysisOptions

    init(planted: PlantedModel, options: AnalysisOptions = AnalysisOptions()) {
        self.planted = planted
        self.source = planted.source()
        self.options = options
    }

    /// Parses, builds and analyses the source: the timed work.
    func run() -> (model: DomainModel, result: AnalysisResult) {
        let parsed = DomainParser().parse(source, path: "planted.domain")
        let built = ModelBuilder().build(parsed.model)
        let errors = (parsed.diagnostics + built.diagnostics).filter { $0.severity == .error }
        precondition(errors.isEmpty, "the planted model must be valid: \(errors.prefix(3).map(\.message))")
        return (built.model, ContextAnalyzer(options: options).analyze(built.model))
    }

    /// The context number of each entity in declaration order (numbered in the decomposition's order).
    static func labels(of decomposition: Decomposition, model: DomainModel) -> [Int] {
        var contextOf: [String: Int] = [:]
        for (index, context) in decomposition.contexts.enumerated() {
            for entity in context.entities { contextOf[entity] = index }
        }
        return model.entities.map { contextOf[$0.name] ?? -1 }
    }

    /// The decomposition as context name → entities, the form `DecompositionComparer` takes.
    static func suggested(_ decomposition: Decomposition) -> [String: [String]] {
        var suggested: [String: [String]] = [:]
        for context in decomposition.contexts { suggested[context.name, default: []] += context.entities }
        return suggested
    }
}
