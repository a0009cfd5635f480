import DecomposeCore
import DecomposeScaffold
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder of `decompose scaffold`: reads what is there, and writes only inside it.
///
/// Every path is checked twice: by its spelling (`ScaffoldPath`: relative, no `..`) and on disk (the
/// real path of its deepest existing folder, and of the file itself if it is a symbolic link, must be
/// inside the real path of the output folder), so a symbolic link cannot lead a write outside.
struct ScaffoldWorkspace: Sendable {
    /// The output folder as given.
    var root: String
    /// Its real path (symbolic links resolved), or the standardised path when it does not exist yet.
    private var realRoot: String
    private var manifest: ScaffoldManifest

    init(root: String) throws(CommandFailure) {
        self.root = root
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CommandFailure(.cannotWrite, "'\(root)' exists and is not a folder")
        }
        realRoot = Self.resolved(URL(fileURLWithPath: root).standardizedFileURL.path)
        let manifestPath = root + "/" + ScaffoldManifest.path
        guard FileAccess.exists(manifestPath) else {
            manifest = ScaffoldManifest()
            return
        }
        let text = try FileAccess.read(manifestPath)
        let (manifest, diagnostics) = ScaffoldManifest.parse(text, path: manifestPath)
        guard let manifest else {
            throw CommandFailure(
                .badInput,
                diagnostics.first { $0.severity == .error }
                    ?? .error("manifest.unreadable", "cannot read the manifest", at: nil))
        }
        self.manifest = manifest
    }

    /// What applying `files` would do, given what is on disk now.
    func changes(for files: [RenderedFile], force: Bool) throws(CommandFailure) -> [ScaffoldChange] {
        var onDisk: [String: String] = [:]
        let paths = Set(files.map(\.path)).union(manifest.hashes.keys).sorted()
        for path in paths {
            let full = try checkedPath(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: full) else {
                throw CommandFailure(.cannotWrite, "'\(full)' is a folder or unreadable; cannot generate a file there")
            }
            onDisk[path] = SHA256.hex([UInt8](data))
        }
        return manifest.changes(for: files, onDisk: onDisk, force: force)
    }

    /// Writes every file `changes` says to write, each atomically, then the updated manifest. When a
    /// write fails, the manifest still records the files written before it, so a re-run recognises them.
    func apply(_ changes: [ScaffoldChange], of files: [RenderedFile]) throws(CommandFailure) {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var done: [ScaffoldChange] = []
        for change in changes {
            if change.writes, let file = byPath[change.path] {
                do {
                    try write(file.text, to: file.path, executable: file.executable)
                } catch {
                    try? write(manifest.applying(done, of: files).text, to: ScaffoldManifest.path, executable: false)
                    throw error
                }
            }
            done.append(change)
        }
        try write(manifest.applying(changes, of: files).text, to: ScaffoldManifest.path, executable: false)
    }

    private func write(_ text: String, to path: String, executable: Bool) throws(CommandFailure) {
        let full = try checkedPath(path)
        let folder = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(.cannotWrite, "cannot create folder '\(folder)': \(error.localizedDescription)")
        }
        // The folders were just created or checked; check again so a link made meanwhile cannot escape.
        _ = try checkedPath(path)
        try FileAccess.write(text, to: full)
        guard chmod(full, executable ? 0o755 : 0o644) == 0 else {
            throw CommandFailure(.cannotWrite, "cannot set the permissions of '\(full)'")
        }
    }

    /// The path of `relative` inside the output folder, or a failure (exit 73) if it could land outside.
    private func checkedPath(_ relative: String) throws(CommandFailure) -> String {
        if relative != ScaffoldManifest.path, let problem = ScaffoldPath.problem(with: relative) {
            throw CommandFailure(.cannotWrite, "refusing to write \(problem)")
        }
        let full = root + "/" + relative
        var candidates = [(full as NSString).deletingLastPathComponent]
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil {
            candidates.append(full)
        }
        for candidate in candidates {
            let real = Self.resolved(URL(fileURLWithPath: candidate).standardizedFileURL.path)
            guard real == realRoot || real.hasPrefix(realRoot + "/") else {
                throw CommandFailure(
                    .cannotWrite, "refusing to write '\(relative)': a symbolic link leads outside '\(root)'")
            }
        }
        return full
    }

    /// The absolute `path` with every symbolic link resolved: the real path of its deepest existing
    /// folder followed by the components that do not exist yet.
    private static func resolved(_ path: String) -> String {
        var head = path
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: head), head != "/" {
            missing.insert((head as NSString).lastPathComponent, at: 0)
            head = (head as NSString).deletingLastPathComponent
        }
        guard let real = realpath(head, nil) else { return path }
        defer { free(real) }
        return ([String(cString: real)] + missing).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
    }
}
