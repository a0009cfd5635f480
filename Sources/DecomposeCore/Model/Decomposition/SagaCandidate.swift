/// A use case that writes in more than one context: a candidate for a saga.
public struct SagaCandidate: Sendable, Hashable {
    public var useCase: String
    /// One step per context, in the order the use case writes them.
    public var steps: [SagaStep]
    public var reason: String

    public init(useCase: String, steps: [SagaStep], reason: String) {
        self.useCase = useCase
        self.steps = steps
        self.reason = reason
    }
}

/// One local transaction of a saga: what a use case writes in one context, and how to undo it.
public struct SagaStep: Sendable, Hashable {
    public var context: String
    public var writes: [String]
    /// What a compensating action must undo if a later step fails.
    public var compensation: String

    public init(context: String, writes: [String], compensation: String) {
        self.context = context
        self.writes = writes
        self.compensation = compensation
    }
}
