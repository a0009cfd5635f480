import DecomposeTestSupport
import Foundation
import TemplateEngine
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The scaffold's default templates are generated from the repository's `Templates/` folder; this
/// test keeps the two in step and regenerates the Swift source with DECOMPOSE_RECORD=1.
@Suite struct DefaultTemplatesTests {
    @Test func embeddedTemplatesEqualTheTemplatesFolder() throws {
        let files = try Self.templateFiles()
        #expect(DefaultTemplates.files == files)
        GoldenFile.assertMatches(
            Self.source(for: files),
            file: PackagePaths.root.appendingPathComponent("Sources/DecomposeScaffold/DefaultTemplates+Generated.swift")
        )
    }

    @Test func everyDefaultTemplateParses() throws {
        let library = try MustacheLibrary(templates: DefaultTemplates.files)
        for name in DefaultTemplates.files.keys.sorted() {
            #expect(library.contains(name))
        }
    }

    @Test func gitignoreKeepsBuildOutputOut() throws {
        let library = try MustacheLibrary(templates: DefaultTemplates.files)
        let text = try library.render(
            "service/common/.gitignore.mustache", data: .object(["packageName": .string("ordering-service")]))
        #expect(text.hasPrefix("# ordering-service: "))
        for line in [".build/", ".swiftpm/", "Package.resolved"] {
            #expect(text.split(separator: "\n").contains(Substring(line)))
        }
    }

    /// Every file under Templates/ (hidden ones too), keyed by its path relative to that folder.
    static func templateFiles() throws -> [String: String] {
        let root = PackagePaths.templates.standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [:] }
        var files: [String: String] = [:]
        for case let url as URL in enumerator {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            let relative = String(path.dropFirst(root.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// The Swift source embedding `files`, in path order.
    static func source(for files: [String: String]) -> String {
        let entries = files.keys.sorted().map { path in
            "        \(Self.quoted(path)): " + SwiftStringLiteral.multiline(files[path]!, indent: 8) + ",\n"
        }
        let literal = entries.isEmpty ? "[:]" : "[\n" + entries.joined() + "    ]"
        return """
            // swift-format-ignore-file
            // Generated from Templates/ by DefaultTemplatesTests; do not edit (template lines may be longer than
            // the style allows, hence the ignore above).
            // Regenerate with: DECOMPOSE_RECORD=1 swift test --filter DefaultTemplatesTests

            /// The default scaffold templates: every file of the repository's `Templates/` folder, embedded so
            /// that `decompose scaffold` needs no files besides the model. Keys are paths relative to
            /// `Templates/`, such as `service/common/.gitignore.mustache`.
            public enum DefaultTemplates {
                /// Template text by path relative to `Templates/`.
                public static let files: [String: String] = \(literal)
            }

            """
    }

    /// `text` as a plain Swift string literal (template paths hold no quotes or backslashes).
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
