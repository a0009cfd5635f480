/// How strongly an entity is drawn toward one context, and by which couplings.
public struct ContextPull: Sendable, Hashable {
    public var context: String
    /// The summed coupling weight between the entity and the context's other entities.
    public var weight: Double
    /// The facts behind the weight, strongest first, each ending with its criterion and weight:
    /// `PlaceOrder writes Order and Payment together (use-case, 5)`.
    public var couplings: [String]
    /// Why the entity may not join this context whatever the pull, when a constraint keeps them apart:
    /// `keep-apart Customer, Payment`, or a security zone's rule.
    public var separation: String?

    public init(context: String, weight: Double, couplings: [String], separation: String? = nil) {
        self.context = context
        self.weight = weight
        self.couplings = couplings
        self.separation = separation
    }
}
