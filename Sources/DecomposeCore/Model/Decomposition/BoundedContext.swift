/// One suggested bounded context.
public struct BoundedContext: Sendable, Hashable {
    public var name: String
    /// Entity names as written in the input, sorted.
    public var entities: [String]
    /// Aggregate names, sorted.
    public var aggregates: [String]
    /// Use cases that write here, or only read here when they write nowhere; sorted.
    public var useCases: [String]
    /// Teams owning its entities, most entities first.
    public var owners: [String]
    /// Why these entities belong together, in domain words, strongest first; the last sentence says why the
    /// context stands apart from the neighbour that pulls it most.
    public var rationale: [String]
    /// How the name was chosen: `named after Coupon, an entity: 2 of the 5 use cases writing here write it (…)`.
    public var naming: String
    /// The context was named by a `pin`.
    public var isPinned: Bool
    /// The share of its coupling weight that stays inside (0…1).
    public var cohesion: Double

    public init(
        name: String, entities: [String], aggregates: [String] = [], useCases: [String] = [], owners: [String] = [],
        rationale: [String] = [], naming: String = "", isPinned: Bool = false, cohesion: Double = 0
    ) {
        self.name = name
        self.entities = entities
        self.aggregates = aggregates
        self.useCases = useCases
        self.owners = owners
        self.rationale = rationale
        self.naming = naming
        self.isPinned = isPinned
        self.cohesion = cohesion
    }
}
