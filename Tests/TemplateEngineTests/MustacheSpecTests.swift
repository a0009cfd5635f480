import DecomposeCore
import DecomposeScaffold
import Foundation
import TemplateEngine
import Testing

/// The official Mustache specification's required modules, read from `../shared/mustache-spec`
/// next to the package (the cases are MIT-licensed and not copied into the project). On a clone
/// without that folder the suite is skipped with a notice instead of failing.
@Suite struct MustacheSpecTests {
    /// The required modules and how many cases each holds in specification v1.4.
    static let modules = [
        "comments": 12, "delimiters": 14, "interpolation": 42, "inverted": 22, "partials": 12, "sections": 34,
    ]

    /// `<package root>/../shared/mustache-spec`.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TemplateEngineTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/mustache-spec")

    static let isAvailable = FileManager.default.fileExists(atPath: folder.appendingPathComponent("sections.json").path)

    static let cases: [MustacheSpecCase] = isAvailable ? loadCases() : []

    @Test(
        .enabled(
            if: isAvailable,
            "Mustache specification not found at ../shared/mustache-spec; its 136 conformance cases were not run"))
    func everyRequiredCaseIsLoaded() {
        for (module, count) in Self.modules.sorted(by: { $0.key < $1.key }) {
            #expect(Self.cases.filter { $0.file == module }.count == count, "cases of \(module).json")
        }
        #expect(Self.cases.count == 136)
    }

    @Test(
        .enabled(
            if: isAvailable,
            "Mustache specification not found at ../shared/mustache-spec; its 136 conformance cases were not run"),
        arguments: cases)
    func specCase(_ specCase: MustacheSpecCase) throws {
        var templates = specCase.partials
        templates[MustacheSpecCase.templateName] = specCase.template
        let library = try MustacheLibrary(templates: templates)
        let rendered = try library.render(MustacheSpecCase.templateName, data: specCase.data)
        #expect(rendered == specCase.expected, "\(specCase.description)")
    }

    private static func loadCases() -> [MustacheSpecCase] {
        var cases: [MustacheSpecCase] = []
        for module in modules.keys.sorted() {
            let url = folder.appendingPathComponent("\(module).json")
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                let json = JSONParser().parse(text, path: url.path).value,
                let tests = json["tests"]?.arrayValue
            else { continue }
            for test in tests {
                var partials: [String: String] = [:]
                for member in test["partials"]?.objectValue ?? [] {
                    partials[member.key] = member.value.stringValue ?? ""
                }
                cases.append(
                    MustacheSpecCase(
                        file: module, name: test["name"]?.stringValue ?? "",
                        description: test["desc"]?.stringValue ?? "",
                        data: MustacheValue(test["data"] ?? .null),
                        template: test["template"]?.stringValue ?? "",
                        partials: partials, expected: test["expected"]?.stringValue ?? ""))
            }
        }
        return cases
    }
}

/// One case of the specification: a template, its partials and data, and the expected output.
struct MustacheSpecCase: Sendable, CustomTestStringConvertible {
    /// The name the case's template gets in its library (the spec's partials use other names).
    static let templateName = "spec-template"

    var file: String
    var name: String
    var description: String
    var data: MustacheValue
    var template: String
    var partials: [String: String]
    var expected: String

    var testDescription: String { "\(file): \(name)" }
}
