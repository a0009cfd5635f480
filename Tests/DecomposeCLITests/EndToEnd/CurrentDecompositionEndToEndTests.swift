import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// A Context Mapper model of the monolith as one APPLICATION context of four aggregates, through the built binary:
/// the suggestion is made afresh and the declared context is reported beside it in every format; `--keep-contexts`
/// pins it as before.
@Suite struct CurrentDecompositionEndToEndTests {
    private let monolith = PackagePaths.fixture("formats/cml/monolith.cml").path

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-current-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aMonolithIsSplitAndItsContextReportedBesideTheSuggestion() throws {
        let result = try ToolRunner.run(["analyze", monolith])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.first
                == "Library: 4 suggested bounded contexts for 9 entities; the model declares 1 current context "
                + "(compared at the end)")
        let current = try #require(lines.firstIndex(of: "Current decomposition (declared in the model)"))
        #expect(
            Array(lines[(current + 1)...(current + 4)]) == [
                "  LibraryMonolith: Book, Copy, Fine, FinePayment, Loan, Member, PostalAddress, Renewal, Reservation",
                "  MoJoFM               62.50", "  adjusted Rand index  0.000", "  entities compared    9",
            ])
        #expect(lines[current + 5].contains("here k = 4, n = 9"))
        #expect(lines[current + 6].hasPrefix("  Steps from the suggestion back to the current decomposition (3;"))
        #expect(lines[current + 7].hasSuffix("(current LibraryMonolith)"))
        #expect(!result.standardOutput.contains("pinned"))
    }

    @Test func theJSONAndMarkdownReportsCarryTheCurrentDecomposition() throws {
        let json = try ToolRunner.run(["analyze", monolith, "--format", "json"])
        #expect(json.exitCode == 0, "\(json.standardError)")
        let document = try #require(JSONParser().parse(json.standardOutput, path: "stdout").value)
        #expect((document["contexts"]?.arrayValue?.count ?? 0) > 1)
        let current = try #require(document["currentDecomposition"])
        #expect(current["contexts"]?.arrayValue?.map { $0["name"]?.stringValue } == ["LibraryMonolith"])
        #expect(current["contexts"]?.arrayValue?.first?["entities"]?.arrayValue?.count == 9)
        #expect(current["mojoFM"]?.numberValue?.text == "62.5")
        #expect(current["suggestedContextCount"]?.numberValue?.intValue == 4)
        let moves = current["moves"]?.arrayValue ?? []
        #expect(moves.count == 3 && moves.allSatisfy { $0["current"] == .string("LibraryMonolith") })

        let markdown = try ToolRunner.run(["analyze", monolith, "--format", "markdown"])
        #expect(markdown.exitCode == 0)
        #expect(markdown.standardOutput.contains("## Current decomposition\n"))
        #expect(markdown.standardOutput.contains("| LibraryMonolith | Book, Copy, Fine, FinePayment, Loan,"))
        #expect(markdown.standardOutput.contains("| MoJoFM | 62.50 |"))
    }

    @Test func theReportPageHasACurrentDecompositionSectionAndTheDiagramStaysTheMap() throws {
        let report = try ToolRunner.run(["report", monolith])
        #expect(report.exitCode == 0, "\(report.standardError)")
        let page = report.standardOutput
        #expect(page.contains("<section id=\"current-decomposition\">\n<h2>Current decomposition</h2>\n"))
        #expect(page.contains("<li><a href=\"#current-decomposition\">Current decomposition</a></li>"))
        #expect(page.contains("<div><dt>MoJoFM</dt><dd>62.50</dd></div>"))
        #expect(HTMLPageChecks.nestingProblem(in: page) == nil)
        let ids = HTMLPageChecks.ids(in: page)
        #expect(Set(ids).count == ids.count)

        let diagram = try ToolRunner.run(["diagram", monolith, "--format", "mermaid"])
        #expect(diagram.exitCode == 0)
        #expect(!diagram.standardOutput.contains("LibraryMonolith"))
    }

    /// `--keep-contexts` is the old behaviour: the declared context is a pin, and nothing is compared.
    @Test func keepContextsPinsTheDeclaredContexts() throws {
        let kept = try ToolRunner.run(["analyze", monolith, "--keep-contexts"])
        #expect(kept.exitCode == 0, "\(kept.standardError)")
        #expect(kept.standardOutput.hasPrefix("Library: 1 suggested bounded context for 9 entities\n"))
        #expect(kept.standardOutput.contains("LibraryMonolith  (cohesion 1.00)  pinned\n"))
        #expect(!kept.standardOutput.contains("Current decomposition"))
        let help = try ToolRunner.run(["report", "--help"])
        #expect(help.standardOutput.contains("  --keep-contexts "))
    }

    /// The current decomposition survives `convert` to the domain language and to JSON, and reads back the same.
    @Test func theCurrentDecompositionRoundTripsThroughConvert() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let domain = try ToolRunner.run(["convert", monolith, "--to", "domain", "-o", "library.domain"], in: folder)
        #expect(domain.exitCode == 0, "\(domain.standardError)")
        let text = try String(contentsOf: folder.appendingPathComponent("library.domain"), encoding: .utf8)
        #expect(text.contains("current-context LibraryMonolith { Catalogue, Members, Lending, Fees }\n"))
        let json = try ToolRunner.run(["convert", "library.domain", "--to", "json", "-o", "library.json"], in: folder)
        #expect(json.exitCode == 0, "\(json.standardError)")
        let original = try ToolRunner.run(["analyze", monolith, "--format", "json"])
        for converted in ["library.domain", "library.json"] {
            let again = try ToolRunner.run(["analyze", converted, "--format", "json"], in: folder)
            #expect(again.exitCode == 0, "\(again.standardError)")
            #expect(again.standardOutput == original.standardOutput, "\(converted)")
        }
    }

    /// A JHipster monolith application (JHipster's default type) is the current decomposition too.
    @Test func aJHipsterMonolithApplicationIsTheCurrentDecomposition() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        application { config { baseName shop } entities * }
        entity Product { title String }
        entity Customer { name String }
        """.write(to: folder.appendingPathComponent("shop.jdl"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["analyze", "shop.jdl"], in: folder)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\nCurrent decomposition (declared in the model)\n  shop:"))
        let kept = try ToolRunner.run(["analyze", "shop.jdl", "--keep-contexts"], in: folder)
        #expect(kept.standardOutput.contains("shop  (cohesion"))
    }
}
