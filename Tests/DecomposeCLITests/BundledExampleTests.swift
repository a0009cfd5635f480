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
        #expect(Self.delimiter(for: "plain") == "#")
        #expect(Self.delimiter(for: "a \"# b") == "##")
        #expect(Self.delimiter(for: "a \\## b \"#") == "###")
    }

    /// The Swift source embedding `text` as a raw string literal, laid out as swift-format leaves it:
    /// every non-empty line indented to the closing delimiter, which the compiler strips again.
    static func source(for text: String) -> String {
        let hashes = delimiter(for: text)
        let indent = String(repeating: " ", count: 8)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : indent + $0 }
            .joined(separator: "\n")
        return """
            // Generated from Fixtures/ecommerce.domain by BundledExampleTests; do not edit.
            // Regenerate with: DECOMPOSE_RECORD=1 swift test --filter BundledExampleTests

            /// The e-commerce example `decompose analyze` reads when no model is given.
            enum BundledExample {
                /// The path that diagnostics name for the example.
                static let path = "ecommerce.domain"

                /// The text of Fixtures/ecommerce.domain.
                static let text = \(hashes)\"\"\"

            """ + body + "\n\(indent)\"\"\"\(hashes)\n}\n"
    }

    /// The shortest run of `#` that neither `"` nor `\` is followed by anywhere in `text`.
    static func delimiter(for text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) {
            hashes += "#"
        }
        return hashes
    }
}
