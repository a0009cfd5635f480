/// Why an entity sits in its context: its pull toward every context of the decomposition.
public struct EntityExplanation: Sendable, Hashable {
    public var entity: String
    /// The context the entity was placed in.
    public var context: String
    /// How that context's name was chosen (`named after Order, an aggregate of 3 entities: …`).
    public var naming: String
    /// One pull per context, strongest first, then by context name.
    public var pulls: [ContextPull]

    public init(entity: String, context: String, naming: String = "", pulls: [ContextPull]) {
        self.entity = entity
        self.context = context
        self.naming = naming
        self.pulls = pulls
    }
}
