import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// `decompose analyze MODEL --export-graph FILE`: the report as usual, plus the coupling graph in a file.
@Suite struct ExportGraphTests {
    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("decompose-graph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheGraphBesideTheUnchangedReport() throws {
        let folder = try temporaryFolder()
        let plain = try ToolRunner.run(["analyze", ecommerce, "--format", "json"])
        let result = try ToolRunner.run(
            ["analyze", ecommerce, "--format", "json", "--export-graph", "coupling.graph"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == plain.standardOutput)
        let graph = try String(contentsOf: folder.appendingPathComponent("coupling.graph"), encoding: .utf8)
        let lines = graph.split(separator: "\n").map(String.init)
        #expect(lines.first == "# decompose coupling graph 1")
        let nodeCount = try #require(lines.first { $0.hasPrefix("nodes ") }.flatMap { Int($0.dropFirst(6)) })
        let edgeCount = try #require(lines.first { $0.hasPrefix("edges ") }.flatMap { Int($0.dropFirst(6)) })
        #expect(nodeCount > 5)
        #expect(edgeCount > nodeCount)
        // Every entity of the model is on exactly one node line.
        let nodeLines = lines.drop { !$0.hasPrefix("nodes ") }.dropFirst().prefix(nodeCount)
        let model = try #require(
            ModelReader.read(try String(contentsOfFile: ecommerce, encoding: .utf8), path: ecommerce).model)
        #expect(
            nodeLines.flatMap { $0.split(separator: " ").dropFirst().map(String.init) }.sorted()
                == model.entities.map(\.name).sorted())
        let again = try ToolRunner.run(["analyze", ecommerce, "--export-graph", "again.graph"], in: folder)
        #expect(again.exitCode == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("again.graph"), encoding: .utf8) == graph)
    }

    @Test func anUnwritableGraphFileExits73() throws {
        let result = try ToolRunner.run(["analyze", ecommerce, "--export-graph", "/nonexistent-folder/x.graph"])
        #expect(result.exitCode == 73)
    }
}
