import DecomposeCore
import DecomposeScaffold
import DecomposeTestSupport
import Foundation
import Testing

/// Runs the built `decompose` on hostile inputs of issue 5: exit 65 with a located message on standard error,
/// nothing on standard output, no partial output file, and `scaffold` writing only inside its folder.
@Suite struct HostileInputTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` as `name` in `folder` and returns its path.
    private func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A small valid model in each format, broken by an invalid UTF-8 byte on its second line.
    static let formats: [(extension: String, first: String, second: String)] = [
        ("domain", "entity A {\n", "  id: UUID\n}\n"),
        ("json", "{\"schemaVersion\": 1,\n", "  \"entities\": []}\n"),
        ("jdl", "entity A {\n", "  name String\n}\n"),
        ("cml", "BoundedContext C {\n", "}\n"),
    ]

    @Test(arguments: formats.map(\.extension))
    func invalidUTF8IsLocatedInEveryFormat(_ format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try #require(Self.formats.first { $0.extension == format })
        let path = try write(
            Array(parts.first.utf8) + [0x20, 0x20, 0xFF] + Array(parts.second.utf8), "bad.\(format)", in: folder)
        let result = try ToolRunner.run(["validate", path])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("\(path):2:3: error: invalid UTF-8 byte 0xFF"))
        #expect(result.standardError.contains("[input.invalidUTF8]"))
    }

    @Test func deepNestingIsOneLocatedErrorAndNoOutputFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = [UInt8](repeating: UInt8(ascii: "{"), count: 200_000)
        for format in ["domain", "json", "jdl", "cml"] {
            let path = try write(deep, "deep.\(format)", in: folder)
            let output = folder.appendingPathComponent("out-\(format).txt")
            let result = try ToolRunner.run(["analyze", path, "-o", output.path])
            #expect(result.exitCode == 65, "\(format)")
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError.hasPrefix("\(path):1:"), "\(format)")
            #expect(result.standardError.utf8.count < 2_000, "\(format): \(result.standardError.prefix(300))")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 4)
    }

    @Test func aNULByteIsShownAsItsPicture() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(Array("entity A {\n  \u{0}id: UUID\n}\n".utf8), "nul.domain", in: folder)
        let result = try ToolRunner.run(["validate", path])
        #expect(result.exitCode == 65)
        #expect(
            result.standardError
                == "\(path):2:3: error: invalid character 'U+0000' in source [syntax.invalidCharacter]\n"
                + "  \u{2400}id: UUID\n  ^\n")
    }

    @Test func aMegabyteOfRandomTokensGivesABoundedReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let words = ["entity", "{", "}", "Foo", ":", "->", "[", "String", "usecase", "reads", "\n"]
        var generator = SplitMix64(seed: 9)
        var text = ""
        while text.utf8.count < 1 << 20 { text += words[generator.nextInt(below: words.count)] + " " }
        let path = try write(Array(text.utf8), "random.domain", in: folder)
        let result = try ToolRunner.run(["validate", path])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("\(path):1:"))
        let last = result.standardError.split(separator: "\n").last ?? ""
        #expect(last.hasPrefix("decompose: note: ") && last.hasSuffix("not shown; the first 200 are above"))
        #expect(result.standardError.utf8.count < 200 * 600)
    }

    @Test func deeplyNestedTemplateSectionsAreLocated() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try write(Array(String(repeating: "{{#a}}", count: 200_000).utf8), "t.mustache", in: folder)
        let data = try write(Array("{\"a\": 1}".utf8), "d.json", in: folder)
        let result = try ToolRunner.run(["templates", "render", template, "--data", data])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("\(template):1:601: error: sections nested deeper than 100 levels"))
    }

    /// Names that try every way out of the output folder, or onto names Windows reserves.
    static let hostileNames = [
        "../../escape", "/abs", "a\\b", "..", ".", "...", ".decompose", "~root", "CON", "nul", "com1", "LPT9.txt",
        "Ｏｒｄｅｒ", "Ünïcødé", "class", "a b", "x\u{0}y", "\u{202E}evil", "-rf", "",
    ]

    @Test func scaffoldWritesOnlyInsideItsFolderWhateverTheNames() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entities = Self.hostileNames.filter { !$0.isEmpty }.map { name in
            JSONValue.object([
                ("name", .string(name)),
                (
                    "fields",
                    .array([.object([("name", .string("id")), ("type", .object([("name", .string("UUID"))]))])])
                ),
            ])
        }
        let model = JSONValue.object([
            ("schemaVersion", .number(JSONNumber(text: "1"))), ("entities", .array(entities)),
        ])
        let path = try write(Array(JSONWriter().write(model).utf8), "evil.json", in: folder)
        let out = folder.appendingPathComponent("nested/out")
        let result = try ToolRunner.run(["scaffold", path, "-o", out.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["evil.json", "nested"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("nested").path) == ["out"]
        )
        let services = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("services").path)
            .filter { $0 != "Package.swift" }
        // One service per entity, except `a b` and `a\b`: they share the name stems a and b, and form one context.
        #expect(services.count == entities.count - 1)
        for service in services {
            #expect(
                service.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(service)")
            #expect(!NameSanitizer.isWindowsDeviceName(service), "\(service)")
        }
        for file in FileManager.default.subpaths(atPath: out.path) ?? [] {
            let components = file.split(separator: "/")
            #expect(!components.contains { NameSanitizer.isWindowsDeviceName(String($0)) }, "\(file)")
            #expect(!components.contains { $0 == ".." })
        }
    }

    @Test func scaffoldOfABrokenModelWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(Array("entity A {\n  b -> Missing\n}\n".utf8), "broken.domain", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try ToolRunner.run(["scaffold", path, "-o", out.path])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("\(path):2:3: error: unknown entity 'Missing'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aHostileTemplateOverrideFailsWithItsIdAndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates/workspace")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        _ = try write(Array(String(repeating: "{{#a}}", count: 200_000).utf8), "README.md.mustache", in: templates)
        let out = folder.appendingPathComponent("out")
        let result = try ToolRunner.run([
            "scaffold", PackagePaths.fixture("ecommerce.domain").path, "-o", out.path, "--templates",
            folder.appendingPathComponent("templates").path,
        ])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("workspace/README.md.mustache:1:601: error: sections nested deeper"))
        #expect(result.standardError.contains("[template.tooDeep]"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func anExpectedEntityMissingFromTheModelIsALocatedWarning() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try write(Array("// all in one\nAll: Customer, Nope\n".utf8), "e.expected", in: folder)
        let result = try ToolRunner.run([
            "compare", PackagePaths.fixture("ecommerce.domain").path, "--expected", expected,
        ])
        #expect(result.exitCode == 0)
        #expect(
            result.standardError.hasPrefix(
                "\(expected):2:16: warning: 'Nope' (expected in 'All') is not an entity of the model"
                    + " [expected.unknownEntity]\n"))
        #expect(result.standardOutput.contains("Expected but not in the model: Nope"))
    }
}
