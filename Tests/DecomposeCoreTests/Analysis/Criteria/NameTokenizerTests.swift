import Testing

@testable import DecomposeCore

@Suite struct NameTokenizerTests {
    @Test(arguments: [
        ("OrderLine", ["Order", "Line"]), ("HTTPRequest", ["HTTP", "Request"]),
        ("order_history2", ["order", "history"]),
        ("Customer", ["Customer"]), ("KYCCase", ["KYC", "Case"]),
    ])
    func splitsIdentifiersIntoWords(name: String, words: [String]) {
        #expect(NameTokenizer().words(of: name) == words)
    }

    @Test(arguments: [
        ("Orders", "order"), ("Categories", "category"), ("Address", "address"), ("Status", "status"), ("Bus", "bus"),
    ])
    func stemsWords(word: String, stem: String) {
        #expect(NameTokenizer().stem(word) == stem)
    }
}
