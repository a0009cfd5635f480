import Foundation
import Logging
import PostgresNIO

/// Where a service's events wait to be delivered: rows written in the same transaction as the change they report
/// (`ChangeSet.publish`), so that a change is never made without its event nor an event sent for a change that was
/// undone. The `OutboxRelay` delivers them and removes them; one row per event and destination.
public struct Outbox: Sendable {
    /// Where each type of event goes.
    public let routes: EventRoutes
    let storage: any OutboxStorage

    /// An outbox in `store`, beside the service's in-memory resources.
    public static func inMemory(_ store: InMemoryStore, routes: EventRoutes) -> Outbox {
        Outbox(routes: routes, storage: InMemoryOutbox(store: store))
    }

    /// An outbox in the service's database (the tables of `Migrations/0002_create_event_tables.sql`).
    public static func postgres(_ client: PostgresClient, routes: EventRoutes, logger: Logger) -> Outbox {
        Outbox(routes: routes, storage: PostgresOutbox(client: client, logger: logger))
    }

    /// The rows that put `event` into the outbox, one per destination, for a change set.
    func pending(_ event: DomainEvent, now: Date) -> [PendingChange] {
        routes.destinations(of: event.type).map { destination in
            storage.pending(OutboxEntry(event: event, destination: destination, enqueuedAt: now))
        }
    }

    /// Takes up to `limit` deliveries that are due at `now`, the oldest first and at most one per destination and
    /// subject (the next waits until the one before it is delivered or given up), and hides them from other relays
    /// for `lease`.
    public func take(now: Date, lease: Duration, limit: Int) async throws -> [OutboxEntry] {
        try await storage.take(now: now, lease: lease, limit: limit)
    }

    /// Removes a delivered entry.
    public func delivered(_ entry: OutboxEntry) async throws {
        try await storage.remove(entry)
    }

    /// Counts a failed attempt and makes the entry due again at `time`.
    public func retry(_ entry: OutboxEntry, at time: Date, error: String) async throws {
        try await storage.retry(entry, at: time, error: error)
    }

    /// Moves the entry to the dead letters.
    public func giveUp(_ entry: OutboxEntry, at time: Date, reason: String) async throws {
        try await storage.giveUp(entry, letter: DeadLetter(entry: entry, deadAt: time, reason: reason))
    }

    /// The dead letters, the oldest first.
    public func deadLetters(limit: Int, offset: Int) async throws -> [DeadLetter] {
        try await storage.deadLetters(limit: limit, offset: offset)
    }

    /// Puts the dead letter of `eventID` for `destination` back into the outbox, due at `now`, its attempts counted
    /// from zero; false when there is none.
    public func replay(eventID: String, destination: String, now: Date) async throws -> Bool {
        try await storage.replay(eventID: eventID, destination: destination, now: now)
    }

    /// How many deliveries wait, how long the oldest has waited, how many were given up.
    public func status(now: Date) async throws -> OutboxStatus {
        try await storage.status(now: now)
    }
}

/// Where an outbox keeps its rows: the service's in-memory store or its database.
protocol OutboxStorage: Sendable {
    func pending(_ entry: OutboxEntry) -> PendingChange
    func take(now: Date, lease: Duration, limit: Int) async throws -> [OutboxEntry]
    func remove(_ entry: OutboxEntry) async throws
    func retry(_ entry: OutboxEntry, at time: Date, error: String) async throws
    func giveUp(_ entry: OutboxEntry, letter: DeadLetter) async throws
    func deadLetters(limit: Int, offset: Int) async throws -> [DeadLetter]
    func replay(eventID: String, destination: String, now: Date) async throws -> Bool
    func status(now: Date) async throws -> OutboxStatus
}

extension Date {
    /// The date `duration` later.
    func adding(_ duration: Duration) -> Date {
        let (seconds, attoseconds) = duration.components
        return addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18)
    }
}
