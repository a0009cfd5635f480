/// A named table of criterion priorities: which reasons for togetherness matter most.
public enum AnalysisPreset: String, Sendable, Hashable, CaseIterable {
    /// Use cases first, with ownership, names and references as supporting evidence.
    case balanced
    /// Use cases dominate: contexts follow what changes together in one operation.
    case cohesion
    /// Ownership dominates: contexts follow team boundaries (Conway's law).
    case teams
    /// References and non-functional characteristics dominate: contexts follow the data.
    case data

    /// One sentence describing when to choose the preset.
    public var summary: String {
        switch self {
        case .balanced: "Use cases first, supported by ownership, names and references (the default)."
        case .cohesion: "Use cases dominate: what is written together stays together."
        case .teams: "Team ownership dominates: contexts follow the organisation (Conway's law)."
        case .data: "References and non-functional characteristics dominate: contexts follow the data."
        }
    }

    /// The priority of `criterion` in this preset (0 switches a criterion off).
    public func priority(of criterion: CouplingCriterion) -> Double {
        switch (self, criterion) {
        case (_, .identityLifecycle): 10
        case (.balanced, .useCase): 5
        case (.balanced, .eventFlow): 0.5
        case (.balanced, .reference): 1
        case (.balanced, .sharedOwner): 3
        case (.balanced, .linguistic): 2
        case (.balanced, .characteristics): 1
        case (.cohesion, .useCase): 10
        case (.cohesion, .eventFlow): 1
        case (.cohesion, .reference): 0.5
        case (.cohesion, .sharedOwner): 1
        case (.cohesion, .linguistic): 1
        case (.cohesion, .characteristics): 0.5
        case (.teams, .useCase): 3
        case (.teams, .eventFlow): 0.5
        case (.teams, .reference): 0.5
        case (.teams, .sharedOwner): 12
        case (.teams, .linguistic): 1
        case (.teams, .characteristics): 0.5
        case (.data, .useCase): 2
        case (.data, .eventFlow): 0.5
        case (.data, .reference): 4
        case (.data, .sharedOwner): 1
        case (.data, .linguistic): 2
        case (.data, .characteristics): 4
        }
    }

    /// Every criterion's priority in this preset, with `overrides` taking precedence.
    public func priorities(overriddenBy overrides: [CouplingCriterion: Double] = [:]) -> [CouplingCriterion: Double] {
        Dictionary(uniqueKeysWithValues: CouplingCriterion.allCases.map { ($0, overrides[$0] ?? priority(of: $0)) })
    }
}
