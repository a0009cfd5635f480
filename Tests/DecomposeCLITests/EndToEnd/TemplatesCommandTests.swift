import DecomposeCore
import DecomposeScaffold
import DecomposeTestSupport
import Foundation
import Testing

/// `decompose templates render` and `decompose templates export`, run as the built binary.
@Suite struct TemplatesCommandTests {
    /// The Mustache specification next to the package, when present (not on a user's clone).
    static let specFolder = PackagePaths.root.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")
    static let specIsAvailable = FileManager.default.fileExists(
        atPath: specFolder.appendingPathComponent("partials.json").path)

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func renderPrintsTheTemplateWithDataAndPartials() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try write("Hi {{name}}!\n{{#items}}\n  {{>item}}\n{{/items}}\n", "t.mustache", in: folder)
        let data = try write(#"{"name": "<you>", "items": [1.50, "b"]}"#, "d.json", in: folder)
        _ = try write("- {{.}}\n", "partials/item.mustache", in: folder)
        _ = try write("not a partial {{", "partials/notes.txt", in: folder)
        let result = try ToolRunner.run(
            ["templates", "render", template, "--data", data, "--partials", folder.path + "/partials"])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == "Hi &lt;you&gt;!\n  - 1.5\n  - b\n")
    }

    @Test func renderReportsTemplateErrorsWithLineColumnAndCaret() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try write("line\n{{#a}}\n  {{/b}}\n", "bad.mustache", in: folder)
        let data = try write("{}", "d.json", in: folder)
        let result = try ToolRunner.run(["templates", "render", template, "--data", data])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError
                == "\(template):3:3: error: closing tag '{{/b}}' does not match '{{#a}}' opened at 2:1 "
                + "[template.mismatchedClose]\n  {{/b}}\n  ^\n")
    }

    @Test func renderNamesThePartialFileAnErrorIsIn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try write("{{>broken}}", "t.mustache", in: folder)
        let data = try write("{}", "d.json", in: folder)
        let partial = try write("ok\n{{=<% %>=}}<%name", "p/broken.mustache", in: folder)
        let result = try ToolRunner.run([
            "templates", "render", template, "--data", data, "--partials", folder.path + "/p",
        ])
        #expect(result.exitCode == 65)
        #expect(result.standardError.hasPrefix("\(partial):2:12: error: unclosed tag: '<%' has no matching '%>'"))
    }

    @Test func renderFailsOnMissingFilesAndBadData() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try write("{{a}}", "t.mustache", in: folder)
        let data = try write(#"{"a": }"#, "d.json", in: folder)
        let missingTemplate = try ToolRunner.run(["templates", "render", folder.path + "/none", "--data", data])
        #expect(missingTemplate.exitCode == 66)
        let missingData = try ToolRunner.run(["templates", "render", template, "--data", folder.path + "/none.json"])
        #expect(missingData.exitCode == 66)
        let missingPartials = try ToolRunner.run(
            ["templates", "render", template, "--data", data, "--partials", folder.path + "/none"])
        #expect(missingPartials.exitCode == 66)
        let badData = try ToolRunner.run(["templates", "render", template, "--data", data])
        #expect(badData.exitCode == 65)
        #expect(badData.standardError.contains("d.json:1:7: error: "))
        let noData = try ToolRunner.run(["templates", "render", template])
        #expect(noData.exitCode == 64)
        #expect(noData.standardError.hasPrefix("error: missing required option '--data <file>'\n"))
    }

    @Test(.enabled(if: specIsAvailable, "Mustache specification not found at ../shared/mustache-spec; skipped"))
    func renderPassesASpecCaseFromOutside() throws {
        let text = try String(contentsOf: Self.specFolder.appendingPathComponent("partials.json"), encoding: .utf8)
        let tests = try #require(JSONParser().parse(text, path: "partials.json").value?["tests"]?.arrayValue)
        let specCase = try #require(tests.first { $0["name"]?.stringValue == "Standalone Indentation" })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try write(try #require(specCase["template"]?.stringValue), "case.mustache", in: folder)
        let data = try write(JSONWriter().write(try #require(specCase["data"])), "data.json", in: folder)
        for member in specCase["partials"]?.objectValue ?? [] {
            _ = try write(member.value.stringValue ?? "", "partials/\(member.key).mustache", in: folder)
        }
        let result = try ToolRunner.run(
            ["templates", "render", template, "--data", data, "--partials", folder.path + "/partials"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == specCase["expected"]?.stringValue)
    }

    @Test func exportWritesEveryDefaultAndNeverOverwritesWithoutForce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.path + "/templates"
        let first = try ToolRunner.run(["templates", "export", target])
        #expect(first.exitCode == 0)
        #expect(first.standardOutput.hasPrefix("Wrote \(DefaultTemplates.files.count) templates to \(target)."))
        for (path, text) in DefaultTemplates.files.sorted(by: { $0.key < $1.key }) {
            #expect((try? String(contentsOfFile: target + "/" + path, encoding: .utf8)) == text, "\(path)")
        }
        let edited = target + "/service/common/.gitignore.mustache"
        try "mine\n".write(toFile: edited, atomically: true, encoding: .utf8)
        let again = try ToolRunner.run(["templates", "export", target])
        #expect(again.exitCode == 73)
        #expect(again.standardError.contains("already exists; pass --force to overwrite"))
        #expect(try String(contentsOfFile: edited, encoding: .utf8) == "mine\n")
        let forced = try ToolRunner.run(["templates", "export", target, "--force"])
        #expect(forced.exitCode == 0)
        #expect(try String(contentsOfFile: edited, encoding: .utf8) != "mine\n")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: target).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func templatesNeedsASubcommand() throws {
        let bare = try ToolRunner.run(["templates"])
        #expect(bare.exitCode == 64)
        #expect(
            bare.standardError.hasPrefix(
                "error: 'templates' needs a subcommand; use 'templates render' or 'templates export'\n"))
        let unknown = try ToolRunner.run(["templates", "show"])
        #expect(unknown.exitCode == 64)
        #expect(unknown.standardError.hasPrefix("error: unknown command 'templates show'"))
    }

    @Test func helpOfBothCommands() throws {
        let render = try ToolRunner.run(["templates", "render", "--help"])
        #expect(render.exitCode == 0)
        #expect(try ToolRunner.run(["help", "templates", "render"]).standardOutput == render.standardOutput)
        GoldenFile.assertMatches(render.standardOutput, "golden/help-templates-render.txt")
        let export = try ToolRunner.run(["templates", "export", "-h"])
        #expect(export.exitCode == 0)
        GoldenFile.assertMatches(export.standardOutput, "golden/help-templates-export.txt")
        let extra = try ToolRunner.run(["help", "templates", "render", "x"])
        #expect(extra.exitCode == 64)
    }
}
