import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

@Suite struct ScaffoldPathTests {
    @Test(arguments: ["README.md", "services/ordering/Sources/OrderingService/App.swift", ".env.example"])
    func acceptsRelativePaths(path: String) {
        #expect(ScaffoldPath.problem(with: path) == nil)
    }

    @Test(arguments: [
        "", "/etc/passwd", "~/x", "../x", "services/../../x", "a/./b", "a//b", "a/", "a\\b", "a\u{0}b", "a\nb",
        ".decompose/manifest.json",
    ])
    func refusesPathsThatCouldLeaveTheFolderOrTouchTheManifest(path: String) {
        #expect(ScaffoldPath.problem(with: path) != nil)
    }
}
