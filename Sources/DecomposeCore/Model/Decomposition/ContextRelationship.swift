/// A dependency between two contexts and the DDD pattern suggested for it.
public struct ContextRelationship: Sendable, Hashable {
    /// The context depended upon (its model flows downstream).
    public var upstream: String
    public var downstream: String
    public var pattern: RelationshipPattern
    /// The facts that led to the pattern, in domain words.
    public var reasons: [String]
    /// What crosses the boundary: references, reads, events, in domain words.
    public var crossings: [String]
    /// Total coupling weight across the boundary.
    public var weight: Double

    public init(
        upstream: String, downstream: String, pattern: RelationshipPattern, reasons: [String] = [],
        crossings: [String] = [], weight: Double = 0
    ) {
        self.upstream = upstream
        self.downstream = downstream
        self.pattern = pattern
        self.reasons = reasons
        self.crossings = crossings
        self.weight = weight
    }
}
