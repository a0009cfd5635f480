/// How strongly an entity is drawn toward one context, and by which couplings.
public struct ContextPull: Sendable, Hashable {
    public var context: String
    /// The summed coupling weight between the entity and the context's other entities.
    public var weight: Double
    /// The facts behind the weight, strongest first, each ending with its criterion and weight:
    /// `PlaceOrder writes Order and Payment together (use-case, 5)`.
    public var couplings: [String]

    public init(context: String, weight: Double, couplings: [String]) {
        self.context = context
        self.weight = weight
        self.couplings = couplings
    }
}
