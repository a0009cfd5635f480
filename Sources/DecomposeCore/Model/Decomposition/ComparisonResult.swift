/// How close a suggested decomposition is to the expected one.
public struct ComparisonResult: Sendable, Hashable {
    /// MoJoFM (Wen & Tzerpos 2004), 0…100: 100 means the suggestion equals the expected
    /// decomposition; 0 means it is as far from it as any decomposition can be.
    public var mojoFM: Double
    /// The adjusted Rand index (Hubert & Arabie 1985), −1…1: 1 for identical partitions, about 0
    /// for a random one.
    public var adjustedRandIndex: Double
    /// A shortest sequence of moves and joins that turns the suggestion into the expected
    /// decomposition (its length is MoJo's `mno`): moves first, then joins.
    public var moves: [ComparisonMove]
    /// How many entities both sides contain; the metrics are computed over these.
    public var comparedEntityCount: Int
    /// Entities of the expected decomposition that the suggestion lacks, sorted.
    public var missingEntities: [String]
    /// Entities of the suggestion that the expected decomposition lacks, sorted.
    public var extraEntities: [String]

    public init(
        mojoFM: Double, adjustedRandIndex: Double, moves: [ComparisonMove], comparedEntityCount: Int,
        missingEntities: [String] = [], extraEntities: [String] = []
    ) {
        self.mojoFM = mojoFM
        self.adjustedRandIndex = adjustedRandIndex
        self.moves = moves
        self.comparedEntityCount = comparedEntityCount
        self.missingEntities = missingEntities
        self.extraEntities = extraEntities
    }
}

/// One MoJo operation on the suggested decomposition.
public enum ComparisonMove: Sendable, Hashable, CustomStringConvertible {
    /// Move `entity` out of the suggested context `from` into the context that becomes the expected
    /// context `to` (a new context when no suggested context becomes it).
    case move(entity: String, from: String, to: String)
    /// Join the suggested context `context` into the suggested context `into`; together they become
    /// the expected context `expected`.
    case join(context: String, into: String, expected: String)

    public var description: String { sentence(calling: "expected") }

    /// The step in words, with `reference` naming the decomposition the suggestion is turned into
    /// (`expected`, or `current` for the contexts the model declares).
    public func sentence(calling reference: String) -> String {
        switch self {
        case .move(let entity, let from, let to): "move \(entity) from suggested \(from) to \(reference) \(to)"
        case .join(let context, let into, let expected):
            "join suggested \(context) into suggested \(into) (\(reference) \(expected))"
        }
    }
}
