import DecomposeTestSupport
import Foundation
import Testing

/// `-o FILE` never replaces a file that exists without `--force`: the command stops with exit 73 before it writes
/// anything, and the file keeps what the user wrote.
@Suite struct OutputFileTests {
    static let ecommerce = PackagePaths.fixture("ecommerce.domain").path

    /// Every command with an `-o` file, as it is run.
    static let commands: [[String]] = [
        ["analyze", ecommerce],
        ["analyze", ecommerce, "--format", "json"],
        ["convert", ecommerce, "--to", "json"],
        ["convert", ecommerce, "--to", "jdl"],
        ["diagram", ecommerce],
        ["report", ecommerce],
        ["compare", ecommerce, "--expected", PackagePaths.fixture("ecommerce.expected").path],
    ]

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decompose-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: commands)
    func anExistingFileIsReplacedOnlyWithForce(_ command: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.txt")
        try "what I wrote\n".write(to: file, atomically: true, encoding: .utf8)

        let refused = try ToolRunner.run(command + ["-o", "mine.txt"], in: folder)
        #expect(refused.exitCode == 73)
        #expect(refused.standardOutput.isEmpty)
        #expect(refused.standardError == "error: 'mine.txt' already exists; pass --force to replace it\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "what I wrote\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mine.txt"])

        let forced = try ToolRunner.run(command + ["-o", "mine.txt", "--force"], in: folder)
        #expect(forced.exitCode == 0, "\(forced.standardError)")
        #expect(try String(contentsOf: file, encoding: .utf8) != "what I wrote\n")
        let fresh = try ToolRunner.run(command + ["-o", "new.txt"], in: folder)
        #expect(fresh.exitCode == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("new.txt")) == Data(contentsOf: file))
    }

    /// `analyze --export-graph` is held to the same rule, and a refused graph file stops the report file too.
    @Test func theExportedGraphIsReplacedOnlyWithForce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "mine\n".write(to: folder.appendingPathComponent("graph.txt"), atomically: true, encoding: .utf8)
        let command = ["analyze", Self.ecommerce, "--export-graph", "graph.txt", "-o", "report.txt"]

        let refused = try ToolRunner.run(command, in: folder)
        #expect(refused.exitCode == 73)
        #expect(refused.standardError == "error: 'graph.txt' already exists; pass --force to replace it\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.txt"])

        let forced = try ToolRunner.run(command + ["--force"], in: folder)
        #expect(forced.exitCode == 0)
        let graph = try String(contentsOf: folder.appendingPathComponent("graph.txt"), encoding: .utf8)
        #expect(graph.hasPrefix("# decompose coupling graph 1\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.txt").path))
    }
}
