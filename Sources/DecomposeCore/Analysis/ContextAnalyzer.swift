/// Suggests bounded contexts for a resolved model, explains them, and maps how they relate.
///
/// The steps: group entities into atomic units (aggregates, hierarchies, keep-together groups, pins)
/// with cannot-link constraints (zones, pins, keep-apart); score every pair of entities with the
/// coupling criteria and weigh the scores by priority; cluster the units with Leiden; name the
/// clusters; then derive relationships, sagas, findings and metrics, and score the result against the
/// contexts the model already declares. The same model and options always give the same result.
public struct ContextAnalyzer: Sendable {
    public var options: AnalysisOptions

    /// The modularity resolution for a graph of `unitCount` units: √(units / 3) kept within 1…3, √(units / 10)
    /// from 90 units on, and units / 100 from 1,000 units on (each piece continues the previous one).
    ///
    /// Modularity charges a context for joining another by γ·K_a·K_b / 2m (K: the contexts' coupling
    /// weights, 2m: the whole model's), so at resolution 1 it merges contexts smaller than about √(2m)
    /// (its resolution limit). Growing the resolution with the size of the model keeps contexts at the
    /// size of a few aggregates, the size teams own and deploy on their own, while small models are not
    /// shattered; 3 suits models of tens of aggregates, and √(units / 10) models of hundreds. From 1,000
    /// units on the resolution grows linearly: 2m = units × k̄ (k̄: the mean unit strength), so the penalty
    /// γ / 2m = 1 / (100 k̄) no longer shrinks as the model grows, and two contexts of a given size and
    /// coupling are kept apart (or merged) the same way in a model of 1,000 or 100,000 units. Under √ growth
    /// the penalty kept shrinking as 1/√units: at 100,000 entities in contexts of 5, 40 % of them merged.
    public static func resolution(unitCount: Int) -> Double {
        let units = Double(unitCount)
        return max(1, min(3, (units / 3).squareRoot()), (units / 10).squareRoot(), units / 100)
    }

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    /// The decomposition of `model` (which `ModelBuilder` has resolved).
    public func analyze(_ model: DomainModel) -> AnalysisResult {
        var diagnostics: [Diagnostic] = []
        var requested = options.contextCount
        if let count = requested, count < 1 {
            diagnostics.append(
                .error(
                    "analysis.invalidContextCount", "the number of contexts must be at least 1, not \(count)", at: nil))
            requested = nil
        }
        let index = EntityIndex(model)
        let partition = AtomicUnitBuilder().partition(index)
        let graph = CouplingGraphBuilder(priorities: options.effectivePriorities).build(index, partition)
        let (clusters, resolution, joined) = cluster(partition, graph, requested)
        let assignment = ContextAssignment(
            clusters: clusters, namings: ContextNamer().names(of: clusters, index, partition, graph),
            entityCount: index.count)
        let homes = UseCaseHomes(assignment, index)
        let dependencies = ContextDependencies(assignment, index, homes)
        let sagas = SagaDetector().sagas(assignment, index)
        let detector = FindingDetector(
            assignment: assignment, index: index, graph: graph, partition: partition, dependencies: dependencies)
        var decomposition = Decomposition(
            system: model.system.name,
            contexts: ContextBuilder().contexts(
                assignment, index, graph, homes, joined: joined,
                boundaries: BoundaryExplainer(
                    assignment, graph, partition, resolution: resolution, countWasRequested: requested != nil)),
            relationships: RelationshipAnalyzer().relationships(assignment, dependencies, index, graph),
            sagas: sagas,
            findings: detector.findings(requestedCount: requested),
            metrics: MetricsCalculator().metrics(assignment, graph, distributedUseCases: sagas.count))
        decomposition.currentDecomposition = CurrentDecompositionComparer().compare(model, with: decomposition)
        return AnalysisResult(
            decomposition: decomposition, diagnostics: diagnostics, graph: graph, assignment: assignment,
            partition: partition)
    }

    /// Entity numbers per cluster, ordered by their smallest entity, the resolution that found them, and the
    /// entities that joined a context instead of standing alone (`OneEntityContexts`).
    ///
    /// A partition whose modularity at resolution 1 is negative couples its contexts to each other more than
    /// within, worse than no split at all: the raised resolution shatters models whose only structure is a hub
    /// (every entity referring to one, nothing else), one context per entity. Then, unless a number of
    /// contexts was asked for, the units are clustered again at resolution 1, and that partition is kept when
    /// it scores higher.
    private func cluster(
        _ partition: UnitPartition, _ graph: CouplingGraph, _ requested: Int?
    ) -> (clusters: [[Int]], resolution: Double, joined: [Int]) {
        var resolution = Self.resolution(unitCount: partition.units.count)
        guard !partition.units.isEmpty else { return ([], resolution, []) }
        let unitGraph = graph.unitGraph(partition)
        let clustering = { (resolution: Double) in
            LeidenClustering(resolution: resolution, seed: options.seed, quality: .modularity)
                .cluster(
                    unitGraph, cannotLink: partition.cannotLink, exclusive: partition.pinLabels, targetCount: requested
                ).labels
        }
        var labels = clustering(resolution)
        var joinedUnits: [Int] = []
        if requested == nil {
            let score = Modularity.score(graph: unitGraph, labels: labels)
            if score < 0 {
                let plain = clustering(1)
                if Modularity.score(graph: unitGraph, labels: plain) > score { (labels, resolution) = (plain, 1) }
            }
            (labels, joinedUnits) = OneEntityContexts(partition, unitGraph).joined(labels)
        }
        var clusters: [Int: [Int]] = [:]
        for (unit, label) in labels.enumerated() {
            clusters[label, default: []] += partition.units[unit].members
        }
        return (
            clusters.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }, resolution,
            joinedUnits.flatMap { partition.units[$0].members }
        )
    }
}
