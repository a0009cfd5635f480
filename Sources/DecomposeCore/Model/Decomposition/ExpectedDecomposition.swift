/// The decomposition a team expects (a `.expected` file): named contexts and the entities in each.
public struct ExpectedDecomposition: Sendable, Hashable {
    /// One expected bounded context.
    public struct Context: Sendable, Hashable {
        public var name: String
        /// Entity names in the order written.
        public var entities: [String]
        /// Where the context was written.
        public var location: SourceLocation?

        public init(name: String, entities: [String], location: SourceLocation? = nil) {
            self.name = name
            self.entities = entities
            self.location = location
        }
    }

    /// Contexts in the order written.
    public var contexts: [Context]

    public init(contexts: [Context]) {
        self.contexts = contexts
    }

    /// The name of the context that holds `entity`, if any.
    public func context(of entity: String) -> String? {
        contexts.first { $0.entities.contains(entity) }?.name
    }
}
