import Testing

@testable import DecomposeCore

@Suite struct AnalysisPresetTests {
    @Test func criteriaHaveKebabCaseIdsAndSummaries() {
        for criterion in CouplingCriterion.allCases {
            #expect(criterion.rawValue == criterion.rawValue.lowercased())
            #expect(!criterion.rawValue.contains(" "))
            #expect(criterion.summary.hasSuffix("."))
            #expect(criterion.defaultPriority == AnalysisPreset.balanced.priority(of: criterion))
        }
    }

    @Test func useCasesOutweighReferencesInTheDefault() {
        #expect(CouplingCriterion.useCase.defaultPriority > CouplingCriterion.reference.defaultPriority)
        #expect(CouplingCriterion.useCase.defaultPriority > CouplingCriterion.eventFlow.defaultPriority)
    }

    @Test func eachPresetLetsItsConcernDominate() {
        let cohesion = AnalysisPreset.cohesion.priorities()
        #expect(
            cohesion[.useCase]! > cohesion.filter { $0.key != .useCase && $0.key != .identityLifecycle }.values.max()!)
        let teams = AnalysisPreset.teams.priorities()
        #expect(teams[.sharedOwner]! > teams.filter { $0.key != .sharedOwner }.values.max()!)
        let data = AnalysisPreset.data.priorities()
        #expect(data[.reference]! > data[.useCase]! && data[.characteristics]! > data[.useCase]!)
    }
}
