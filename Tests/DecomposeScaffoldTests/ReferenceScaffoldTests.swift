import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The whole scaffold of the course exercise (`Fixtures/formats/textbook/shop.domain`: Customer, Order and Product
/// services, the chassis, the gateway, compose and PostgreSQL set-up) is checked in under
/// `Fixtures/reference/shop-scaffold/`, as swift-openapi-generator checks in its reference output: every change to
/// a template or to the planner shows up as a reviewable diff of real generated files.
/// `DECOMPOSE_RECORD=1 swift test --filter ReferenceScaffoldTests` rewrites the folder.
@Suite struct ReferenceScaffoldTests {
    static let folder = "reference/shop-scaffold"

    /// The scaffold `decompose scaffold Fixtures/formats/textbook/shop.domain` writes (the manifest aside).
    static func scaffold() throws -> [RenderedFile] {
        let text = try String(contentsOf: PackagePaths.fixture("formats/textbook/shop.domain"), encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: "shop.domain").model)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let plan = ScaffoldPlanner(options: ScaffoldOptions()).plan(model: model, decomposition: decomposition)
        let rendered = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        return try #require(rendered.files, "\(rendered.diagnostics)")
    }

    /// The files under the reference folder, by path relative to it.
    static func checkedIn() -> Set<String> {
        let root = PackagePaths.fixture(folder).standardizedFileURL.resolvingSymlinksInPath()
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        return Set(
            (files ?? []).map {
                String($0.standardizedFileURL.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
            })
    }

    @Test func everyGeneratedFileMatchesTheReference() throws {
        for file in try Self.scaffold() {
            GoldenFile.assertMatches(file.text, "\(Self.folder)/\(file.path)")
        }
    }

    @Test func theReferenceHoldsNoFileTheScaffoldNoLongerWrites() throws {
        let generated = Set(try Self.scaffold().map(\.path))
        let stale = Self.checkedIn().subtracting(generated).sorted()
        if GoldenFile.isRecording {
            for path in stale { try FileManager.default.removeItem(at: PackagePaths.fixture("\(Self.folder)/\(path)")) }
        }
        #expect(stale.isEmpty, "no longer generated (DECOMPOSE_RECORD=1 removes them): \(stale)")
    }
}
