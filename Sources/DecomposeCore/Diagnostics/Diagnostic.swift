/// One problem found in the user's input, with a stable identifier and a location.
///
/// Printed the way the Swift compiler prints: `path:line:col: error: message [id]`,
/// followed by the source line and a caret (see `DiagnosticFormatter`).
public struct Diagnostic: Sendable, Hashable {
    /// How serious the problem is; any `.error` makes a command fail with exit code 65.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary remark attached to a diagnostic, with its own location when it points elsewhere.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var location: SourceRange?

        public init(_ message: String, at location: SourceRange? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    /// A stable, dotted identifier such as `model.unknownEntity`; the Diagnostics article lists every one.
    public var id: String
    public var message: String
    public var location: SourceRange?
    public var notes: [Note]

    public init(
        _ severity: Severity, id: String, _ message: String, at location: SourceRange?, notes: [Note] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ id: String, _ message: String, at location: SourceRange?, notes: [Note] = [])
        -> Diagnostic
    {
        Diagnostic(.error, id: id, message, at: location, notes: notes)
    }

    public static func warning(_ id: String, _ message: String, at location: SourceRange?, notes: [Note] = [])
        -> Diagnostic
    {
        Diagnostic(.warning, id: id, message, at: location, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in file, line, column order, keeping the order of equal positions.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let a = lhs.element.location?.start
            let b = rhs.element.location?.start
            let keyA = (a?.file ?? "", a?.line ?? 0, a?.column ?? 0, a?.jsonPath ?? "")
            let keyB = (b?.file ?? "", b?.line ?? 0, b?.column ?? 0, b?.jsonPath ?? "")
            if keyA != keyB { return keyA < keyB }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
