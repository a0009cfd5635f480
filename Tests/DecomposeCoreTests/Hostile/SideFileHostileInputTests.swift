import DecomposeTestSupport
import Testing

@testable import DecomposeCore

/// The named hostile inputs of issue 5 in the files read beside a model: `--priorities`, `.expected` (compare)
/// and `--decomposition` (an edited `analyze --format json`). Each gives its located diagnostic or the correct
/// result, never a crash, a hang or a stack overflow.
@Suite struct SideFileHostileInputTests {
    static let priorities = [
        HostileCase("empty file", "", []),
        HostileCase(
            "NUL byte", marked: "1️⃣shared-owner = 1\u{0}\n"
        ) { ["priorities.invalidNumber@" + $0.position(1)] },
        HostileCase("BOM and CRLF", HostileCase.withBOMAndCRLF("# ours\nshared-owner = 2\n"), []),
        HostileCase("200,000 braces", HostileCase.nested("{"), ["priorities.expectedAssignment@1:1"]),
        HostileCase("an unknown criterion", marked: "# c\n  1️⃣no-such = 1\n") {
            ["priorities.unknownCriterion@" + $0.position(1)]
        },
    ]

    static let expected = [
        HostileCase("empty file", "", ["expected.noContexts@1:1"]),
        HostileCase("NUL byte", marked: "A: 1️⃣\u{0}\n") { ["expected.malformedLine@" + $0.position(1)] },
        HostileCase("BOM and CRLF", HostileCase.withBOMAndCRLF("// why\nAll: Customer, Order\n"), []),
        HostileCase("200,000 brackets", HostileCase.nested("["), ["expected.malformedLine@1:1"]),
        HostileCase("200,000 braces", HostileCase.nested("{"), ["json.unexpectedCharacter@1:2"]),
    ]

    static let decompositions = [
        HostileCase("empty file", "", ["json.unexpectedEnd@1:1"]),
        HostileCase(
            "200,000 nested brackets", "{\"contexts\": " + HostileCase.nested("["),
            ["json.tooDeep@1:\(13 + JSONParser().maximumDepth)"]),
        HostileCase(
            "a missing entity",
            marked: "{\"contexts\": [{\"name\": \"All\", \"entities\": [1️⃣\"Nope\", \"Order\"]}]}"
        ) { ["decomposition.missingEntity@1:14", "decomposition.unknownEntity@" + $0.position(1)] },
    ]

    @Test(arguments: priorities)
    func prioritiesGiveTheirLocatedDiagnostic(_ hostile: HostileCase) {
        hostile.check(PrioritiesFileParser().parse(hostile.text, path: "p.txt").diagnostics)
    }

    @Test func aBOMAndCRLFPrioritiesFileReadsItsValues() {
        let (priorities, _) = PrioritiesFileParser().parse(
            HostileCase.withBOMAndCRLF("shared-owner = 8\nlinguistic = 0\n"), path: "p.txt")
        #expect(priorities == [.sharedOwner: 8, .linguistic: 0])
    }

    @Test func aLongLineIsCutInTheMessage() throws {
        let diagnostic = try #require(
            PrioritiesFileParser().parse(HostileCase.nested("{"), path: "p.txt").diagnostics.first)
        #expect(diagnostic.message.count < 100)
    }

    @Test(arguments: expected)
    func expectedDecompositionsGiveTheirLocatedDiagnostic(_ hostile: HostileCase) {
        hostile.check(ExpectedDecompositionParser().parse(hostile.text, path: "e.expected").diagnostics)
    }

    @Test(arguments: decompositions)
    func decompositionFilesGiveTheirLocatedDiagnostic(_ hostile: HostileCase) {
        let (decomposition, diagnostics) = DecompositionFileReader().read(
            hostile.text, path: "d.json", model: ScaffoldModels.shop)
        hostile.check(diagnostics)
        #expect(decomposition == nil)
    }
}
