/// A bounded context the source model already has: a Context Mapper `BoundedContext`, a JHipster microservice or
/// monolith `application`, or `current-context Billing { Invoice, Payment }` in the domain language.
///
/// Together the declared contexts are the *current decomposition*: a fact about the monolith as it is, reported
/// beside the suggestion (`CurrentDecompositionComparer`), never a constraint on it. `keepingCurrentContexts()`
/// turns them into pins when a team wants them kept (`--keep-contexts`).
public struct DeclaredContext: Sendable, Hashable {
    public var name: String
    /// Entity or aggregate names (an aggregate stands for all its members).
    public var members: [NameReference]
    public var doc: String?
    public var location: SourceLocation?

    public init(name: String, members: [NameReference], doc: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.members = members
        self.doc = doc
        self.location = location
    }
}
