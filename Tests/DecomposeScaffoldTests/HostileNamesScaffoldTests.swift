import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// Names from an edited decomposition or a JSON model reach docker-compose.yml, nginx.conf, SQL, Swift and
/// Markdown; each file must read them as names, never as its own syntax.
@Suite struct HostileNamesScaffoldTests {
    /// The context name of the issue's report: it made compose run `attacker/x` as a service `evil`.
    static let composeBreaker = "Order\n  evil:\n    image: attacker/x"
    /// A name with every character some target reads as syntax.
    static let everything = "Sales | *bold* `code` <script>\"x\"</script> \\ # [link](y) \r\n-- ; DROP TABLE t"

    /// The shop's scaffold with the given context names, rendered with the embedded templates, by path.
    static func render(_ first: String, _ second: String) throws -> [String: String] {
        let model = ScaffoldModels.shop
        let text = ScaffoldModels.decompositionJSON([
            (first, ["Order", "OrderLine", "Customer"]), (second, ["Product"]),
        ])
        let decomposition = try #require(
            DecompositionFileReader().read(text, path: "d.json", model: model).decomposition)
        let plan = ScaffoldPlanner().plan(model: model, decomposition: decomposition)
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        return Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
    }

    /// The lines of `text` that contain `marker`.
    static func lines(of text: String, containing marker: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.contains(marker) }
    }

    @Test func composeAndNginxKeepAHostileContextNameInComments() throws {
        let files = try Self.render(Self.composeBreaker, Self.everything)
        let compose = try #require(files["docker-compose.yml"])
        #expect(!compose.contains("\n  evil:"))
        #expect(compose.contains("  # Order   evil:     image: attacker/x: owns"), "the name is shown, on one line")
        for line in Self.lines(of: compose, containing: "attacker/x")
            + Self.lines(of: compose, containing: "DROP TABLE t")
        {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("#"), "\(line)")
        }
        let nginx = try #require(files["gateway/nginx.conf"])
        for line in Self.lines(of: nginx, containing: "attacker/x") + Self.lines(of: nginx, containing: "DROP TABLE t")
        {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("#"), "\(line)")
        }
        let environment = try #require(files[".env.example"])
        for line in Self.lines(of: environment, containing: "attacker/x") {
            #expect(line.hasPrefix("#"), "\(line)")
        }
    }

    @Test func swiftSourcesAndManifestsKeepItInComments() throws {
        let files = try Self.render(Self.composeBreaker, Self.everything)
        #expect(
            files["services/order-evil-image-attacker-x/Package.swift"]?.contains(
                "the Order   evil:     image: attacker/x bounded context") == true)
        for (path, text) in files where path.hasSuffix(".swift") {
            for line in Self.lines(of: text, containing: "attacker/x")
                + Self.lines(of: text, containing: "DROP TABLE t")
            {
                #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("//"), "\(path): \(line)")
            }
        }
    }

    @Test func markdownShowsItAsTextInItsTableCell() throws {
        let files = try Self.render(Self.composeBreaker, Self.everything)
        let readme = try #require(files["README.md"])
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| [`") }
        #expect(rows.count == 2)
        for row in rows {
            let bars = row.filter { $0 == "|" }.count - row.components(separatedBy: "\\|").count + 1
            #expect(bars == 6, "\(row)")
        }
        #expect(!readme.contains("<script>"))
        #expect(readme.contains("&lt;script&gt;"))
        for (path, text) in files where path.hasSuffix("README.md") {
            #expect(!text.contains("\r"), "\(path)")
        }
    }

    @Test func textEscapingKeepsEachNameOnItsLineAndPlain() {
        #expect(MarkdownText.comment(Self.composeBreaker) == "Order   evil:     image: attacker/x")
        #expect(MarkdownText.plain("a|b *c* <d> \\ `e` [f]") == "a\\|b \\*c\\* &lt;d&gt; \\\\ \\`e\\` \\[f\\]")
        #expect(!MarkdownText.plain("a\nb\u{0}c").contains { $0.isNewline || $0 == "\u{0}" })
    }
}
