import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCLI

/// `decompose report` run the way a user runs it: where the page goes, that it holds the real context map, loads
/// nothing, and is the same bytes every time.
@Suite struct ReportCommandTests {
    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("decompose-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func decomposition() throws -> Decomposition {
        let text = try String(contentsOfFile: ecommerce, encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: ecommerce).model)
        return ContextAnalyzer().analyze(model).decomposition
    }

    @Test func writesTheFileAndPrintsNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["report", ecommerce, "-o", "report.html"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.isEmpty && result.standardError.isEmpty)
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func pipedOutputIsThePageAndTheSameEveryTime() throws {
        let first = try ToolRunner.run(["report", ecommerce])
        let second = try ToolRunner.run(["report", ecommerce], in: URL(fileURLWithPath: "/tmp"))
        #expect(first.exitCode == 0)
        #expect(first.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func aTerminalGetsAHintInsteadOfMarkup() {
        let capture = DecomposeToolTests.Capture()
        let context = CommandContext(
            environment: [:], standardOutputIsTerminal: true, standardErrorIsTerminal: false,
            write: { capture.append($0, $1) })
        #expect(DecomposeTool.run(["report", ecommerce], in: context) == .usage)
        #expect(capture.standardOutput.isEmpty)
        #expect(capture.standardError.contains("-o report.html"))
    }

    @Test func thePageHoldsTheDiagramRenderersMapAndLoadsNothing() throws {
        let page = try ToolRunner.run(["report", ecommerce]).standardOutput
        let decomposition = try decomposition()
        let svgStart = try #require(page.firstRange(of: "<svg "))
        let svgEnd = try #require(page.ranges(of: "</svg>").last)
        let map = page[svgStart.lowerBound..<svgEnd.upperBound]
        for context in decomposition.contexts {
            #expect(map.contains(">\(context.name)<"), "\(context.name) on the map")
        }
        let drawn = DiagramRenderer().render(decomposition, format: .svg)
        let drawnBody = try #require(drawn.firstRange(of: "<title"))
        #expect(map.contains(drawn[drawnBody.lowerBound...].trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(HTMLPageChecks.networkResources(in: page).isEmpty)
        #expect(HTMLPageChecks.nestingProblem(in: page) == nil)
        let ids = HTMLPageChecks.ids(in: page)
        #expect(Set(ids).count == ids.count, "duplicate ids")
    }

    /// Inlined, the map's stylesheet applies to the whole page and the page's to the map: no class selector of one
    /// may be a class the other uses.
    @Test func theMapsStylesDoNotReachThePage() throws {
        let page = try ToolRunner.run(["report", ecommerce]).standardOutput
        let svgStart = try #require(page.firstRange(of: "<svg "))
        let svgEnd = try #require(page.ranges(of: "</svg>").last)
        let map = String(page[svgStart.lowerBound..<svgEnd.upperBound])
        let html = String(page[..<svgStart.lowerBound]) + String(page[svgEnd.upperBound...])
        let mapStyle = map.matches(of: /<style>([\s\S]*?)<\/style>/).map { String($0.output.1) }.joined()
        let mapSelectors = Set(mapStyle.matches(of: /\.([A-Za-z][\w-]*)/).map { String($0.output.1) })
        let pageClasses = Set(
            html.matches(of: /class="([^"]*)"/).flatMap { $0.output.1.split(separator: " ").map(String.init) })
        let pageStyle = html.matches(of: /<style>([\s\S]*?)<\/style>/).map { String($0.output.1) }.joined()
        let pageSelectors = Set(pageStyle.matches(of: /\.([A-Za-z][\w-]*)/).map { String($0.output.1) })
        let mapClasses = Set(
            map.matches(of: /class="([^"]*)"/).flatMap { $0.output.1.split(separator: " ").map(String.init) })
        #expect(!mapSelectors.isEmpty && !pageSelectors.isEmpty)
        #expect(mapSelectors.isDisjoint(with: pageClasses), "\(mapSelectors.intersection(pageClasses).sorted())")
        #expect(pageSelectors.isDisjoint(with: mapClasses), "\(pageSelectors.intersection(mapClasses).sorted())")
    }

    @Test func anEditedDecompositionIsReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try ToolRunner.run(
            ["analyze", ecommerce, "--format", "json", "-o", "decomposition.json"], in: folder)
        #expect(json.exitCode == 0)
        let path = folder.appendingPathComponent("decomposition.json")
        let edited = try String(contentsOf: path, encoding: .utf8)
            .replacingOccurrences(of: "\"name\": \"Order\"", with: "\"name\": \"Ordering & Checkout\"")
        try edited.write(to: path, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(
            ["report", ecommerce, "--decomposition", "decomposition.json", "-o", "report.html"], in: folder)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("<h3>Ordering &amp; Checkout"))
    }

    @Test func aBrokenModelExitsWithItsDiagnostics() throws {
        let result = try ToolRunner.run(["report", "-", "-o", "/tmp/never.html"], input: "entity {")
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("error:"))
    }
}
