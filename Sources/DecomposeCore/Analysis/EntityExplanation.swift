/// Why an entity sits in its context: its pull toward every context of the decomposition.
public struct EntityExplanation: Sendable, Hashable {
    public var entity: String
    /// The context the entity was placed in.
    public var context: String
    /// One pull per context, strongest first, then by context name.
    public var pulls: [ContextPull]

    public init(entity: String, context: String, pulls: [ContextPull]) {
        self.entity = entity
        self.context = context
        self.pulls = pulls
    }
}
