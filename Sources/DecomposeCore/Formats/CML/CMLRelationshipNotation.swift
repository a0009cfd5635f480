/// How a suggested relationship pattern is written on a CML context map, upstream on the left.
///
/// Customer/Supplier is `[U,S]->[D,C]`; a Conformist downstream `[U]->[D,CF]`; an Anticorruption Layer
/// `[U]->[D,ACL]`; an Open Host Service with its Published Language `[U,OHS,PL]->[D]`; Shared Kernel
/// `[SK]<->[SK]` and Partnership `[P]<->[P]` are symmetric.
enum CMLRelationshipNotation {
    /// The text between the upstream and the downstream context's names.
    static func connector(for pattern: RelationshipPattern) -> String {
        switch pattern {
        case .customerSupplier: "[U,S]->[D,C]"
        case .conformist: "[U]->[D,CF]"
        case .anticorruptionLayer: "[U]->[D,ACL]"
        case .openHostService: "[U,OHS,PL]->[D]"
        case .sharedKernel: "[SK]<->[SK]"
        case .partnership: "[P]<->[P]"
        }
    }
}
