/// A consistency boundary: a root entity and the entities that live inside it.
///
/// The analysis treats an aggregate as atomic: it is never split across contexts.
public struct Aggregate: Sendable, Hashable {
    public var name: String
    public var root: String
    /// Every member entity including the root, root first, then in declaration order.
    public var members: [String]
    public var owner: String?
    /// Characteristics declared on the aggregate; members inherit those they do not set.
    public var characteristics: Characteristics
    /// `true` when `ModelBuilder` inferred it from composition rather than a declaration.
    public var isInferred: Bool
    public var doc: String?
    public var location: SourceLocation?

    public init(
        name: String, root: String, members: [String], owner: String? = nil,
        characteristics: Characteristics = Characteristics(), isInferred: Bool = false, doc: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.root = root
        self.members = members
        self.owner = owner
        self.characteristics = characteristics
        self.isInferred = isInferred
        self.doc = doc
        self.location = location
    }
}
