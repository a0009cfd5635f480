import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// Runs `decompose scaffold` the way a user would and checks what it leaves on disk.
@Suite struct ScaffoldEndToEndTests {
    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-scaffold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file under `folder`, by relative path, with its bytes.
    private func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    @Test func scaffoldsTheWorkspaceAndEveryContext() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("shop").path
        let result = try ToolRunner.run(["scaffold", ecommerce, "-o", out])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let files = try contents(of: URL(fileURLWithPath: out))
        for path in [
            "docker-compose.yml", "gateway/nginx.conf", ".env.example", "README.md", "decomposition.json",
            ".decompose/manifest.json",
        ] {
            #expect(files[path] != nil, "missing \(path)")
        }
        let analysis = try ToolRunner.run(["analyze", ecommerce, "--format", "json"])
        #expect(files["decomposition.json"] == Data(analysis.standardOutput.utf8))
        #expect(result.standardOutput.contains("created      docker-compose.yml"))
    }

    @Test func reRunningChangesNothingAndGivesTheSameBytes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a").path
        let second = folder.appendingPathComponent("b").path
        #expect(try ToolRunner.run(["scaffold", ecommerce, "-o", first]).exitCode == 0)
        #expect(try ToolRunner.run(["scaffold", ecommerce, "-o", second]).exitCode == 0)
        #expect(try contents(of: URL(fileURLWithPath: first)) == contents(of: URL(fileURLWithPath: second)))
        let again = try ToolRunner.run(["scaffold", ecommerce, "-o", first])
        #expect(again.exitCode == 0)
        #expect(!again.standardOutput.contains("created"))
        #expect(!again.standardOutput.contains("updated"))
        #expect(again.standardOutput.hasSuffix(" unchanged\n"))
    }

    @Test func editedFilesAreLeftAloneUntilForcedAndUserFilesSurvive() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.path
        #expect(try ToolRunner.run(["scaffold", ecommerce, "-o", out]).exitCode == 0)
        let readme = folder.appendingPathComponent("README.md")
        let generated = try String(contentsOf: readme, encoding: .utf8)
        try "my notes\n".write(to: readme, atomically: true, encoding: .utf8)
        let mine = folder.appendingPathComponent("services/NOTES.txt")
        try "mine\n".write(to: mine, atomically: true, encoding: .utf8)

        let rerun = try ToolRunner.run(["scaffold", ecommerce, "-o", out])
        #expect(rerun.exitCode == 0)
        #expect(rerun.standardOutput.contains("left alone   README.md (edited since it was generated"))
        #expect(try String(contentsOf: readme, encoding: .utf8) == "my notes\n")

        let forced = try ToolRunner.run(["scaffold", ecommerce, "-o", out, "--force"])
        #expect(forced.exitCode == 0)
        #expect(forced.standardOutput.contains("overwritten  README.md"))
        #expect(try String(contentsOf: readme, encoding: .utf8) == generated)
        #expect(try String(contentsOf: mine, encoding: .utf8) == "mine\n")
    }

    @Test func aUserFileWhereAGeneratedOneGoesIsNotOverwritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "COMPOSE=mine\n".write(
            to: folder.appendingPathComponent("docker-compose.yml"), atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["scaffold", ecommerce, "-o", folder.path])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("left alone   docker-compose.yml (not made by decompose"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
                == "COMPOSE=mine\n")
    }

    @Test func aRelativeOutputFolderIsCreatedInTheWorkingDirectory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dry = try ToolRunner.run(["scaffold", ecommerce, "-o", "shop/new", "--dry-run"], in: folder)
        #expect(dry.exitCode == 0, "\(dry.standardError)")
        let result = try ToolRunner.run(["scaffold", ecommerce, "-o", "shop/new"], in: folder)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("shop/new/README.md").path))
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("shop")
        let result = try ToolRunner.run(["scaffold", ecommerce, "-o", out.path, "--dry-run"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("dry run: nothing was written"))
        #expect(result.standardOutput.contains("created      docker-compose.yml"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func hostileContextNamesStayInsideTheFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let analysis = try ToolRunner.run(["analyze", ecommerce, "--format", "json"])
        let names = ["../etc", "/abs", "Ünïcødé", "class", "..", ".decompose"]
        let decomposition = try #require(JSONParser().parse(analysis.standardOutput, path: "a.json").value)
        let contexts = try #require(decomposition["contexts"]?.arrayValue)
        let edited = JSONValue.object([
            (
                "contexts",
                .array(
                    contexts.enumerated().map { index, context in
                        .object([
                            ("name", .string(names[index % names.count] + "\(index / names.count)")),
                            ("entities", context["entities"] ?? .null),
                        ])
                    })
            )
        ])
        let text = JSONWriter().write(edited)
        let file = folder.appendingPathComponent("edited.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try ToolRunner.run(["scaffold", ecommerce, "-o", out.path, "--decomposition", file.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let outside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(outside == ["edited.json", "out"])
        let services = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("services").path)
            .filter { $0 != "Package.swift" }
        #expect(services.count == contexts.count)
        #expect(services.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/") })
    }

    @Test func aSymbolicLinkLeadingOutsideIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: out.appendingPathComponent("gateway"), withDestinationURL: elsewhere)
        let result = try ToolRunner.run(["scaffold", ecommerce, "-o", out.path])
        #expect(result.exitCode == 73)
        #expect(result.standardError.contains("symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func anEditedDecompositionWithAnUnknownEntityFailsWithItsLocation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("d.json")
        try "{\"contexts\": [{\"name\": \"All\", \"entities\": [\"Nope\"]}]}".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run([
            "scaffold", ecommerce, "-o", folder.appendingPathComponent("out").path, "--decomposition", file.path,
        ])
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("d.json:1:"))
        #expect(result.standardError.contains("'Nope' is not an entity of the model"))
    }

    @Test func exitCodesFollowTheProject() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ToolRunner.run(["scaffold", "missing.domain", "-o", folder.path]).exitCode == 66)
        #expect(try ToolRunner.run(["scaffold", ecommerce]).exitCode == 64)
        let file = folder.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(try ToolRunner.run(["scaffold", ecommerce, "-o", file.path]).exitCode == 73)
    }

    @Test func aTemplatesFolderOverridesFileByFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates/workspace")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# {{system}} by us\n".write(
            to: templates.appendingPathComponent("README.md.mustache"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try ToolRunner.run([
            "scaffold", ecommerce, "-o", out.path, "--templates", folder.appendingPathComponent("templates").path,
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(try String(contentsOf: out.appendingPathComponent("README.md"), encoding: .utf8) == "# Shop by us\n")
        #expect(
            try String(contentsOf: out.appendingPathComponent(".env.example"), encoding: .utf8).contains("GATEWAY_PORT")
        )

        try "{{#broken}}\n".write(
            to: templates.appendingPathComponent("README.md.mustache"), atomically: true, encoding: .utf8)
        let broken = try ToolRunner.run([
            "scaffold", ecommerce, "-o", out.path, "--templates", folder.appendingPathComponent("templates").path,
        ])
        #expect(broken.exitCode == 65)
        #expect(broken.standardError.contains("workspace/README.md.mustache:"))
    }
}
