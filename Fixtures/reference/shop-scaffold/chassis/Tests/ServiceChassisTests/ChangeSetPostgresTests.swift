import Foundation
import Logging
import PostgresNIO
import Testing

@testable import ServiceChassis

/// Change sets against a real PostgreSQL: set `TEST_DATABASE_URL` (`postgres://user:password@host/db`, a database
/// the tests may fill and empty) to run these; without it they are skipped.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] != nil, "set TEST_DATABASE_URL to run them"),
    .serialized)
struct ChangeSetPostgresTests {
    let logger = Logger(label: "change-set-tests")

    /// A resource of the test tables: one name.
    struct Named: Codable, Equatable, Sendable {
        var name: String
    }

    /// The statements of a test table with one unique `name` column, shaped as the generated ones are.
    static func statements(_ table: String) -> TableStatements {
        TableStatements(
            find: "SELECT json_build_object('name', name)::text, version FROM \(table) WHERE id = $1::uuid",
            version: "SELECT version FROM \(table) WHERE id = $1::uuid",
            list: "SELECT json_build_object('name', name)::text FROM \(table) ORDER BY seq LIMIT $1 OFFSET $2",
            count: "SELECT count(*)::int8 FROM \(table)",
            insert: "INSERT INTO \(table) (id, version, name) VALUES ($2::uuid, 1, ($1::jsonb)->>'name')",
            insertChildren: [],
            update: """
                UPDATE \(table) SET name = ($1::jsonb)->>'name', version = version + 1
                WHERE id = $2::uuid AND ($3::int8 IS NULL OR version = $3::int8) RETURNING version::int8
                """,
            deleteChildren: [],
            delete: """
                DELETE FROM \(table) WHERE id = $1::uuid AND ($2::int8 IS NULL OR version = $2::int8)
                RETURNING version::int8
                """)
    }

    /// Runs `body` with two repositories on fresh test tables, dropped again afterwards.
    func withRepositories(
        _ body: (PostgresRepository<Named>, PostgresRepository<Named>) async throws -> Void
    ) async throws {
        let settings = try DatabaseSettings(url: try #require(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]))
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { await client.run() }
            try await client.query("DROP TABLE IF EXISTS change_set_a, change_set_b", logger: logger)
            for table in ["change_set_a", "change_set_b"] {
                try await client.query(
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE \(table) (seq bigserial, id uuid PRIMARY KEY, version integer NOT NULL,
                            name text NOT NULL UNIQUE)
                            """), logger: logger)
            }
            try await body(
                PostgresRepository(client: client, statements: Self.statements("change_set_a"), logger: logger),
                PostgresRepository(client: client, statements: Self.statements("change_set_b"), logger: logger))
            try await client.query("DROP TABLE change_set_a, change_set_b", logger: logger)
            group.cancelAll()
        }
    }

    let first = UUID().uuidString.lowercased()
    let second = UUID().uuidString.lowercased()

    @Test func changesToTwoTablesAreCommittedTogether() async throws {
        try await withRepositories { a, b in
            try await a.insert(Named(name: "a"), id: first)
            var changes = ChangeSet()
            try changes.add(.replace(Named(name: "a2"), id: first, expectedVersion: 1), to: a, named: "A")
            try changes.add(.insert(Named(name: "b"), id: second), to: b, named: "B")
            #expect(try await changes.commit() == .done(versions: [2, 1]))
            #expect(try await a.find(id: first)?.item == Named(name: "a2"))
            #expect(try await b.find(id: second)?.item == Named(name: "b"))
        }
    }

    @Test func aChangeThatFindsNoRowRollsBackTheOnesBefore() async throws {
        try await withRepositories { a, b in
            try await a.insert(Named(name: "a"), id: first)
            var changes = ChangeSet()
            try changes.add(.insert(Named(name: "b"), id: second), to: b, named: "B")
            try changes.add(.replace(Named(name: "a2"), id: first, expectedVersion: 3), to: a, named: "A")
            #expect(
                try await changes.commit()
                    == .failed(ChangeFailure(index: 1, resource: "A", id: first, outcome: .stale(current: 1))))
            #expect(try await b.list(limit: 10, offset: 0).total == 0)
            #expect(try await a.find(id: first)?.item == Named(name: "a"))
        }
    }

    @Test func aValueTheDatabaseRefusesRollsBackAndIsTranslated() async throws {
        try await withRepositories { a, b in
            try await a.insert(Named(name: "taken"), id: first)
            var changes = ChangeSet()
            try changes.add(.insert(Named(name: "b"), id: second), to: b, named: "B")
            try changes.add(.insert(Named(name: "taken"), id: UUID().uuidString), to: a, named: "A")
            await #expect {
                try await changes.commit()
            } throws: { error in
                guard case .conflict = error as? RepositoryError else { return false }
                return true
            }
            #expect(try await b.find(id: second) == nil)
        }
    }
}
