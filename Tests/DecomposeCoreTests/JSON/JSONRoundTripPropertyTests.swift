import Testing

@testable import DecomposeCore

/// `JSONParser` reads back exactly what `JSONWriter` writes, for generated documents with awkward
/// strings (quotes, backslashes, control characters, non-BMP characters) and nesting.
@Suite struct JSONRoundTripPropertyTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    private struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private static let alphabet: [Unicode.Scalar] = [
        "a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "€", "😀", "\u{FEFF}",
    ]

    private func string(_ generator: inout Generator) -> String {
        var text = ""
        for _ in 0..<generator.next(8) {
            text.unicodeScalars.append(Self.alphabet[generator.next(Self.alphabet.count)])
        }
        return text
    }

    private func value(_ generator: inout Generator, depth: Int) -> JSONValue {
        switch generator.next(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(generator.next(2) == 0)
        case 2: return .int(generator.next(2_000_001) - 1_000_000)
        case 3:
            return .number(
                JSONNumber(text: ["0", "-0.5", "1e10", "2.5E-3", "123456789012345678901234"][generator.next(5)]))
        case 4: return .string(string(&generator))
        case 5: return .array((0..<generator.next(4)).map { _ in value(&generator, depth: depth + 1) })
        default:
            var members: [(key: String, value: JSONValue)] = []
            for index in 0..<generator.next(4) {
                members.append((key: "\(index)" + string(&generator), value: value(&generator, depth: depth + 1)))
            }
            return .object(members)
        }
    }

    @Test(arguments: 1...200)
    func writtenDocumentsReadBackUnchanged(seed: Int) {
        var generator = Generator(state: UInt64(seed))
        let original = value(&generator, depth: 0)
        let text = JSONWriter().write(original)
        let parsed = JSONParser().parse(text, path: "p.json")
        #expect(parsed.diagnostics.isEmpty, "\(text)")
        #expect(parsed.value == original, "\(text)")
    }
}
