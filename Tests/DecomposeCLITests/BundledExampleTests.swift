import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCLI

/// The example `analyze` falls back to is generated from Fixtures/ecommerce.domain; this test keeps
/// the two in step and regenerates the Swift source with DECOMPOSE_RECORD=1.
@Suite struct BundledExampleTests {
    @Test func embeddedTextEqualsTheFixture() throws {
        let fixture = try String(contentsOf: PackagePaths.fixture("ecommerce.domain"), encoding: .utf8)
        #expect(BundledExample.text == fixture)
        GoldenFile.assertMatches(
            Self.source(for: fixture),
            file: PackagePaths.root.appendingPathComponent("Sources/DecomposeCLI/BundledExample.swift"))
    }

    @Test func rawStringDelimiterOutgrowsTheText() {
        #expect(SwiftStringLiteral.delimiter(for: "plain") == "#")
        #expect(SwiftStringLiteral.delimiter(for: "a \"# b") == "##")
        #expect(SwiftStringLiteral.delimiter(for: "a \\## b \"#") == "###")
    }

    /// The Swift source embedding `text` as a raw string literal.
    static func source(for text: String) -> String {
        """
        // Generated from Fixtures/ecommerce.domain by BundledExampleTests; do not edit.
        // Regenerate with: DECOMPOSE_RECORD=1 swift test --filter BundledExampleTests

        /// The e-commerce example `decompose analyze` reads when no model is given.
        enum BundledExample {
            /// The path that diagnostics name for the example.
            static let path = "ecommerce.domain"

            /// The text of Fixtures/ecommerce.domain.
            static let text = \(SwiftStringLiteral.multiline(text, indent: 8))
        }

        """
    }
}
