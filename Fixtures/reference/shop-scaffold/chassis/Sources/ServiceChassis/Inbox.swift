import Foundation
import Logging
import PostgresNIO

/// The events a service has handled, recorded in the same transaction as their effect (`ChangeSet.record`): a
/// delivery of an event already recorded is a repeat, acknowledged without making its effect again. Senders deliver
/// at least once; with the inbox, the effect happens exactly once.
public struct Inbox: Sendable {
    enum Storage: Sendable {
        case memory(InMemoryStore)
        case postgres(PostgresClient, Logger)
    }

    let storage: Storage
    static let table = "_inbox"

    /// An inbox in `store`, beside the service's in-memory resources.
    public static func inMemory(_ store: InMemoryStore) -> Inbox {
        Inbox(storage: .memory(store))
    }

    /// An inbox in the service's database (the table `event_inbox` of `Migrations/0002_create_event_tables.sql`).
    public static func postgres(_ client: PostgresClient, logger: Logger) -> Inbox {
        Inbox(storage: .postgres(client, logger))
    }

    /// Whether `event` was handled already.
    public func contains(_ event: DomainEvent) async throws -> Bool {
        switch storage {
        case .memory(let store):
            return await store.table(Self.table).rows[Self.key(event)] != nil
        case .postgres(let client, let logger):
            let query: PostgresQuery =
                "SELECT 1::int8 FROM event_inbox WHERE source = \(event.source) AND event_id = \(event.id)"
            for try await _ in try await client.query(query, logger: logger).decode(Int.self) { return true }
            return false
        }
    }

    /// The change that records `event`: done when it is new, `.stale` when it was recorded already (by an earlier
    /// delivery, or one handled at the same time).
    func pending(_ event: DomainEvent) -> PendingChange {
        switch storage {
        case .memory(let store):
            let key = Self.key(event)
            let step: InMemoryStore.Step = { tables, undos in
                guard tables.tables[Self.table]?.rows[key] == nil else { return .stale(current: 1) }
                tables.append(event.type, key: key, to: Self.table)
                undos.append { tables in tables.delete(key, from: Self.table) }
                return .done(version: 1)
            }
            return PendingChange(id: event.id, application: .memory(store, step))
        case .postgres(let client, let logger):
            let query: PostgresQuery = """
                INSERT INTO event_inbox (source, event_id, type) VALUES (\(event.source), \(event.id), \(event.type))
                ON CONFLICT (source, event_id) DO NOTHING RETURNING 1::int8
                """
            let step: PendingChange.PostgresStep = { connection, logger in
                for try await _ in try await connection.query(query, logger: logger).decode(Int.self) {
                    return .done(version: 1)
                }
                return .stale(current: 1)
            }
            return PendingChange(id: event.id, application: .postgres(client, logger, step))
        }
    }

    static func key(_ event: DomainEvent) -> String {
        event.source + " " + event.id
    }
}
