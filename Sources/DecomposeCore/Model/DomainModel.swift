/// The monolith as the user described it: every reader produces one, every later stage consumes it.
///
/// A model comes out of a reader *declared* (names as written, field kinds not yet known) and is
/// turned into a *resolved* model by `ModelBuilder`, which classifies fields, infers aggregates
/// from composition and validates names and constraints. Declarations keep the order of the source;
/// later stages sort wherever order could otherwise leak from hashing.
public struct DomainModel: Sendable, Hashable {
    public var system: SystemInfo
    public var teams: [Team]
    public var enums: [EnumType]
    public var values: [ValueObject]
    /// Every entity, including those declared inside an `aggregate` block, in source order.
    public var entities: [Entity]
    /// Declared aggregates, followed (after resolution) by those inferred from composition.
    public var aggregates: [Aggregate]
    public var events: [DomainEvent]
    public var useCases: [UseCase]
    public var zones: [SecurityZone]
    public var keepApart: [EntityGroup]
    public var keepTogether: [EntityGroup]
    public var pins: [Pin]
    /// The contexts the source already declares (Context Mapper bounded contexts, JHipster applications,
    /// `current-context`), in source order: reported beside the suggestion, not kept unless turned into pins
    /// (`keepingCurrentContexts()`).
    public var currentDecomposition: [DeclaredContext]
    /// JDL `deployment` blocks, kept for export; the analysis does not read them.
    public var deployments: [Deployment]

    public init(
        system: SystemInfo = SystemInfo(name: "System"), teams: [Team] = [], enums: [EnumType] = [],
        values: [ValueObject] = [], entities: [Entity] = [], aggregates: [Aggregate] = [],
        events: [DomainEvent] = [], useCases: [UseCase] = [], zones: [SecurityZone] = [],
        keepApart: [EntityGroup] = [], keepTogether: [EntityGroup] = [], pins: [Pin] = [],
        currentDecomposition: [DeclaredContext] = [], deployments: [Deployment] = []
    ) {
        self.system = system
        self.teams = teams
        self.enums = enums
        self.values = values
        self.entities = entities
        self.aggregates = aggregates
        self.events = events
        self.useCases = useCases
        self.zones = zones
        self.keepApart = keepApart
        self.keepTogether = keepTogether
        self.pins = pins
        self.currentDecomposition = currentDecomposition
        self.deployments = deployments
    }

    /// The entity called `name`, if any.
    public func entity(named name: String) -> Entity? {
        entities.first { $0.name == name }
    }
}

/// The system being decomposed: `system Shop "The online shop monolith"`.
public struct SystemInfo: Sendable, Hashable {
    public var name: String
    /// The one-line description given after the name.
    public var summary: String?
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, summary: String? = nil, doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.summary = summary
        self.doc = doc
        self.location = location
    }
}

/// A team that owns parts of the monolith: `team Checkout`.
public struct Team: Sendable, Hashable {
    public var name: String
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.doc = doc
        self.location = location
    }
}
