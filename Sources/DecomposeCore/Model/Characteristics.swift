/// The non-functional characteristics of an entity or aggregate (Service Cutter's compatibilities,
/// plus the kind of storage). Each is optional: unset means "no opinion".
public struct Characteristics: Sendable, Hashable {
    /// `volatility rarely|normally|often`: how often the structure changes.
    public var structuralVolatility: Level?
    /// `content-volatility rarely|regularly|often`: how often the data changes.
    public var contentVolatility: Level?
    /// `availability low|normal|critical`.
    public var availability: Level?
    /// `consistency weak|eventual|high`.
    public var consistency: Level?
    /// `security public|internal|critical`.
    public var security: Level?
    /// `size tiny|normal|huge`: the volume of data (Service Cutter's storage similarity).
    public var size: Level?
    /// `storage relational|document|key-value|graph|search|blob|time-series`.
    public var storage: StorageKind?

    public init(
        structuralVolatility: Level? = nil, contentVolatility: Level? = nil, availability: Level? = nil,
        consistency: Level? = nil, security: Level? = nil, size: Level? = nil, storage: StorageKind? = nil
    ) {
        self.structuralVolatility = structuralVolatility
        self.contentVolatility = contentVolatility
        self.availability = availability
        self.consistency = consistency
        self.security = security
        self.size = size
        self.storage = storage
    }

    /// These characteristics, with any unset one taken from `fallback` (an aggregate's).
    public func merged(over fallback: Characteristics) -> Characteristics {
        Characteristics(
            structuralVolatility: structuralVolatility ?? fallback.structuralVolatility,
            contentVolatility: contentVolatility ?? fallback.contentVolatility,
            availability: availability ?? fallback.availability,
            consistency: consistency ?? fallback.consistency,
            security: security ?? fallback.security,
            size: size ?? fallback.size,
            storage: storage ?? fallback.storage)
    }

    public var isEmpty: Bool { self == Characteristics() }
}

/// A three-step ordinal scale; each characteristic names the steps in its own words.
public enum Level: Int, Sendable, Hashable, Comparable, CaseIterable {
    case low = 0, medium = 1, high = 2

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which characteristic a keyword names, and the words for its levels.
public enum CharacteristicKind: String, Sendable, CaseIterable {
    case structuralVolatility = "volatility"
    case contentVolatility = "content-volatility"
    case availability
    case consistency
    case security
    case size

    /// The words for `.low`, `.medium`, `.high`, in that order.
    public var levelWords: [String] {
        switch self {
        case .structuralVolatility: ["rarely", "normally", "often"]
        case .contentVolatility: ["rarely", "regularly", "often"]
        case .availability: ["low", "normal", "critical"]
        case .consistency: ["weak", "eventual", "high"]
        case .security: ["public", "internal", "critical"]
        case .size: ["tiny", "normal", "huge"]
        }
    }

    /// The level a word names, if it is one of this characteristic's words.
    public func level(named word: String) -> Level? {
        levelWords.firstIndex(of: word).flatMap(Level.init(rawValue:))
    }

    /// The word for `level`.
    public func word(for level: Level) -> String { levelWords[level.rawValue] }

    /// The key path of this characteristic's value.
    public var keyPath: WritableKeyPath<Characteristics, Level?> {
        switch self {
        case .structuralVolatility: \.structuralVolatility
        case .contentVolatility: \.contentVolatility
        case .availability: \.availability
        case .consistency: \.consistency
        case .security: \.security
        case .size: \.size
        }
    }

    /// This characteristic's value in `characteristics`: what `keyPath` reads, without a key path's cost (the
    /// analysis reads it for every coupled pair).
    func level(in characteristics: Characteristics) -> Level? {
        switch self {
        case .structuralVolatility: characteristics.structuralVolatility
        case .contentVolatility: characteristics.contentVolatility
        case .availability: characteristics.availability
        case .consistency: characteristics.consistency
        case .security: characteristics.security
        case .size: characteristics.size
        }
    }
}

/// The kind of store an entity's data wants (`storage document`).
public enum StorageKind: String, Sendable, Hashable, CaseIterable {
    case relational, document, keyValue = "key-value", graph, search, blob, timeSeries = "time-series"
}
