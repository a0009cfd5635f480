import DecomposeCore

/// The whole of `decompose analyze` without the terminal: parse the source, build the model, suggest contexts.
struct AnalysisWorkload: Workload {
    let planted: PlantedModel
    let source: String

    /// The number of use cases in the generated source.
    let useCaseCount: Int

    init(planted: PlantedModel) {
        self.planted = planted
        self.source = planted.source()
        self.useCaseCount = source.split(separator: "\n").filter { $0.hasPrefix("usecase ") }.count
    }

    var name: String { "analyze" }
    var itemCount: Int { planted.entityCount }
    var edgeCount: Int { useCaseCount }
    var truth: [Int] { planted.truth }

    func run() -> [Int] {
        let parsed = DomainParser().parse(source, path: "planted.domain")
        let built = ModelBuilder().build(parsed.model)
        let errors = (parsed.diagnostics + built.diagnostics).filter { $0.severity == .error }
        precondition(errors.isEmpty, "the planted model must be valid: \(errors.prefix(3).map(\.message))")
        let decomposition = ContextAnalyzer(options: AnalysisOptions()).analyze(built.model).decomposition
        var contextOf: [String: Int] = [:]
        for (index, context) in decomposition.contexts.enumerated() {
            for entity in context.entities { contextOf[entity] = index }
        }
        return built.model.entities.map { contextOf[$0.name] ?? -1 }
    }
}
