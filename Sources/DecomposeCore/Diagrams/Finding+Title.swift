extension Finding.Kind {
    /// The kind as a short heading for legends.
    public var title: String {
        switch self {
        case .cycle: "Cycle"
        case .oversizedContext: "Oversized context"
        case .singleEntityContext: "Single-entity context"
        case .widelyReferenced: "Widely referenced"
        case .borderlineEntity: "Borderline entity"
        case .constraintConflict: "Constraint conflict"
        }
    }
}
