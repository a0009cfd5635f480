import Logging
import PostgresNIO

/// Applies a service's migrations to its database at start-up: under a PostgreSQL advisory lock (so two replicas
/// starting together migrate once), each pending migration in its own transaction together with its row in
/// `schema_migrations`. A re-start applies nothing twice; an applied migration whose SQL has changed since (its MD5,
/// computed by PostgreSQL, differs) stops the service with a clear error.
public struct MigrationRunner: Sendable {
    /// The advisory lock key every service uses on its own database.
    public static let lockKey: Int64 = 0x6465_636f_6d70
    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Applies the migrations not applied yet; returns their versions.
    @discardableResult
    public func run(_ migrations: [Migration]) async throws -> [Int] {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(Self.lockKey))", logger: logger)
            do {
                let applied = try await apply(migrations, on: connection)
                try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                return applied
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                throw error
            }
        }
    }

    private func apply(_ migrations: [Migration], on connection: PostgresConnection) async throws -> [Int] {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, logger: logger)
        var recorded: [Int: (name: String, checksum: String)] = [:]
        for try await (version, name, checksum) in try await connection.query(
            "SELECT version, name, checksum FROM schema_migrations", logger: logger
        ).decode((Int, String, String).self) {
            recorded[version] = (name, checksum)
        }
        let known = Set(migrations.map(\.version))
        if let unknown = recorded.keys.sorted().first(where: { !known.contains($0) }) {
            throw MigrationError.unknownApplied(version: unknown, name: recorded[unknown]?.name ?? "")
        }
        var applied: [Int] = []
        for migration in migrations {
            let checksum = try await self.checksum(of: migration.sql, on: connection)
            if let existing = recorded[migration.version] {
                guard existing.checksum == checksum else {
                    throw MigrationError.changedAfterApplying(version: migration.version, name: migration.name)
                }
                continue
            }
            try await connection.withTransaction(logger: logger) { connection in
                for statement in SQLScript.statements(of: migration.sql) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (\(migration.version), \(migration.name), \(checksum))",
                    logger: logger)
            }
            logger.info("applied migration \(migration.version) (\(migration.name))")
            applied.append(migration.version)
        }
        return applied
    }

    private func checksum(of sql: String, on connection: PostgresConnection) async throws -> String {
        for try await checksum in try await connection.query("SELECT md5(\(sql))", logger: logger).decode(String.self) {
            return checksum
        }
        return ""
    }
}
