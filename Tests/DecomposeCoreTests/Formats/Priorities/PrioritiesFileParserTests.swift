import Testing

@testable import DecomposeCore

@Suite struct PrioritiesFileParserTests {
    @Test func readsAssignmentsAndComments() {
        let text = """
            # we trust our team boundaries
            shared-owner = 8
              linguistic=0   # names mislead here

            use-case = 2.5
            """
        let (priorities, diagnostics) = PrioritiesFileParser().parse(text, path: "p.txt")
        #expect(priorities == [.sharedOwner: 8, .linguistic: 0, .useCase: 2.5])
        #expect(diagnostics.isEmpty)
    }

    @Test func reportsUnknownCriteriaWithTheirLine() throws {
        let (priorities, diagnostics) = PrioritiesFileParser().parse("use-case = 1\n  coupling = 3\n", path: "p.txt")
        #expect(priorities == [.useCase: 1])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.id == "priorities.unknownCriterion")
        #expect(diagnostic.location?.start == SourceLocation(file: "p.txt", line: 2, column: 3))
        #expect(diagnostic.notes.first?.message.hasPrefix("known criteria: identity-lifecycle, use-case") == true)
    }

    @Test(arguments: ["use-case = many", "use-case = -1", "use-case = "])
    func rejectsInvalidNumbers(line: String) {
        let (priorities, diagnostics) = PrioritiesFileParser().parse(line, path: "p.txt")
        #expect(priorities.isEmpty)
        #expect(diagnostics.map(\.id) == ["priorities.invalidNumber"])
    }

    @Test func rejectsLinesWithoutAssignment() {
        let (_, diagnostics) = PrioritiesFileParser().parse("use-case 3", path: "p.txt")
        #expect(diagnostics.map(\.id) == ["priorities.expectedAssignment"])
    }

    @Test func warnsAboutRepeatedCriteria() {
        let (priorities, diagnostics) = PrioritiesFileParser().parse("reference = 1\nreference = 2", path: "p.txt")
        #expect(priorities == [.reference: 2])
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func overridesReplaceThePresetsPriorities() {
        let options = AnalysisOptions(preset: .teams, priorities: [.linguistic: 7])
        #expect(options.effectivePriorities[.linguistic] == 7)
        #expect(options.effectivePriorities[.sharedOwner] == AnalysisPreset.teams.priority(of: .sharedOwner))
    }
}
