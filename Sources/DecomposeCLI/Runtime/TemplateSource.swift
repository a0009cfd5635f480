import DecomposeCore
import DecomposeScaffold
import Foundation

/// The templates a scaffold renders with: the embedded defaults, each replaced by a file at the same
/// relative path (ending in `.mustache`) in the user's templates folder.
enum TemplateSource {
    /// Templates by name, and the text of each override by its file path for quoting diagnostics.
    struct Loaded: Sendable {
        var files: [String: String]
        var sources: [String: String]
    }

    static func templates(overriddenBy folder: String?, in context: CommandContext) throws(CommandFailure) -> Loaded {
        var files = DefaultTemplates.files
        var sources: [String: String] = [:]
        guard let folder else { return Loaded(files: files, sources: sources) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(.inputMissing, "no templates folder '\(folder)'")
        }
        let root = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        let names = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { $0.hasSuffix(".mustache") }
        for name in names.sorted() {
            let path = root.appendingPathComponent(name).path
            let text = try FileAccess.read(path)
            if files[name] == nil {
                context.write(
                    "note: '\(name)' in '\(folder)' adds a template the embedded set does not have\n",
                    .standardError)
            }
            files[name] = text
            sources[name] = text
        }
        return Loaded(files: files, sources: sources)
    }
}
