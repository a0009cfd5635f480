/// The application layer of each written context: the events its use cases emit and handle, as a CML `Flow`.
///
/// A use case belongs to the first context that lists it (else the first context); its command is declared
/// there (`Command PlaceOrder`) and its flow steps read `command PlaceOrder emits event OrderPlaced` and
/// `event PaymentReceived triggers command PlaceOrder`. Use cases that emit and handle nothing are left out.
struct CMLFlows: Sendable {
    private let useCasesByContext: [[UseCase]]
    private let contextNames: [String]
    private let naming: CMLNaming

    init(model: DomainModel, decomposition: Decomposition, naming: CMLNaming) {
        var byContext = Array(repeating: [UseCase](), count: decomposition.contexts.count)
        var firstContext: [String: Int] = [:]
        for (index, context) in decomposition.contexts.enumerated() {
            for useCase in context.useCases where firstContext[useCase] == nil { firstContext[useCase] = index }
        }
        for useCase in model.useCases where !(useCase.emits.isEmpty && useCase.handles.isEmpty) {
            let home = firstContext[useCase.name] ?? 0
            if byContext.indices.contains(home) { byContext[home].append(useCase) }
        }
        useCasesByContext = byContext
        contextNames = decomposition.contexts.map(\.name)
        self.naming = naming
    }

    /// The `Application` block of the context at `index`, or nothing when its use cases have no events.
    func application(ofContextAt index: Int) -> [String] {
        let useCases = useCasesByContext[index]
        guard !useCases.isEmpty else { return [] }
        var lines = ["", "Application {"]
        lines += useCases.map { "  Command \(naming.useCases[$0.name])" }
        let flow = CMLNameTable.escaped(
            CMLNameTable.sanitized(naming.contexts.identifier(contextNames[index]) + "Flow"))
        lines.append("  Flow \(flow) {")
        for useCase in useCases {
            let command = naming.useCases[useCase.name]
            if !useCase.handles.isEmpty {
                lines.append("    event \(events(useCase.handles)) triggers command \(command)")
            }
            if !useCase.emits.isEmpty {
                lines.append("    command \(command) emits event \(events(useCase.emits))")
            }
        }
        lines += ["  }", "}"]
        return lines
    }

    private func events(_ references: [NameReference]) -> String {
        references.map { naming.types[$0.name] }.joined(separator: " + ")
    }
}
