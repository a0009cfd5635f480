import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// `decompose analyze` on a Context Mapper CML file, through the built binary.
@Suite struct CMLEndToEndTests {
    private let insurance = PackagePaths.fixture("formats/cml/insurance.cml").path

    @Test func analyzePlacesEveryEntityOfTheCMLModelOnce() throws {
        let result = try ToolRunner.run(["analyze", insurance, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError.contains("[cml.contextMapRead]"))
        let document = try #require(JSONParser().parse(result.standardOutput, path: "stdout").value)
        let placed = (document["contexts"]?.arrayValue ?? []).flatMap {
            ($0["entities"]?.arrayValue ?? []).compactMap(\.stringValue)
        }
        #expect(placed.count == 14 && Set(placed).count == 14)
        #expect(placed.contains("Contract") && placed.contains("PrintingJob"))
    }

    @Test func inputFormatOverridesDetectionAndMalformedCMLExits65() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decompose-cml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: insurance, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("model.txt"), atomically: true, encoding: .utf8)
        let read = try ToolRunner.run(["validate", "--input-format", "cml", "model.txt"], in: folder)
        #expect(read.exitCode == 0 && read.standardOutput == "OK: 14 entities, 5 use cases\n")
        try "BoundedContext A { Aggregate G { Entity E { aggregateRoot - Missing m } }\n".write(
            to: folder.appendingPathComponent("bad.cml"), atomically: true, encoding: .utf8)
        let bad = try ToolRunner.run(["validate", "bad.cml"], in: folder)
        #expect(bad.exitCode == 65)
        #expect(bad.standardError.contains("bad.cml:1:"))
    }
}
