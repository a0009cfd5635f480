import DecomposeTestSupport
import Testing

@testable import DecomposeCore

/// The context map of the e-commerce fixture in every format, against committed golden files.
@Suite struct DiagramGoldenTests {
    @Test(arguments: DiagramFormat.allCases)
    func ecommerceMatchesTheGoldenFile(format: DiagramFormat) throws {
        let decomposition = try DiagramSamples.fixture("ecommerce.domain")
        let text = DiagramRenderer().render(decomposition, format: format)
        GoldenFile.assertMatches(text, "golden/diagrams/ecommerce.\(format.fileExtension)")
    }

    @Test func formatsAreNamedByFileExtensions() {
        for format in DiagramFormat.allCases {
            #expect(DiagramFormat(fileName: "map.\(format.fileExtension)") == format)
        }
        #expect(DiagramFormat(fileName: "out/Map.GV") == .dot)
        #expect(DiagramFormat(fileName: "map.mermaid") == .mermaid)
        #expect(DiagramFormat(fileName: "map.png") == nil)
        #expect(DiagramFormat(fileName: "svg") == nil)
        #expect(DiagramFormat(fileName: "maps.svg/file") == nil)
    }

    @Test(arguments: DiagramFormat.allCases)
    func renderingIsDeterministic(format: DiagramFormat) throws {
        let first = DiagramRenderer().render(try DiagramSamples.fixture("ecommerce.domain"), format: format)
        let second = DiagramRenderer().render(try DiagramSamples.fixture("ecommerce.domain"), format: format)
        #expect(first == second)
        let generated = DiagramSamples.generated(contexts: 24)
        #expect(
            DiagramRenderer().render(generated, format: format) == DiagramRenderer().render(generated, format: format))
    }
}
