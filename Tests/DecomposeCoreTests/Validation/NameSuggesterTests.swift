import Testing

@testable import DecomposeCore

@Suite struct NameSuggesterTests {
    @Test(arguments: [
        ("Custmer", "Customer"), ("emial", "email"), ("customer", "Customer"), ("Strng", "String"),
        ("volitility", "volatility"),
    ])
    func suggestsCloseNames(_ typo: String, _ expected: String) {
        let suggester = NameSuggester(["Customer", "email", "String", "volatility", "Order"])
        #expect(suggester.suggestion(for: typo) == expected)
    }

    @Test func staysQuietWhenNothingIsClose() {
        let suggester = NameSuggester(["Customer", "Order"])
        #expect(suggester.suggestion(for: "Payment") == nil)
        #expect(suggester.suggestion(for: "Order") == nil)
        #expect(suggester.hint(for: "Xy") == "")
    }

    @Test func tiesGoToTheAlphabeticallyFirst() {
        #expect(NameSuggester(["Cat", "Bat"]).suggestion(for: "at") == "Bat")
    }
}
