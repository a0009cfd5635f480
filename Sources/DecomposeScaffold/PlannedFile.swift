import DecomposeCore
import TemplateEngine

/// One file a scaffold will write: where, from which template, with which data.
public struct PlannedFile: Sendable, Hashable {
    /// Relative, sanitised, `/`-separated path inside the output folder.
    public var path: String
    /// Name of the template in `Templates/` that renders it.
    public var template: String
    /// The data the template is rendered with.
    public var data: MustacheValue
    /// Whether the written file gets the executable bit.
    public var executable: Bool

    /// Creates a planned file.
    public init(path: String, template: String, data: MustacheValue, executable: Bool = false) {
        self.path = path
        self.template = template
        self.data = data
        self.executable = executable
    }
}
