import Foundation
import Logging
import PostgresNIO
import Testing

@testable import ServiceChassis

/// The database the migration tests may fill and empty, if any.
private let testDatabaseURL = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]

/// The migration runner against a real PostgreSQL: set `TEST_DATABASE_URL` (`postgres://user:password@host/db`,
/// a database the tests may fill and empty) to run these; without it they are skipped.
@Suite(.enabled(if: testDatabaseURL != nil, "set TEST_DATABASE_URL to run them"), .serialized)
struct MigrationRunnerTests {
    let logger = Logger(label: "migration-tests")

    /// Runs `body` with a client of the test database, emptied of what the tests create, before and after.
    func withDatabase(_ body: (PostgresClient) async throws -> Void) async throws {
        let settings = try DatabaseSettings(url: try #require(testDatabaseURL))
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { await client.run() }
            let reset: PostgresQuery = "DROP TABLE IF EXISTS schema_migrations, migration_test_a, migration_test_b"
            try await client.query(reset, logger: logger)
            try await body(client)
            try await client.query(reset, logger: logger)
            group.cancelAll()
        }
    }

    let first = Migration(version: 1, name: "create_a", sql: "CREATE TABLE migration_test_a (x int);\n-- done;\n")
    let second = Migration(
        version: 2, name: "create_b", sql: "CREATE TABLE migration_test_b (y text DEFAULT 'a;b');\nINSERT INTO migration_test_b DEFAULT VALUES;")

    @Test func eachMigrationIsAppliedOnceInOrder() async throws {
        try await withDatabase { client in
            let runner = MigrationRunner(client: client, logger: logger)
            #expect(try await runner.run([first]) == [1])
            #expect(try await runner.run([first, second]) == [2])
            #expect(try await runner.run([first, second]) == [])
            let rows = try await client.query("SELECT y FROM migration_test_b", logger: logger).collect()
            #expect(rows.count == 1)
        }
    }

    @Test func runnersStartingTogetherMigrateOnce() async throws {
        try await withDatabase { client in
            let runner = MigrationRunner(client: client, logger: logger)
            let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<4 { group.addTask { try await runner.run([first, second]) } }
                return try await group.reduce(into: [Int]()) { $0 += $1 }
            }
            #expect(applied.sorted() == [1, 2])
        }
    }

    @Test func aChangedOrUnknownAppliedMigrationStopsTheService() async throws {
        try await withDatabase { client in
            let runner = MigrationRunner(client: client, logger: logger)
            try await runner.run([first, second])
            var edited = first
            edited.sql += "ALTER TABLE migration_test_a ADD COLUMN z int;"
            await #expect(throws: MigrationError.changedAfterApplying(version: 1, name: "create_a")) {
                try await runner.run([edited, second])
            }
            await #expect(throws: MigrationError.unknownApplied(version: 2, name: "create_b")) {
                try await runner.run([first])
            }
        }
    }

    @Test func aFailingMigrationLeavesNothingBehind() async throws {
        try await withDatabase { client in
            let runner = MigrationRunner(client: client, logger: logger)
            let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE migration_test_b (y int);\nSELECT * FROM missing_table;")
            await #expect(throws: (any Error).self) { try await runner.run([first, broken]) }
            let tables = try await client.query(
                "SELECT count(*) FROM pg_tables WHERE tablename = 'migration_test_b'", logger: logger
            ).decode(Int.self)
            for try await count in tables { #expect(count == 0) }
            #expect(try await runner.run([first, second]) == [2])
        }
    }
}
