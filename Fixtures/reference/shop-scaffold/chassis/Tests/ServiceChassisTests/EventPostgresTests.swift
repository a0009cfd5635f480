import Foundation
import Logging
import PostgresNIO
import Testing

@testable import ServiceChassis

/// The outbox and the inbox against a real PostgreSQL, in the tables every service's second migration creates: set
/// `TEST_DATABASE_URL` to run these; without it they are skipped.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] != nil, "set TEST_DATABASE_URL to run them"),
    .serialized)
struct EventPostgresTests {
    let logger = Logger(label: "event-tests")
    let routes = EventRoutes(destinations: ["shop.Named": ["http://a/events", "http://b/events"]])
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// The event tables, as `Migrations/0002_create_event_tables.sql` creates them.
    static let eventTables = """
        -- The transactional outbox: one row per event and destination, written in the transaction of the change the event
        -- reports, removed by the relay once delivered. Rows with one destination and subject are sent in sequence order.
        CREATE TABLE event_outbox (
            sequence bigserial PRIMARY KEY,
            event_id text NOT NULL,
            type text NOT NULL,
            source text NOT NULL,
            subject text NOT NULL,
            occurred_at timestamptz NOT NULL,
            data text NOT NULL,
            destination text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            enqueued_at timestamptz NOT NULL,
            due_at timestamptz NOT NULL,
            last_error text,
            UNIQUE (event_id, destination)
        );
        CREATE INDEX event_outbox_due ON event_outbox (due_at);
        CREATE INDEX event_outbox_order ON event_outbox (destination, subject, sequence);
        
        -- Deliveries the relay gave up on (refused, or older than the maximum age), until an operator replays them.
        CREATE TABLE event_dead_letter (
            event_id text NOT NULL,
            type text NOT NULL,
            source text NOT NULL,
            subject text NOT NULL,
            occurred_at timestamptz NOT NULL,
            data text NOT NULL,
            destination text NOT NULL,
            attempts integer NOT NULL,
            enqueued_at timestamptz NOT NULL,
            last_error text,
            dead_at timestamptz NOT NULL,
            reason text NOT NULL,
            PRIMARY KEY (event_id, destination)
        );
        
        -- The inbox: every event received and handled, written in the transaction of its effect, so a repeated delivery is
        -- recognised and acknowledged without repeating the effect.
        CREATE TABLE event_inbox (
            source text NOT NULL,
            event_id text NOT NULL,
            type text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (source, event_id)
        );
        """

    /// Runs `body` with a client on fresh event tables and a resource table, dropped again afterwards.
    func withDatabase(_ body: (PostgresClient, PostgresRepository<Named>) async throws -> Void) async throws {
        let settings = try DatabaseSettings(url: try #require(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]))
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { await client.run() }
            let drop = "DROP TABLE IF EXISTS event_outbox, event_dead_letter, event_inbox, event_test_named"
            try await client.query(PostgresQuery(unsafeSQL: drop), logger: logger)
            for statement in SQLScript.statements(of: Self.eventTables) {
                try await client.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await client.query(
                """
                CREATE TABLE event_test_named (seq bigserial, id uuid PRIMARY KEY, version integer NOT NULL,
                name text NOT NULL UNIQUE)
                """, logger: logger)
            try await body(
                client,
                PostgresRepository(
                    client: client, statements: ChangeSetPostgresTests.statements("event_test_named"), logger: logger))
            try await client.query(PostgresQuery(unsafeSQL: drop), logger: logger)
            group.cancelAll()
        }
    }

    func event(subject: String, at time: Date) throws -> DomainEvent {
        try DomainEvent(type: "shop.Named", source: "/test", subject: subject, payload: Named(name: subject), time: time)
    }

    @Test func anEventIsCommittedWithItsChangeOrNotAtAll() async throws {
        try await withDatabase { client, repository in
            let outbox = Outbox.postgres(client, routes: routes, logger: logger)
            var changes = ChangeSet()
            try changes.add(.insert(Named(name: "a"), id: UUID().uuidString), to: repository, named: "Named")
            changes.publish(try event(subject: "s1", at: start), to: outbox, now: start)
            #expect(try await changes.commit() == .done(versions: [1, 1, 1]))
            var undone = ChangeSet()
            undone.publish(try event(subject: "s2", at: start), to: outbox, now: start)
            // The same name again: the database refuses the insert, and the event goes with it.
            try undone.add(.insert(Named(name: "a"), id: UUID().uuidString), to: repository, named: "Named")
            await #expect(throws: (any Error).self) { try await undone.commit() }
            #expect(
                try await outbox.status(now: start.addingTimeInterval(5))
                    == OutboxStatus(pending: 2, lagSeconds: 5, deadLetters: 0))
        }
    }

    @Test func deliveriesAreTakenInOrderPerSubjectAndHiddenForTheLease() async throws {
        try await withDatabase { client, _ in
            let outbox = Outbox.postgres(
                client, routes: EventRoutes(destinations: ["shop.Named": ["http://a/events"]]), logger: logger)
            let first = try event(subject: "s1", at: start), second = try event(subject: "s1", at: start)
            let other = try event(subject: "s2", at: start)
            for event in [first, second, other] {
                var changes = ChangeSet()
                changes.publish(event, to: outbox, now: start)
                _ = try await changes.commit()
            }
            let taken = try await outbox.take(now: start, lease: .seconds(30), limit: 10)
            #expect(taken.map(\.event.id) == [first.id, other.id])
            #expect(taken.first?.event.data == first.data)
            #expect(try await outbox.take(now: start.addingTimeInterval(29), lease: .seconds(30), limit: 10).isEmpty)
            try await outbox.delivered(taken[0])
            #expect(try await outbox.take(now: start, lease: .seconds(30), limit: 10).map(\.event.id) == [second.id])
            try await outbox.retry(taken[1], at: start.addingTimeInterval(60), error: "503")
            // At 59 s the lease of the second is over; the retried one is due at 60 s.
            let later = try await outbox.take(now: start.addingTimeInterval(59), lease: .seconds(30), limit: 10)
            #expect(later.map(\.event.id) == [second.id])
            let again = try await outbox.take(now: start.addingTimeInterval(60), lease: .seconds(30), limit: 10)
            #expect(again.map(\.event.id) == [other.id])
            #expect(again.last?.attempts == 1)
            #expect(again.last?.lastError == "503")
        }
    }

    @Test func aDeadLetterIsListedAndReplayed() async throws {
        try await withDatabase { client, _ in
            let outbox = Outbox.postgres(
                client, routes: EventRoutes(destinations: ["shop.Named": ["http://a/events"]]), logger: logger)
            var changes = ChangeSet()
            let refused = try event(subject: "s1", at: start)
            changes.publish(refused, to: outbox, now: start)
            _ = try await changes.commit()
            var entry = try #require(try await outbox.take(now: start, lease: .seconds(30), limit: 10).first)
            entry.attempts = 1
            try await outbox.giveUp(entry, at: start.addingTimeInterval(1), reason: "refused: 400 Bad Request")
            let letters = try await outbox.deadLetters(limit: 10, offset: 0)
            #expect(letters.map(\.eventID) == [refused.id])
            #expect(letters.first?.attempts == 1)
            #expect(letters.first?.reason == "refused: 400 Bad Request")
            #expect(
                try await outbox.status(now: start.addingTimeInterval(1))
                    == OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 1))
            #expect(try await outbox.replay(eventID: refused.id, destination: "http://a/events", now: start))
            #expect(try await !outbox.replay(eventID: refused.id, destination: "http://a/events", now: start))
            let back = try await outbox.take(now: start, lease: .seconds(30), limit: 10)
            #expect(back.map(\.event) == [refused])
            #expect(back.first?.attempts == 0)
        }
    }

    @Test func theInboxRecognisesARepeatInTheTransactionOfTheEffect() async throws {
        try await withDatabase { client, repository in
            let inbox = Inbox.postgres(client, logger: logger)
            let received = try event(subject: "s1", at: start)
            #expect(try await !inbox.contains(received))
            for attempt in 0..<2 {
                var changes = ChangeSet()
                changes.record(received, in: inbox)
                try changes.add(.insert(Named(name: "once"), id: UUID().uuidString), to: repository, named: "Named")
                let outcome = try await changes.commit()
                #expect(attempt == 0 ? outcome == .done(versions: [1, 1]) : outcome != .done(versions: [1, 1]))
            }
            #expect(try await inbox.contains(received))
            #expect(try await repository.list(limit: 10, offset: 0).total == 1)
        }
    }
}
