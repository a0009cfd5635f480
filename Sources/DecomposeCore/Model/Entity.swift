/// An entity: something with identity and a lifecycle, the unit the analysis places in a context.
public struct Entity: Sendable, Hashable {
    public var name: String
    public var fields: [Field]
    /// `extends Parent`: inheritance, which the analysis never splits.
    public var parent: String?
    /// `owned-by Team`, or the owner of its aggregate.
    public var owner: String?
    public var characteristics: Characteristics
    /// The aggregate it belongs to: declared, or inferred by `ModelBuilder`.
    public var aggregate: String?
    public var doc: String?
    public var location: SourceLocation?

    public init(
        name: String, fields: [Field] = [], parent: String? = nil, owner: String? = nil,
        characteristics: Characteristics = Characteristics(), aggregate: String? = nil, doc: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.fields = fields
        self.parent = parent
        self.owner = owner
        self.characteristics = characteristics
        self.aggregate = aggregate
        self.doc = doc
        self.location = location
    }
}

/// A value object: `value Money { amount: Decimal, currency: String }`, embedded where used.
public struct ValueObject: Sendable, Hashable {
    public var name: String
    public var fields: [Field]
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, fields: [Field] = [], doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.fields = fields
        self.doc = doc
        self.location = location
    }
}

/// An enumeration: `enum OrderStatus { pending, paid }`.
public struct EnumType: Sendable, Hashable {
    public var name: String
    public var cases: [String]
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, cases: [String], doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.cases = cases
        self.doc = doc
        self.location = location
    }
}

/// A domain event: `event OrderPlaced { order -> Order }`, emitted by use cases.
public struct DomainEvent: Sendable, Hashable {
    public var name: String
    public var fields: [Field]
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, fields: [Field] = [], doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.fields = fields
        self.doc = doc
        self.location = location
    }
}
