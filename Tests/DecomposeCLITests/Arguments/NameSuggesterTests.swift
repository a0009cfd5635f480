import Testing

@testable import DecomposeCLI

@Suite struct NameSuggesterTests {
    @Test(arguments: [("formt", "format"), ("analyse", "analyze"), ("valdiate", "validate"), ("Custmer", "Customer")])
    func suggestsCloseNames(_ typo: String, _ expected: String) {
        let candidates = ["format", "analyze", "validate", "Customer", "Cart"]
        #expect(NameSuggester.suggestion(for: typo, among: candidates) == expected)
    }

    @Test func staysQuietForDistantNames() {
        #expect(NameSuggester.suggestion(for: "xyz", among: ["format", "analyze"]) == nil)
    }

    @Test func countsAnAdjacentSwapAsOneEdit() {
        #expect(NameSuggester.editDistance("ab", "ba") == 1)
        #expect(NameSuggester.editDistance("kitten", "sitting") == 3)
    }
}
