import DecomposeTestSupport
import Testing

@testable import DecomposeCore

/// The context map of the e-commerce fixture in every format, against committed golden files.
@Suite struct DiagramGoldenTests {
    static let extensions: [DiagramFormat: String] = [.svg: "svg", .mermaid: "mmd", .plantuml: "puml", .dot: "dot"]

    @Test(arguments: DiagramFormat.allCases)
    func ecommerceMatchesTheGoldenFile(format: DiagramFormat) throws {
        let decomposition = try DiagramSamples.fixture("ecommerce.domain")
        let text = DiagramRenderer().render(decomposition, format: format)
        GoldenFile.assertMatches(text, "golden/diagrams/ecommerce.\(Self.extensions[format] ?? format.rawValue)")
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
