/// The outcome of `ContextAnalyzer`: the decomposition, problems with the options, and explanations.
public struct AnalysisResult: Sendable {
    public var decomposition: Decomposition
    public var diagnostics: [Diagnostic]
    let graph: CouplingGraph
    private let assignment: ContextAssignment
    let partition: UnitPartition

    init(
        decomposition: Decomposition, diagnostics: [Diagnostic], graph: CouplingGraph, assignment: ContextAssignment,
        partition: UnitPartition
    ) {
        self.decomposition = decomposition
        self.diagnostics = diagnostics
        self.graph = graph
        self.assignment = assignment
        self.partition = partition
    }

    /// The pull of `entity` toward every context, with the couplings behind each; `nil` for an unknown entity.
    public func explanation(of entity: String) -> EntityExplanation? {
        guard let position = graph.names.firstIndex(of: entity) else { return nil }
        let pulls = assignment.members.indices.map { context in
            let otherMembers = assignment.members[context].filter { $0 != position }
            let others = Set(otherMembers)
            let scope = Set(otherMembers.map { graph.names[$0] } + [entity])
            let facts = graph.facts(linking: position, to: others)
            // Summed in member order, never in set order, so the last digits are the same in every process.
            let weight = otherMembers.reduce(0) { $0 + graph.weight(position, $1) }
            let couplings = facts.map { fact, factWeight in
                let criterion = graph.couplings.first { $0.evidence == fact }!.criterion
                return
                    "\(graph.evidence[fact].sentence(within: scope)) (\(criterion.rawValue), \(Phrase.number(factWeight)))"
            }
            return ContextPull(
                context: assignment.names[context], weight: weight, couplings: couplings,
                separation: separation(of: position, from: assignment.members[context]))
        }.sorted { ($1.weight, $0.context) < ($0.weight, $1.context) }
        let context = assignment.contextOfEntity[position]
        let ownWork = graph.facts(inside: [position]).map { fact, factWeight in
            let criterion = graph.couplings.first { $0.evidence == fact }!.criterion
            return
                "\(graph.evidence[fact].sentence(within: [entity])) (\(criterion.rawValue), \(Phrase.number(factWeight)))"
        }
        return EntityExplanation(
            entity: entity, context: assignment.names[context], naming: assignment.namingReasons[context], pulls: pulls,
            ownWork: graph.weight(position, position), ownWorkCouplings: ownWork)
    }

    /// Why the unit of `entity` may not share a context with any of `members`, if a constraint says so.
    private func separation(of entity: Int, from members: [Int]) -> String? {
        let unit = partition.unitOfEntity[entity]
        let units = Set(members.map { partition.unitOfEntity[$0] })
        return partition.firstSeparation(of: unit, from: units)
    }
}
