/// The context-mapping patterns of Domain-Driven Design that the analysis suggests.
public enum RelationshipPattern: String, Sendable, Hashable, CaseIterable {
    case customerSupplier = "customer-supplier"
    case sharedKernel = "shared-kernel"
    case conformist
    case anticorruptionLayer = "anticorruption-layer"
    case openHostService = "open-host-service"
    case partnership

    /// The pattern's name as the DDD literature writes it.
    public var title: String {
        switch self {
        case .customerSupplier: "Customer/Supplier"
        case .sharedKernel: "Shared Kernel"
        case .conformist: "Conformist"
        case .anticorruptionLayer: "Anticorruption Layer"
        case .openHostService: "Open Host Service / Published Language"
        case .partnership: "Partnership"
        }
    }
}
