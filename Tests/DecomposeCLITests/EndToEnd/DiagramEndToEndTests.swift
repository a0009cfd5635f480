import DecomposeTestSupport
import Foundation
import Testing

/// `decompose diagram` as a user runs it: every format, a file output, the analysis options and an
/// edited decomposition, and a wrong format.
@Suite struct DiagramEndToEndTests {
    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-diagram-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheSVGGoldenToAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["diagram", ecommerce, "-o", "map.svg"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.isEmpty)
        let written = try String(contentsOf: folder.appendingPathComponent("map.svg"), encoding: .utf8)
        GoldenFile.assertMatches(written, "golden/diagrams/ecommerce.svg")
    }

    @Test func theOutputFileExtensionChoosesTheFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["diagram", ecommerce, "-o", "map.puml"], in: folder)
        #expect(result.exitCode == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("map.puml"), encoding: .utf8)
        #expect(written.hasPrefix("@startuml\n"))
        let refused = try ToolRunner.run(["diagram", ecommerce, "-o", "map.puml", "--format", "dot"], in: folder)
        #expect(refused.exitCode == 73)
        #expect(refused.standardError == "error: 'map.puml' already exists; pass --force to replace it\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("map.puml"), encoding: .utf8) == written)
        let forced = try ToolRunner.run(
            ["diagram", ecommerce, "-o", "map.puml", "--format", "dot", "--force"], in: folder)
        #expect(forced.exitCode == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("map.puml"), encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func printsEveryTextFormat() throws {
        let starts = [
            "mermaid": "%% Context map of Shop\nflowchart TB\n", "plantuml": "@startuml\n", "dot": "digraph ",
        ]
        for (format, start) in starts.sorted(by: { $0.key < $1.key }) {
            let result = try ToolRunner.run(["diagram", ecommerce, "--format", format])
            #expect(result.exitCode == 0, "\(format): \(result.standardError)")
            #expect(result.standardOutput.hasPrefix(start), "\(format)")
        }
    }

    @Test func drawsAnEditedDecompositionAndTakesAnalysisOptions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try ToolRunner.run(["analyze", ecommerce, "--format", "json", "-o", "d.json"], in: folder)
        #expect(exported.exitCode == 0)
        let file = folder.appendingPathComponent("d.json")
        let json = try String(contentsOf: file, encoding: .utf8)
        try json.replacingOccurrences(of: "\"name\": \"Product\"", with: "\"name\": \"Catalogue\"").write(
            to: file, atomically: true, encoding: .utf8)
        let edited = try ToolRunner.run(
            ["diagram", ecommerce, "--decomposition", "d.json", "--format", "plantuml"], in: folder)
        #expect(edited.exitCode == 0, "\(edited.standardError)")
        #expect(edited.standardOutput.contains("rectangle \"**Catalogue**\\n5 entities"))
        #expect(!edited.standardOutput.contains("**Product**"))
        let three = try ToolRunner.run(["diagram", ecommerce, "--contexts", "3", "--format", "mermaid"])
        #expect(three.exitCode == 0)
        #expect(three.standardOutput.contains("c3[") && !three.standardOutput.contains("c4["))
    }

    @Test func readsOtherInputFormats() throws {
        let jdl = PackagePaths.fixture("formats/jdl/store-microservices.jdl").path
        let result = try ToolRunner.run(["diagram", jdl, "--format", "dot"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("digraph context_map {"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try ToolRunner.run(["diagram", ecommerce, "--format", "png"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("png"))
        #expect(result.standardOutput.isEmpty)
    }
}
