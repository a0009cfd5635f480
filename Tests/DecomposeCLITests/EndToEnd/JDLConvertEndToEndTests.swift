import DecomposeTestSupport
import Foundation
import Testing

/// `decompose convert MODEL --to jdl` through the built binary: the written JDL declares the same contexts (and
/// analyses back into them with `--keep-contexts`), and `--decomposition` and the analysis options choose the
/// applications.
@Suite struct JDLConvertEndToEndTests {
    /// Context name → sorted entities, from `analyze --format json` output (or from its current decomposition).
    private func contexts(_ json: String, current: Bool = false) throws -> [String: [String]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let object = try #require(current ? root["currentDecomposition"] as? [String: Any] : root)
        let contexts = try #require(object["contexts"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: contexts.map {
                (($0["name"] as? String) ?? "", (($0["entities"] as? [String]) ?? []).sorted())
            })
    }

    @Test func theWrittenJDLAnalysesIntoTheSameContexts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = PackagePaths.fixture("ecommerce.domain").path

        let converted = try ToolRunner.run(["convert", model, "--to", "jdl", "-o", "shop.jdl"], in: folder)
        #expect(converted.exitCode == 0, "\(converted.standardError)")
        let jdl = try String(contentsOf: folder.appendingPathComponent("shop.jdl"), encoding: .utf8)
        #expect(jdl.contains("applicationType gateway"))
        #expect(jdl.contains("deploymentType docker-compose"))

        let original = try ToolRunner.run(["analyze", model, "--format", "json"], in: folder)
        let reread = try ToolRunner.run(["analyze", "shop.jdl", "--format", "json"], in: folder)
        #expect(reread.exitCode == 0)
        #expect(reread.standardError.isEmpty)
        #expect(try contexts(reread.standardOutput, current: true) == contexts(original.standardOutput))
        let kept = try ToolRunner.run(["analyze", "shop.jdl", "--format", "json", "--keep-contexts"], in: folder)
        #expect(kept.exitCode == 0 && kept.standardError.isEmpty)
        #expect(try contexts(kept.standardOutput) == contexts(original.standardOutput))

        let three = try ToolRunner.run(["convert", model, "--to", "jdl", "--contexts", "3"], in: folder)
        #expect(three.standardOutput.components(separatedBy: "applicationType microservice").count == 4)

        try original.standardOutput.write(
            to: folder.appendingPathComponent("decomposition.json"), atomically: true, encoding: .utf8)
        let chosen = try ToolRunner.run(
            ["convert", model, "--to", "jdl", "--decomposition", "decomposition.json"], in: folder)
        #expect(chosen.exitCode == 0)
        #expect(chosen.standardOutput == jdl)
    }
}
