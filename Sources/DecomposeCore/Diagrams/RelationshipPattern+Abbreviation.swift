extension RelationshipPattern {
    /// The short label context maps write on a relationship (Context Mapper's abbreviations).
    public var abbreviation: String {
        switch self {
        case .customerSupplier: "C/S"
        case .sharedKernel: "SK"
        case .conformist: "CF"
        case .anticorruptionLayer: "ACL"
        case .openHostService: "OHS/PL"
        case .partnership: "P"
        }
    }
}
