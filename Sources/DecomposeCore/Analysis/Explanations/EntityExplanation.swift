/// Why an entity sits in its context: its pull toward every context of the decomposition.
public struct EntityExplanation: Sendable, Hashable {
    public var entity: String
    /// The context the entity was placed in.
    public var context: String
    /// How that context's name was chosen (`named after Order, an aggregate of 3 entities: …`).
    public var naming: String
    /// One pull per context, strongest first, then by context name.
    public var pulls: [ContextPull]
    /// What holds the entity on its own: its self-coupling (the use cases that touch or write only it), with the
    /// facts behind it. A context of one entity stands alone only while no other context pulls it harder
    /// (`OneEntityContexts`).
    public var ownWork: Double
    /// The facts behind `ownWork`, strongest first, each ending with its criterion and weight.
    public var ownWorkCouplings: [String]

    public init(
        entity: String, context: String, naming: String = "", pulls: [ContextPull], ownWork: Double = 0,
        ownWorkCouplings: [String] = []
    ) {
        self.entity = entity
        self.context = context
        self.naming = naming
        self.pulls = pulls
        self.ownWork = ownWork
        self.ownWorkCouplings = ownWorkCouplings
    }
}
