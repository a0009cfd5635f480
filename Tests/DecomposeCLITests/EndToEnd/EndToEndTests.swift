import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// Runs the built `decompose` binary and checks what a user sees: standard output, standard error
/// and the exit code.
@Suite struct EndToEndTests {
    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path
    private let ecommerceExpected = PackagePaths.fixture("ecommerce.expected").path

    /// A fresh, empty folder for a test's files.
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("decompose-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func json(_ text: String) -> JSONValue? {
        JSONParser().parse(text, path: "stdout").value
    }

    @Test func analyzeWithoutAFileReportsTheBundledExample() throws {
        let result = try ToolRunner.run(["analyze"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("Shop: "))
        #expect(result.standardOutput.contains("Metrics\n"))
        #expect(result.standardError.hasPrefix("note: no model given; analysing the bundled e-commerce example"))
    }

    @Test func analyzeGivesTheSameBytesFromAnyWorkingDirectory() throws {
        let here = try ToolRunner.run(["analyze", "--format", "json"])
        let elsewhere = try ToolRunner.run(["analyze", "--format=json"], in: URL(fileURLWithPath: "/tmp"))
        #expect(elsewhere.exitCode == 0)
        #expect(elsewhere.standardOutput == here.standardOutput)
    }

    @Test func analyzeJSONPlacesEveryEntityOfTheModelExactlyOnce() throws {
        let result = try ToolRunner.run(["analyze", ecommerce, "--format", "json"])
        #expect(result.exitCode == 0)
        let document = try #require(json(result.standardOutput))
        #expect(document["schemaVersion"]?.numberValue?.intValue == 1)
        let placed = (document["contexts"]?.arrayValue ?? []).flatMap {
            ($0["entities"]?.arrayValue ?? []).compactMap(\.stringValue)
        }
        let model = try #require(
            ModelReader.read(try String(contentsOfFile: ecommerce, encoding: .utf8), path: ecommerce).model)
        #expect(placed.sorted() == model.entities.map(\.name).sorted())
    }

    @Test func analyzeMarkdownHasAContextMap() throws {
        let result = try ToolRunner.run(["analyze", ecommerce, "--format", "markdown"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("# Shop: suggested bounded contexts\n"))
        #expect(result.standardOutput.contains("```mermaid\nflowchart LR\n"))
    }

    @Test func analyzeWritesTheOutputFileWhole() throws {
        let folder = try temporaryFolder()
        let result = try ToolRunner.run(["analyze", ecommerce, "-o", "report.json", "--format", "json"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.isEmpty)
        let written = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json(written) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func analyzeReadsJSONModelsAndStandardInputAlike() throws {
        let folder = try temporaryFolder()
        let converted = try ToolRunner.run(["convert", ecommerce, "--to", "json", "-o", "shop.json"], in: folder)
        #expect(converted.exitCode == 0)
        let fromDomain = try ToolRunner.run(["analyze", ecommerce, "--format", "json"])
        let fromJSON = try ToolRunner.run(["analyze", "shop.json", "--format", "json"], in: folder)
        let fromStandardInput = try ToolRunner.run(
            ["analyze", "-", "--format", "json"], input: try String(contentsOfFile: ecommerce, encoding: .utf8))
        #expect(fromJSON.exitCode == 0, "\(fromJSON.standardError)")
        #expect(fromJSON.standardOutput == fromDomain.standardOutput)
        #expect(fromStandardInput.standardOutput == fromDomain.standardOutput)
    }

    @Test func prioritiesFileErrorsAreDiagnosedAndExit65() throws {
        let folder = try temporaryFolder()
        try "# weights\nuse-case = 3\nbogus = 1\n".write(
            to: folder.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["analyze", ecommerce, "--priorities", "p.txt"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("p.txt:3:1: error: unknown criterion 'bogus'"))
        #expect(result.standardError.contains("\nbogus = 1\n^"))
        let missing = try ToolRunner.run(["analyze", ecommerce, "--priorities", "none.txt"], in: folder)
        #expect(missing.exitCode == 66)
    }

    @Test func contextCountAndSeedAreHonouredDeterministically() throws {
        let arguments = ["analyze", ecommerce, "--contexts", "5", "--seed", "7", "--format", "json"]
        let first = try ToolRunner.run(arguments)
        let second = try ToolRunner.run(arguments)
        #expect(first.exitCode == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(json(first.standardOutput)?["metrics"]?["contextCount"]?.numberValue?.intValue == 5)
    }

    @Test func explainShowsThePullsOnAnEntity() throws {
        let result = try ToolRunner.run(["analyze", ecommerce, "--explain", "Customer"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("Customer is placed in "))
    }

    @Test func explainingAnUnknownEntityIsAUsageError() throws {
        let result = try ToolRunner.run(["analyze", ecommerce, "--explain", "Custmer"])
        #expect(result.exitCode == 64)
        #expect(
            result.standardError.hasSuffix(
                "error: 'Custmer' is not an entity of the model; did you mean 'Customer'?\n"))
    }

    @Test func unknownOptionSuggestsTheClosestAndPrintsUsage() throws {
        let result = try ToolRunner.run(["analyze", "--formt", "json"])
        #expect(result.exitCode == 64)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.first == "error: unknown option '--formt'; did you mean '--format'?")
        let usage = "Usage: decompose analyze [<file>] [--format <format>] [--preset <preset>]"
        #expect(lines.dropFirst().first?.hasPrefix(usage) == true)
    }

    @Test func badEnumValueIsAUsageError() throws {
        let result = try ToolRunner.run(["analyze", "--format", "yaml"])
        #expect(result.exitCode == 64)
        #expect(
            result.standardError.hasPrefix("error: 'yaml' is not a format; expected one of: text, json, markdown\n"))
    }

    @Test func unknownCommandSuggestsTheClosest() throws {
        let result = try ToolRunner.run(["analyse"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("error: unknown command 'analyse'; did you mean 'analyze'?\n"))
    }

    @Test func helpIsTheSameThroughEveryDoor() throws {
        let flag = try ToolRunner.run(["analyze", "--help"])
        let short = try ToolRunner.run(["analyze", "-h"])
        let command = try ToolRunner.run(["help", "analyze"])
        #expect(flag.exitCode == 0)
        #expect(flag.standardOutput == short.standardOutput)
        #expect(flag.standardOutput == command.standardOutput)
        GoldenFile.assertMatches(flag.standardOutput, "golden/help-analyze.txt")
        let tool = try ToolRunner.run(["--help"])
        #expect(tool.exitCode == 0)
        GoldenFile.assertMatches(tool.standardOutput, "golden/help-decompose.txt")
    }

    @Test func versionAndNoArguments() throws {
        let version = try ToolRunner.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.standardOutput == "decompose 0.1.0\n")
        let bare = try ToolRunner.run([])
        #expect(bare.exitCode == 64)
        #expect(bare.standardError.hasPrefix("OVERVIEW: "))
    }

    @Test func validateReportsEveryErrorWithLocationAndCaret() throws {
        let folder = try temporaryFolder()
        let model = "system Shop\nentity Customer {\n  id: UUID\n  name String\n}\n"
        try model.write(to: folder.appendingPathComponent("bad.domain"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["validate", "bad.domain"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("bad.domain:4:") == true)
        #expect(lines.first?.contains(": error: ") == true)
        #expect(lines.dropFirst().first == "  name String")
        #expect(lines.dropFirst(2).first?.trimmingCharacters(in: .whitespaces).hasPrefix("^") == true)
    }

    @Test func validateReportsEveryModelErrorInOneRunInLineOrder() throws {
        let folder = try temporaryFolder()
        let model = "system S\nentity A { id: UUID, b -> Bee, n: Strin }\nusecase U { reads Aa }\n"
        try model.write(to: folder.appendingPathComponent("m.domain"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["validate", "m.domain"], in: folder)
        #expect(result.exitCode == 65)
        let headers = result.standardError.split(separator: "\n").filter { $0.hasPrefix("m.domain:") }
        #expect(headers.map { $0.prefix { $0 != " " } } == ["m.domain:2:22:", "m.domain:2:32:", "m.domain:3:19:"])
        #expect(headers.allSatisfy { $0.contains(" error: ") })
    }

    @Test func validateLocatesJSONModelErrorsByLineAndColumn() throws {
        let folder = try temporaryFolder()
        try "{\"system\": 3}\n".write(to: folder.appendingPathComponent("m.json"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["validate", "m.json"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("m.json:1:12: error: "))
        #expect(result.standardError.contains("{\"system\": 3}\n           ^\n"))
    }

    @Test func validateAcceptsAGoodModel() throws {
        let result = try ToolRunner.run(["validate", ecommerce])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("OK: "))
        #expect(result.standardOutput.hasSuffix(" use cases\n"))
    }

    @Test func validateReadsStandardInput() throws {
        let result = try ToolRunner.run(["validate", "-"], input: "system Tiny\nentity Thing { id: UUID }\n")
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == "OK: 1 entity, 0 use cases\n")
    }

    @Test func missingInputFileExits66() throws {
        let result = try ToolRunner.run(["validate", "no-such.domain"])
        #expect(result.exitCode == 66)
        #expect(result.standardError == "error: no such file 'no-such.domain'\n")
    }

    @Test func unwritableOutputExits73AndLeavesNothingBehind() throws {
        let folder = try temporaryFolder()
        let result = try ToolRunner.run(["analyze", "-o", "missing-folder/report.txt"], in: folder)
        #expect(result.exitCode == 73)
        #expect(result.standardError.hasSuffix("error: cannot write 'missing-folder/report.txt'\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func initThenValidate() throws {
        let folder = try temporaryFolder()
        let created = try ToolRunner.run(["init"], in: folder)
        #expect(created.exitCode == 0)
        #expect(created.standardOutput.hasPrefix("Wrote model.domain."))
        let validated = try ToolRunner.run(["validate", "model.domain"], in: folder)
        #expect(validated.exitCode == 0, "\(validated.standardError)")
        #expect(validated.standardError.isEmpty)
        #expect(validated.standardOutput.hasPrefix("OK: "))
        let analyzed = try ToolRunner.run(["analyze", "model.domain"], in: folder)
        #expect(analyzed.exitCode == 0, "\(analyzed.standardError)")
    }

    @Test func initNeverOverwritesWithoutForce() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("mine.domain")
        try "system Mine\n".write(to: path, atomically: true, encoding: .utf8)
        let refused = try ToolRunner.run(["init", "mine.domain"], in: folder)
        #expect(refused.exitCode == 73)
        #expect(refused.standardError == "error: 'mine.domain' already exists; pass --force to overwrite it\n")
        #expect(try String(contentsOf: path, encoding: .utf8) == "system Mine\n")
        let forced = try ToolRunner.run(["init", "mine.domain", "--force"], in: folder)
        #expect(forced.exitCode == 0)
        #expect(try String(contentsOf: path, encoding: .utf8) != "system Mine\n")
    }

    @Test func convertRoundTripsThroughJSON() throws {
        let folder = try temporaryFolder()
        let toJSON = try ToolRunner.run(["convert", ecommerce, "--to", "json", "-o", "shop.json"], in: folder)
        #expect(toJSON.exitCode == 0, "\(toJSON.standardError)")
        let back = try ToolRunner.run(["convert", "shop.json", "--to", "domain"], in: folder)
        #expect(back.exitCode == 0, "\(back.standardError)")
        let direct = try ToolRunner.run(["convert", ecommerce, "--to", "domain"])
        #expect(!direct.standardOutput.isEmpty)
        #expect(back.standardOutput == direct.standardOutput)
    }

    @Test func convertNeedsATarget() throws {
        let result = try ToolRunner.run(["convert", ecommerce])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("error: missing required option '--to <format>'\n"))
    }

    @Test func compareExitCodesForItsExpectedFile() throws {
        let folder = try temporaryFolder()
        let missing = try ToolRunner.run(["compare", ecommerce, "--expected", "none.expected"], in: folder)
        #expect(missing.exitCode == 66)
        try "Ordering Order, OrderLine\n".write(
            to: folder.appendingPathComponent("bad.expected"), atomically: true, encoding: .utf8)
        let bad = try ToolRunner.run(["compare", ecommerce, "--expected", "bad.expected"], in: folder)
        #expect(bad.exitCode == 65)
        #expect(bad.standardError.hasPrefix("bad.expected:1:"))
    }

    @Test func compareScoresTheSuggestion() throws {
        let text = try ToolRunner.run(["compare", ecommerce, "--expected", ecommerceExpected])
        #expect(text.exitCode == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("MoJoFM"))
        let json = try ToolRunner.run(["compare", ecommerce, "--expected", ecommerceExpected, "--format", "json"])
        #expect(json.exitCode == 0)
        let document = try #require(self.json(json.standardOutput))
        let mojo = try #require(document["mojoFM"]?.numberValue?.doubleValue)
        #expect((0...100).contains(mojo))
        #expect(document["adjustedRandIndex"]?.numberValue != nil)
    }

    @Test func analyzeReadsAServiceCutterPair() throws {
        let model = PackagePaths.fixture("formats/servicecutter/trading_model.json").path
        let reps = PackagePaths.fixture("formats/servicecutter/trading_user_representations.json").path
        let result = try ToolRunner.run(["analyze", model, "--user-representations", reps, "--format", "json"])
        #expect(result.exitCode == 0)
        #expect(result.standardError.contains("[servicecutter.unsupported]"))
        let document = try #require(json(result.standardOutput))
        let placed = (document["contexts"]?.arrayValue ?? []).flatMap {
            ($0["entities"]?.arrayValue ?? []).compactMap(\.stringValue)
        }
        #expect(placed.count == 12 && Set(placed).count == 12)
        #expect(placed.contains("Instruction") && placed.contains("NaturalPerson"))
    }

    @Test func aBadServiceCutterPairExitsWith65AndNamesTheFile() throws {
        let folder = try temporaryFolder()
        try #"{"entities": [{"name": "A", "nanoentities": ["x"]}]}"#.write(
            to: folder.appendingPathComponent("m.json"), atomically: true, encoding: .utf8)
        try #"{"useCases": [{"name": "U", "nanoentitiesRead": ["B.x"]}]}"#.write(
            to: folder.appendingPathComponent("u.json"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["analyze", "m.json", "--user-representations", "u.json"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("u.json:1:50: error: 'B' is not an entity of the model"))
    }

    /// Service Cutter accepts an entity composed by two others; decompose reads it with a warning (the first
    /// composition wins, the second is an aggregation) instead of failing with 65.
    @Test func aServiceCutterEntityComposedTwiceIsReadWithAWarning() throws {
        let model = PackagePaths.fixture("formats/servicecutter/purchasing_model.json").path
        let result = try ToolRunner.run(["analyze", model, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(
            result.standardError.hasPrefix(
                "\(model):13:63: warning: 'Address' is already composed by 'Customer' ($.relations[0]); an entity "
                    + "lives in one aggregate, so this COMPOSITION from 'Supplier' is read as an AGGREGATION "
                    + "(at $.relations[1].type) [servicecutter.secondComposition]\n"))
        let document = try #require(json(result.standardOutput))
        let contexts = document["contexts"]?.arrayValue ?? []
        let holding = contexts.filter { context in
            (context["entities"]?.arrayValue ?? []).contains(.string("Address"))
        }
        #expect(holding.count == 1)
        #expect(holding.first?["entities"]?.arrayValue?.contains(.string("Customer")) == true)
        let validated = try ToolRunner.run(["validate", model])
        #expect(validated.exitCode == 0 && validated.standardOutput == "OK: 6 entities, 0 use cases\n")
    }

    @Test func inputFormatOverridesDetection() throws {
        let model = PackagePaths.fixture("formats/servicecutter/booking_model.json").path
        let asJSON = try ToolRunner.run(["validate", model, "--input-format", "json"])
        #expect(asJSON.exitCode == 65)
        #expect(asJSON.standardError.contains("[jsonModel.missingKey]"))
        let asServiceCutter = try ToolRunner.run(["validate", model, "--input-format", "servicecutter"])
        #expect(asServiceCutter.exitCode == 0)
        #expect(asServiceCutter.standardOutput == "OK: 5 entities, 0 use cases\n")
    }
}
