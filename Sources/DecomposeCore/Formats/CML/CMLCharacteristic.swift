/// One of the six non-functional attributes of a CML aggregate, and how its values map to a model level.
///
/// CML writes `likelihoodForChange` (or `structuralVolatility`) and `contentVolatility` as RARELY, NORMAL,
/// OFTEN; `availabilityCriticality`, `consistencyCriticality` and `securityCriticality` as LOW, NORMAL, HIGH;
/// `storageSimilarity` as TINY, NORMAL, HUGE. The three steps are the model's low, medium and high.
enum CMLCharacteristic {
    case structuralVolatility, contentVolatility, availability, consistency, security, size

    /// The characteristic an aggregate attribute names, if it is one of the six.
    init?(attribute: String) {
        switch attribute {
        case "likelihoodForChange", "structuralVolatility": self = .structuralVolatility
        case "contentVolatility": self = .contentVolatility
        case "availabilityCriticality": self = .availability
        case "consistencyCriticality": self = .consistency
        case "securityCriticality": self = .security
        case "storageSimilarity": self = .size
        default: return nil
        }
    }

    /// The CML words for low, medium and high.
    var valueWords: [String] {
        switch self {
        case .structuralVolatility, .contentVolatility: ["RARELY", "NORMAL", "OFTEN"]
        case .availability, .consistency, .security: ["LOW", "NORMAL", "HIGH"]
        case .size: ["TINY", "NORMAL", "HUGE"]
        }
    }

    /// The level `word` names, if it is one of this attribute's values.
    func level(named word: String) -> Level? {
        valueWords.firstIndex(of: word).flatMap(Level.init(rawValue:))
    }

    /// Where the level goes in `Characteristics`.
    var keyPath: WritableKeyPath<Characteristics, Level?> {
        switch self {
        case .structuralVolatility: \.structuralVolatility
        case .contentVolatility: \.contentVolatility
        case .availability: \.availability
        case .consistency: \.consistency
        case .security: \.security
        case .size: \.size
        }
    }
}
