/// An operation of the monolith and the data it touches: the strongest signal for the analysis.
public struct UseCase: Sendable, Hashable {
    /// The keyword it was declared with.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case usecase, command, query
    }

    public var name: String
    public var kind: Kind
    /// `by Customer`: who triggers it (a role, not necessarily an entity).
    public var actor: String?
    public var isLatencyCritical: Bool
    public var reads: [Access]
    public var writes: [Access]
    /// Domain events it publishes.
    public var emits: [NameReference]
    /// Domain events it reacts to (`on OrderPlaced`).
    public var handles: [NameReference]
    public var doc: String?
    public var location: SourceLocation?

    public init(
        name: String, kind: Kind = .usecase, actor: String? = nil, isLatencyCritical: Bool = false,
        reads: [Access] = [], writes: [Access] = [], emits: [NameReference] = [], handles: [NameReference] = [],
        doc: String? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.kind = kind
        self.actor = actor
        self.isLatencyCritical = isLatencyCritical
        self.reads = reads
        self.writes = writes
        self.emits = emits
        self.handles = handles
        self.doc = doc
        self.location = location
    }
}

/// `Product` or `Product.price` in a use case's `reads` or `writes`.
public struct Access: Sendable, Hashable, CustomStringConvertible {
    public var entity: String
    /// The field, for field-level access; `nil` means the whole entity.
    public var field: String?
    public var location: SourceLocation?

    public init(entity: String, field: String? = nil, location: SourceLocation? = nil) {
        self.entity = entity
        self.field = field
        self.location = location
    }

    public var description: String { field.map { "\(entity).\($0)" } ?? entity }
}

/// A name used somewhere, with where it was written (for diagnostics).
public struct NameReference: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var location: SourceLocation?

    public init(_ name: String, at location: SourceLocation? = nil) {
        self.name = name
        self.location = location
    }

    public var description: String { name }
}
