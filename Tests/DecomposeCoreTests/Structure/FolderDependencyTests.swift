import DecomposeTestSupport
import Foundation
import Testing

/// The top-level folders of `DecomposeCore` (`Model`, `Formats`, `Analysis`, …) depend on one another one way only,
/// as the pipeline runs: a folder that names a type of another may not be named back, directly or through others.
/// The targets are kept apart by the compiler; inside one target this test keeps the folders apart.
@Suite struct FolderDependencyTests {
    static let root = PackagePaths.root.appendingPathComponent("Sources/DecomposeCore")

    /// Each Swift file's path below `root` and text, without comments and string literals.
    static func sources() throws -> [(folder: String, text: String)] {
        let comment = try Regex(#"//[^\n]*"#)
        let literal = try Regex(#""(?:[^"\\\n]|\\.)*""#)
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { url in
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
            let text = try String(contentsOf: url, encoding: .utf8)
                .replacing(comment, with: "").replacing(literal, with: "\"\"")
            return (String(relative.prefix { $0 != "/" }), text)
        }
    }

    /// For each folder, the folders whose types its code names.
    static func dependencies() throws -> [String: Set<String>] {
        let sources = try sources()
        let declaration = try Regex(
            #"(?m)^(?:public |private |fileprivate |internal )?(?:final )?(?:struct|enum|class|protocol|actor) (\w+)"#)
        var folderOf: [String: String] = [:]
        for source in sources {
            for match in source.text.matches(of: declaration) {
                let name = String(source.text[match.output[1].range!])
                if folderOf[name] == nil { folderOf[name] = source.folder }
            }
        }
        let word = try Regex(#"\b[A-Z]\w+\b"#)
        var dependencies: [String: Set<String>] = [:]
        for source in sources {
            for match in source.text.matches(of: word) {
                if let folder = folderOf[String(source.text[match.range])], folder != source.folder {
                    dependencies[source.folder, default: []].insert(folder)
                }
            }
        }
        return dependencies
    }

    /// A cycle among the folders, as the folders along it, if there is one.
    static func cycle(in dependencies: [String: Set<String>]) -> [String]? {
        var finished: Set<String> = []
        func visit(_ folder: String, _ path: [String]) -> [String]? {
            if let start = path.firstIndex(of: folder) { return Array(path[start...]) + [folder] }
            guard !finished.contains(folder) else { return nil }
            for next in (dependencies[folder] ?? []).sorted() {
                if let found = visit(next, path + [folder]) { return found }
            }
            finished.insert(folder)
            return nil
        }
        for folder in dependencies.keys.sorted() {
            if let found = visit(folder, []) { return found }
        }
        return nil
    }

    @Test func theFoldersDependOnEachOtherOneWayOnly() throws {
        let dependencies = try Self.dependencies()
        #expect(Self.cycle(in: dependencies) == nil)
        #expect(dependencies["Model"] == ["Diagnostics"], "the model names nothing but its locations")
        #expect(dependencies["Analysis", default: []].isDisjoint(with: ["Formats", "Reporting", "Diagrams"]))
    }

    @Test func aCycleIsFound() {
        #expect(Self.cycle(in: ["A": ["B"], "B": ["C"], "C": ["A"]]) == ["A", "B", "C", "A"])
        #expect(Self.cycle(in: ["A": ["B"], "B": ["C"]]) == nil)
    }
}
