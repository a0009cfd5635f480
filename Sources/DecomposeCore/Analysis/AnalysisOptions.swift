/// How the analysis weighs its criteria and how many contexts it aims for.
public struct AnalysisOptions: Sendable, Hashable {
    public var preset: AnalysisPreset
    /// Per-criterion priorities that replace the preset's (from a priorities file).
    public var priorities: [CouplingCriterion: Double]
    /// `--contexts N`: the exact number of contexts wanted; `nil` lets modularity decide.
    public var contextCount: Int?
    /// The seed of the clustering's random choices; the same seed gives the same result.
    public var seed: UInt64

    public init(
        preset: AnalysisPreset = .balanced, priorities: [CouplingCriterion: Double] = [:], contextCount: Int? = nil,
        seed: UInt64 = 1
    ) {
        self.preset = preset
        self.priorities = priorities
        self.contextCount = contextCount
        self.seed = seed
    }

    /// The priority of every criterion: the preset's table with the overrides applied.
    public var effectivePriorities: [CouplingCriterion: Double] { preset.priorities(overriddenBy: priorities) }
}
