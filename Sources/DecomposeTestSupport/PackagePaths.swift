import Foundation

/// Paths inside the package, found from this source file's location so tests work from any directory.
public enum PackagePaths {
    /// The package root: the folder holding Package.swift.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DecomposeTestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    /// The `Fixtures` folder.
    public static let fixtures: URL = root.appendingPathComponent("Fixtures")

    /// The `Templates` folder: the default scaffold templates.
    public static let templates: URL = root.appendingPathComponent("Templates")

    /// The DocC catalog: the reference documentation, one article a file.
    public static let documentation: URL = root.appendingPathComponent("Sources/DecomposeCore/Documentation.docc")

    /// A file under `Fixtures`, such as `golden/report.txt`.
    public static func fixture(_ relativePath: String) -> URL {
        fixtures.appendingPathComponent(relativePath)
    }
}
