/// A security zone: its entities never share a context with another zone's.
public struct SecurityZone: Sendable, Hashable {
    public var name: String
    /// Entity or aggregate names.
    public var members: [NameReference]
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, members: [NameReference], doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.members = members
        self.doc = doc
        self.location = location
    }
}

/// `keep-apart A, B` or `keep-together A, B`: a hint the analysis must honour.
public struct EntityGroup: Sendable, Hashable {
    /// Entity or aggregate names.
    public var members: [NameReference]
    public var doc: String?
    public var location: SourceLocation?

    public init(members: [NameReference], doc: String? = nil, location: SourceLocation? = nil) {
        self.members = members
        self.doc = doc
        self.location = location
    }
}

/// `pin Stock, Warehouse to Inventory`: a context the team has already decided.
public struct Pin: Sendable, Hashable {
    /// Entity or aggregate names.
    public var members: [NameReference]
    public var context: String
    public var doc: String?
    public var location: SourceLocation?

    public init(members: [NameReference], context: String, doc: String? = nil, location: SourceLocation? = nil) {
        self.members = members
        self.context = context
        self.doc = doc
        self.location = location
    }
}
