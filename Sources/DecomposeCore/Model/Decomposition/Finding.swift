/// Something about the suggestion worth a second look: why, and what to consider.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case cycle, oversizedContext = "oversized-context", singleEntityContext = "single-entity-context"
        case widelyReferenced = "widely-referenced", borderlineEntity = "borderline-entity"
        case constraintConflict = "constraint-conflict"
    }

    public var kind: Kind
    /// The context, entity or use case the finding is about.
    public var subject: String
    public var message: String
    /// What a team might do about it.
    public var suggestion: String

    public init(kind: Kind, subject: String, message: String, suggestion: String) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.suggestion = suggestion
    }
}
