import DecomposeCore

/// Every file of a scaffold, sorted by path.
public struct ScaffoldPlan: Sendable, Hashable {
    /// The planned files, sorted by path.
    public var files: [PlannedFile]

    /// Creates a plan; the files are sorted by path.
    public init(files: [PlannedFile]) {
        self.files = files.sorted { $0.path < $1.path }
    }
}
