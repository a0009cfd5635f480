import Testing

@testable import DecomposeCore

/// One named hostile input of issue 5 and the diagnostics it must give, generated in code so that no giant
/// fixture is committed.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// The case's name, shown by the test runner instead of the (possibly huge) text.
    var name: String
    var text: String
    /// `id@line:column` of each diagnostic the case must give, in file order (`MarkedSource` positions).
    var expected: [String]

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    /// A case whose text holds position markers (`1️⃣`…), so expectations can name them.
    init(_ name: String, marked: String, _ expected: (MarkedSource) -> [String]) {
        let source = MarkedSource(marked)
        self.init(name, source.text, expected(source))
    }

    var testDescription: String { name }

    /// `count` copies of `opener` (200,000 by default): nesting far deeper than any limit.
    static func nested(_ opener: String, count: Int = 200_000) -> String {
        String(repeating: opener, count: count)
    }

    /// About `size` bytes of tokens drawn from `vocabulary`, separated by spaces and line breaks; the same text
    /// for the same seed.
    static func randomTokens(_ vocabulary: [String], size: Int, seed: UInt64 = 5) -> String {
        var random = SplitMix64(seed: seed)
        var text = ""
        text.reserveCapacity(size + 64)
        while text.utf8.count < size {
            text += vocabulary[random.nextInt(below: vocabulary.count)]
            text += random.nextInt(below: 4) == 0 ? "\n" : " "
        }
        return text
    }

    /// `text` with a UTF-8 byte order mark and CRLF line ends, as Windows editors save it.
    static func withBOMAndCRLF(_ text: String) -> String {
        "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// Checks that `diagnostics` are exactly the expected ones, each located inside `text`.
    func check(_ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(
            diagnostics.sortedByLocation().map(\.idAndPosition) == expected, "\(name)", sourceLocation: sourceLocation)
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        for diagnostic in diagnostics {
            let start = diagnostic.location?.start
            #expect(
                start.map { $0.line >= 1 && $0.line <= lines && $0.column >= 1 } == true,
                "\(name): \(diagnostic.idAndPosition) is not inside the text", sourceLocation: sourceLocation)
        }
    }
}
