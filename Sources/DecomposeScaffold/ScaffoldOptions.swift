import DecomposeCore

/// Choices for a scaffold.
public struct ScaffoldOptions: Sendable, Hashable {
    /// The framework of every generated service.
    public var framework: Framework

    /// Creates options; Hummingbird unless told otherwise.
    public init(framework: Framework = .hummingbird) {
        self.framework = framework
    }
}
