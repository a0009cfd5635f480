import DecomposeCore

/// The check every generated path passes before anything is written: relative, `/`-separated, and
/// unable to leave the output folder by its spelling.
///
/// Symbolic links that already exist in the output folder are the caller's to resolve (Core does no
/// I/O); this check makes sure the text of the path alone cannot escape.
public enum ScaffoldPath {
    /// Why a path is refused, or `nil` when it is safe.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "'\(path)' is absolute" }
        if path.contains("\\") { return "'\(path)' contains a backslash" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) {
            return "'\(path)' contains a control character"
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty }) { return "'\(path)' has an empty component" }
        if components.contains(where: { $0 == "." || $0 == ".." }) { return "'\(path)' contains '.' or '..'" }
        if components.contains(where: { $0 == ScaffoldManifest.folder }) {
            return "'\(path)' is inside the manifest's folder"
        }
        return nil
    }
}
