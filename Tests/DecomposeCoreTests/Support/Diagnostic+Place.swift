@testable import DecomposeCore

extension Diagnostic {
    /// `line:column` of the diagnostic's start, for comparing with `MarkedSource.position(_:)`.
    var place: String {
        guard let start = location?.start else { return "nowhere" }
        return "\(start.line):\(start.column)"
    }
}
