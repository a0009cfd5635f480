/// A field of an entity, value object or event.
public struct Field: Sendable, Hashable {
    /// How a field relates its owner to other declarations; decided by `ModelBuilder`.
    public enum Kind: Sendable, Hashable {
        /// Not yet resolved (as a reader produces it).
        case unresolved
        /// A scalar value such as `String` or `UUID`.
        case scalar
        /// A value of an enum type.
        case enumeration
        /// An embedded value object.
        case value
        /// `lines: [OrderLine]`: the target entity lives and dies with the owner.
        case composition(target: String)
        /// `customer -> Customer`: a reference to another entity by object.
        case reference(target: String)
        /// `customerId: UUID`: a reference to another entity by its identity, recognised by name.
        case idReference(target: String)

        /// The entity this field refers to, by object or by id (not a composition's part).
        public var referenceTarget: String? {
            switch self {
            case .reference(let target), .idReference(let target): target
            default: nil
            }
        }

        /// The entity this field points at, for compositions and references.
        public var target: String? {
            switch self {
            case .composition(let target), .reference(let target), .idReference(let target): target
            case .unresolved, .scalar, .enumeration, .value: nil
            }
        }
    }

    public var name: String
    public var type: TypeReference
    /// Written with `->`: a reference by object rather than a contained value.
    public var isReference: Bool
    public var isUnique: Bool
    /// Marked `identity`, or (when no field is marked) the field named `id`.
    public var isIdentity: Bool
    public var kind: Kind
    public var doc: String?
    public var location: SourceLocation?

    public init(
        name: String, type: TypeReference, isReference: Bool = false, isUnique: Bool = false,
        isIdentity: Bool = false, kind: Kind = .unresolved, doc: String? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.type = type
        self.isReference = isReference
        self.isUnique = isUnique
        self.isIdentity = isIdentity
        self.kind = kind
        self.doc = doc
        self.location = location
    }
}
