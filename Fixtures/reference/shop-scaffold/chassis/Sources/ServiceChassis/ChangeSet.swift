import Foundation
import Logging
import PostgresNIO

/// Changes to resources of one service that are made together or not at all: everything a command writes, across
/// the aggregates of its context, in one PostgreSQL transaction (in memory: one step of the store). The first change
/// that cannot be made (its resource is gone, or at another version than expected) undoes the ones before it.
///
/// ```swift
/// var changes = ChangeSet()
/// try changes.add(.replace(stockItem, id: id, expectedVersion: stored.version), to: stockItemRepository, named: "StockItem")
/// try changes.add(.insert(movement, id: movementID), to: stockMovementRepository, named: "StockMovement")
/// switch try await changes.commit() { … }
/// ```
public struct ChangeSet: Sendable {
    /// The changes, in the order they are made.
    public private(set) var changes: [PendingChange] = []

    public init() {}

    /// Adds `write` of `repository`; `resource` names the kind of resource for a problem (`StockItem`).
    public mutating func add<R: Repository>(_ write: RepositoryWrite<R.Item>, to repository: R, named resource: String) throws {
        var change = try repository.pending(write)
        change.resource = resource
        changes.append(change)
    }

    /// Adds `event` to `outbox`, one row per destination, so that it is sent if and only if the other changes are
    /// made.
    public mutating func publish(_ event: DomainEvent, to outbox: Outbox, now: Date = Date()) {
        for var change in outbox.pending(event, now: now) {
            change.resource = Self.eventResource
            changes.append(change)
        }
    }

    /// Records `event` as handled in `inbox`. Add it first: when the event was handled already, the change set fails
    /// at index 0 with `.stale` and none of the effect is made again.
    public mutating func record(_ event: DomainEvent, in inbox: Inbox) {
        var change = inbox.pending(event)
        change.resource = Self.eventResource
        changes.append(change)
    }

    /// The resource named by the changes of `publish` and `record`.
    public static let eventResource = "event"

    /// Makes every change, or none: `.done` with each resource's new version in the order they were added, or
    /// `.failed` with the first change that could not be made. An error (a lost connection, a value the database
    /// refuses, repositories of different stores in one change set) undoes them too, and is thrown.
    public func commit() async throws -> ChangeSetOutcome {
        guard let first = changes.first else { return .done(versions: []) }
        switch first.application {
        case .memory(let store, _):
            let steps = try changes.map { change -> InMemoryStore.Step in
                guard case .memory(let other, let step) = change.application, other === store else {
                    throw StoresDiffer(resource: change.resource)
                }
                return step
            }
            return try await store.apply(steps).outcome(of: changes)
        case .postgres(let client, let logger, _):
            let steps = try changes.map { change -> PendingChange.PostgresStep in
                guard case .postgres(let other, _, let step) = change.application, other === client else {
                    throw StoresDiffer(resource: change.resource)
                }
                return step
            }
            return try await Self.commit(steps, on: client, logger: logger).outcome(of: changes)
        }
    }

    /// A change set whose repositories keep their resources in different stores: it cannot be made at once.
    struct StoresDiffer: Error, CustomStringConvertible {
        var resource: String

        var description: String {
            "A change set writes to one store, and the \(resource) is kept in another."
        }
    }

    /// Runs `steps` in one transaction, rolled back at the first that changes no row.
    private static func commit(
        _ steps: [PendingChange.PostgresStep], on client: PostgresClient, logger: Logger
    ) async throws -> StepResults {
        struct Undone: Error {
            var results: StepResults
        }
        do {
            return try await RepositoryError.translating {
                try await client.withTransaction(logger: logger) { connection in
                    var versions: [Int] = []
                    for (index, step) in steps.enumerated() {
                        let outcome = try await step(connection, logger)
                        guard case .done(let version) = outcome else {
                            throw Undone(results: .failed(step: index, outcome: outcome))
                        }
                        versions.append(version)
                    }
                    return StepResults.done(versions: versions)
                }
            }
        } catch let error as PostgresTransactionError {
            guard error.rollbackError == nil, let undone = error.closureError as? Undone else { throw error }
            return undone.results
        }
    }
}

/// One change of a `ChangeSet`, as the repository that will make it prepared it.
public struct PendingChange: Sendable {
    /// A step of a PostgreSQL transaction: runs its statements on the transaction's connection.
    typealias PostgresStep = @Sendable (PostgresConnection, Logger) async throws -> WriteOutcome

    /// Where and how the change is made.
    enum Application: Sendable {
        case memory(InMemoryStore, InMemoryStore.Step)
        case postgres(PostgresClient, Logger, PostgresStep)
    }

    /// The kind of resource written, for a problem.
    public internal(set) var resource: String
    /// The id of the resource written.
    public let id: String
    let application: Application

    init(id: String, application: Application) {
        resource = "resource"
        self.id = id
        self.application = application
    }
}

/// What became of a `ChangeSet`.
public enum ChangeSetOutcome: Sendable, Equatable {
    /// Every change was made; the versions the resources are at now, in the order the changes were added.
    case done(versions: [Int])
    /// Nothing was made, because this change could not be.
    case failed(ChangeFailure)
}

/// The change of a `ChangeSet` that could not be made, and why. Thrown when a handler meets one it cannot answer
/// (a change that cannot fail so did): the client gets a `500`, the log this description.
public struct ChangeFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Its place in the change set: 0 for the first change added.
    public var index: Int
    /// The kind of resource it writes.
    public var resource: String
    public var id: String
    /// `.notFound` or `.stale`.
    public var outcome: WriteOutcome

    public var description: String {
        "Change \(index) of a change set (\(resource) \(id)) could not be made: \(outcome)."
    }
}

/// What became of a change set's steps, before they are named.
enum StepResults: Sendable {
    case done(versions: [Int])
    case failed(step: Int, outcome: WriteOutcome)

    func outcome(of changes: [PendingChange]) -> ChangeSetOutcome {
        switch self {
        case .done(let versions):
            return .done(versions: versions)
        case .failed(let step, let outcome):
            let change = changes[step]
            return .failed(ChangeFailure(index: step, resource: change.resource, id: change.id, outcome: outcome))
        }
    }
}
