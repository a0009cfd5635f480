import Foundation
import Logging
import PostgresNIO

/// An outbox in the service's database: the tables `event_outbox` and `event_dead_letter` of
/// `Migrations/0002_create_event_tables.sql`. Relays of several replicas share it: a taken row is hidden from the
/// others by moving its due time past the lease (`FOR UPDATE SKIP LOCKED` keeps two from taking it at once).
struct PostgresOutbox: OutboxStorage {
    let client: PostgresClient
    let logger: Logger

    /// The columns of an entry, in the order `entry(_:)` reads them.
    static let columns = "event_id, type, source, subject, occurred_at, data, destination, attempts, enqueued_at, last_error"

    typealias Columns = (String, String, String, String, Date, String, String, Int, Date, String?)

    static func entry(_ row: Columns) -> OutboxEntry {
        OutboxEntry(
            event: DomainEvent(
                id: row.0, type: row.1, source: row.2, subject: row.3, time: row.4, data: Data(row.5.utf8)),
            destination: row.6, attempts: row.7, enqueuedAt: row.8, lastError: row.9)
    }

    func pending(_ entry: OutboxEntry) -> PendingChange {
        let event = entry.event
        let query: PostgresQuery = """
            INSERT INTO event_outbox (event_id, type, source, subject, occurred_at, data, destination, enqueued_at, due_at)
            VALUES (\(event.id), \(event.type), \(event.source), \(event.subject), \(event.time),
                    \(String(decoding: event.data, as: UTF8.self)), \(entry.destination), \(entry.enqueuedAt),
                    \(entry.enqueuedAt))
            ON CONFLICT (event_id, destination) DO NOTHING
            """
        let step: PendingChange.PostgresStep = { connection, logger in
            try await connection.query(query, logger: logger)
            return .done(version: 1)
        }
        return PendingChange(id: event.id, application: .postgres(client, logger, step))
    }

    func take(now: Date, lease: Duration, limit: Int) async throws -> [OutboxEntry] {
        let query: PostgresQuery = """
            UPDATE event_outbox SET due_at = \(now.adding(lease))
            WHERE sequence IN (
                SELECT o.sequence FROM event_outbox o
                WHERE o.due_at <= \(now) AND NOT EXISTS (
                    SELECT 1 FROM event_outbox e
                    WHERE e.destination = o.destination AND e.subject = o.subject AND e.sequence < o.sequence)
                ORDER BY o.sequence LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            RETURNING sequence, \(unescaped: Self.columns)
            """
        var taken: [(Int, OutboxEntry)] = []
        let rows = try await client.query(query, logger: logger)
            .decode((Int, String, String, String, String, Date, String, String, Int, Date, String?).self)
        for try await row in rows {
            taken.append((row.0, Self.entry((row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10))))
        }
        return taken.sorted { $0.0 < $1.0 }.map(\.1)
    }

    func remove(_ entry: OutboxEntry) async throws {
        try await client.query(
            "DELETE FROM event_outbox WHERE event_id = \(entry.event.id) AND destination = \(entry.destination)",
            logger: logger)
    }

    func retry(_ entry: OutboxEntry, at time: Date, error: String) async throws {
        try await client.query(
            """
            UPDATE event_outbox SET attempts = attempts + 1, last_error = \(error), due_at = \(time)
            WHERE event_id = \(entry.event.id) AND destination = \(entry.destination)
            """, logger: logger)
    }

    func giveUp(_ entry: OutboxEntry, letter: DeadLetter) async throws {
        try await client.query(
            """
            WITH gone AS (
                DELETE FROM event_outbox WHERE event_id = \(entry.event.id) AND destination = \(entry.destination)
                RETURNING event_id, type, source, subject, occurred_at, data, destination, enqueued_at, last_error)
            INSERT INTO event_dead_letter (\(unescaped: Self.columns), dead_at, reason)
            SELECT event_id, type, source, subject, occurred_at, data, destination, \(letter.attempts),
                   enqueued_at, last_error, \(letter.deadAt), \(letter.reason) FROM gone
            ON CONFLICT (event_id, destination) DO UPDATE
            SET attempts = excluded.attempts, dead_at = excluded.dead_at, reason = excluded.reason
            """, logger: logger)
    }

    func deadLetters(limit: Int, offset: Int) async throws -> [DeadLetter] {
        let query: PostgresQuery = """
            SELECT \(unescaped: Self.columns), dead_at, reason FROM event_dead_letter
            ORDER BY dead_at, event_id, destination LIMIT \(limit) OFFSET \(offset)
            """
        var letters: [DeadLetter] = []
        let rows = try await client.query(query, logger: logger)
            .decode((String, String, String, String, Date, String, String, Int, Date, String?, Date, String).self)
        for try await row in rows {
            let entry = Self.entry((row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9))
            letters.append(DeadLetter(entry: entry, deadAt: row.10, reason: row.11))
        }
        return letters
    }

    func replay(eventID: String, destination: String, now: Date) async throws -> Bool {
        let query: PostgresQuery = """
            WITH back AS (
                DELETE FROM event_dead_letter WHERE event_id = \(eventID) AND destination = \(destination)
                RETURNING event_id, type, source, subject, occurred_at, data, destination, enqueued_at)
            INSERT INTO event_outbox (event_id, type, source, subject, occurred_at, data, destination, enqueued_at, due_at)
            SELECT event_id, type, source, subject, occurred_at, data, destination, enqueued_at, \(now) FROM back
            ON CONFLICT (event_id, destination) DO NOTHING
            RETURNING 1::int8
            """
        for try await _ in try await client.query(query, logger: logger).decode(Int.self) {
            return true
        }
        return false
    }

    func status(now: Date) async throws -> OutboxStatus {
        let query: PostgresQuery = """
            SELECT (SELECT count(*) FROM event_outbox)::int8, (SELECT min(enqueued_at) FROM event_outbox),
                   (SELECT count(*) FROM event_dead_letter)::int8
            """
        for try await (pending, oldest, dead) in try await client.query(query, logger: logger)
            .decode((Int, Date?, Int).self)
        {
            return OutboxStatus(
                pending: pending, lagSeconds: oldest.map { max(now.timeIntervalSince($0), 0) } ?? 0, deadLetters: dead)
        }
        return OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 0)
    }
}
