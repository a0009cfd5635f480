import DecomposeCore

/// One file of a scaffold as it will be written: its path relative to the output folder and its text.
public struct RenderedFile: Sendable, Hashable {
    /// Relative, `/`-separated, checked by `ScaffoldPath`.
    public var path: String
    public var text: String
    /// Written with the executable bit (scripts).
    public var executable: Bool

    public init(path: String, text: String, executable: Bool = false) {
        self.path = path
        self.text = text
        self.executable = executable
    }
}
