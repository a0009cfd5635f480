import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// `decompose convert MODEL --to cml` through the built binary: the suggested contexts as CML that reads back in.
@Suite struct CMLConvertEndToEndTests {
    @Test func convertsEcommerceToCMLThatAnalyzesToTheSameContexts() throws {
        let result = try ToolRunner.run(["convert", "Fixtures/ecommerce.domain", "--to", "cml"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let golden = try String(contentsOf: PackagePaths.fixture("golden/ecommerce.cml"), encoding: .utf8)
        #expect(result.standardOutput == golden)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-cmlw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = folder.appendingPathComponent("shop.cml")
        let fixture = PackagePaths.fixture("ecommerce.domain").path
        let toFile = try ToolRunner.run(["convert", fixture, "--to", "cml", "--contexts", "5", "-o", written.path])
        #expect(toFile.exitCode == 0, "\(toFile.standardError)")
        let text = try String(contentsOf: written, encoding: .utf8)
        #expect(text.components(separatedBy: "  type = FEATURE").count - 1 == 5)

        let original = try ToolRunner.run(["analyze", fixture, "--contexts", "5", "--format", "json"])
        let reread = try ToolRunner.run(["analyze", written.path, "--format", "json"])
        #expect(reread.exitCode == 0, "\(reread.standardError)")
        #expect(try contexts(original.standardOutput) == contexts(reread.standardOutput, at: "currentDecomposition"))
        let kept = try ToolRunner.run(["analyze", written.path, "--format", "json", "--keep-contexts"])
        #expect(kept.exitCode == 0, "\(kept.standardError)")
        #expect(try contexts(original.standardOutput) == contexts(kept.standardOutput))
        #expect(!kept.standardOutput.contains("currentDecomposition"))
    }

    /// `Name: Entity, Entity` for every context of `analyze --format json` output (or of its current
    /// decomposition), sorted.
    private func contexts(_ json: String, at key: String? = nil) throws -> [String] {
        var document = try #require(JSONParser().parse(json, path: "stdout").value)
        if let key { document = try #require(document[key]) }
        return (document["contexts"]?.arrayValue ?? []).map { context in
            let entities = (context["entities"]?.arrayValue ?? []).compactMap(\.stringValue).sorted()
            return "\(context["name"]?.stringValue ?? ""): \(entities.joined(separator: ", "))"
        }.sorted()
    }
}
