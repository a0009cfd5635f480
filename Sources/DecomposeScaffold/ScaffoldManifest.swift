import DecomposeCore

/// What a scaffold run generated: each path with the SHA-256 of the content written, stored in
/// `DIR/.decompose/manifest.json`.
///
/// On a re-run it tells a file the user has not touched (its hash still matches) from one they
/// edited or made, so the generator updates only its own untouched files and never deletes anything.
public struct ScaffoldManifest: Sendable, Hashable {
    /// The folder, inside the output folder, that holds the manifest; no generated path may use it.
    public static let folder = ".decompose"
    /// The manifest's path relative to the output folder.
    public static let path = folder + "/manifest.json"
    public static let schemaVersion = 1

    /// Relative path → SHA-256 (lowercase hex) of the content generated there.
    public var hashes: [String: String]

    public init(hashes: [String: String] = [:]) {
        self.hashes = hashes
    }

    /// Reads a manifest written by `text`; a missing or malformed `files` object is an error.
    public static func parse(_ text: String, path: String) -> (manifest: ScaffoldManifest?, diagnostics: [Diagnostic]) {
        let (document, diagnostics) = JSONParser().parseDocument(text, path: path)
        guard let document else { return (nil, diagnostics) }
        let filesPath = JSONPath.root.appending("files")
        guard let files = document.value["files"]?.objectValue else {
            let error = Diagnostic.error(
                "manifest.missingFiles", "the manifest has no 'files' object; delete it to start over",
                at: SourceRange(start: document.location(of: filesPath)))
            return (nil, diagnostics + [error])
        }
        var hashes: [String: String] = [:]
        var problems = diagnostics
        for (key, value) in files {
            guard let hash = value.stringValue, hash.count == 64,
                hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
            else {
                problems.append(
                    .error(
                        "manifest.badHash", "expected a SHA-256 as 64 lowercase hex digits",
                        at: SourceRange(start: document.location(of: filesPath.appending(key)))))
                continue
            }
            hashes[key] = hash
        }
        return problems.containsErrors ? (nil, problems) : (ScaffoldManifest(hashes: hashes), problems)
    }

    /// The manifest as JSON, paths sorted, ending in a newline.
    public var text: String {
        JSONWriter().write(
            .object([
                ("schemaVersion", .int(Self.schemaVersion)),
                ("generator", .string("decompose scaffold")),
                ("files", .object(hashes.keys.sorted().map { ($0, .string(hashes[$0] ?? "")) })),
            ]))
    }

    /// What to do with each file, given the SHA-256 of what is on disk now (`nil`: no file there).
    ///
    /// Sorted by path; paths the manifest lists that `files` no longer has come out as
    /// `noLongerGenerated` when they still exist.
    public func changes(for files: [RenderedFile], onDisk: [String: String], force: Bool) -> [ScaffoldChange] {
        var changes = files.map { file in
            ScaffoldChange(path: file.path, kind: kind(of: file, current: onDisk[file.path], force: force))
        }
        let planned = Set(files.map(\.path))
        for path in hashes.keys where !planned.contains(path) && onDisk[path] != nil {
            changes.append(ScaffoldChange(path: path, kind: .noLongerGenerated))
        }
        return changes.sorted { $0.path < $1.path }
    }

    private func kind(of file: RenderedFile, current: String?, force: Bool) -> ScaffoldChange.Kind {
        guard let current else { return .created }
        let new = SHA256.hex(file.text)
        if current == new { return .unchanged }
        let reason: ScaffoldChange.LeftAloneReason
        switch hashes[file.path] {
        case current: return .updated
        case nil: reason = .notGenerated
        default: reason = .editedByUser
        }
        return force ? .overwritten(reason) : .leftAlone(reason)
    }

    /// The manifest after applying `changes` to `files`: written and unchanged files get their new
    /// hash; a file left alone keeps its old entry (if any), so it stays recognised as edited.
    public func applying(_ changes: [ScaffoldChange], of files: [RenderedFile]) -> ScaffoldManifest {
        var next = self
        let texts = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        for change in changes {
            guard let text = texts[change.path] else { continue }
            switch change.kind {
            case .created, .updated, .unchanged, .overwritten: next.hashes[change.path] = SHA256.hex(text)
            case .leftAlone, .noLongerGenerated: break
            }
        }
        return next
    }
}
