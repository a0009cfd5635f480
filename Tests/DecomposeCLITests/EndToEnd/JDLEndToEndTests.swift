import DecomposeTestSupport
import Foundation
import Testing

@Suite struct JDLEndToEndTests {
    @Test func analyzeReadsAJHipsterJDLFile() throws {
        let fixture = PackagePaths.fixture("formats/jdl/store-microservices.jdl").path
        let result = try ToolRunner.run(["analyze", fixture])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("product"))
        #expect(result.standardOutput.contains("Invoice, Shipment"))
    }

    @Test func aMalformedJDLFileExits65WithItsPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "entity A {\n  name Strin\n}\n".write(
            to: folder.appendingPathComponent("bad.jdl"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["analyze", "bad.jdl"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("bad.jdl:2:8: error"))
    }

    @Test func inputFormatOverridesTheExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "entity A {\n  name String\n}\n".write(
            to: folder.appendingPathComponent("model.domain"), atomically: true, encoding: .utf8)
        let asDomain = try ToolRunner.run(["validate", "model.domain"], in: folder)
        #expect(asDomain.exitCode == 65)
        let asJDL = try ToolRunner.run(["validate", "model.domain", "--input-format", "jdl"], in: folder)
        #expect(asJDL.exitCode == 0)
        #expect(asJDL.standardOutput == "OK: 1 entity, 0 use cases\n")
    }
}
