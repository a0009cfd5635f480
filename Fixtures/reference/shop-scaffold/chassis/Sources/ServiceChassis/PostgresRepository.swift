import Foundation
import Logging
import PostgresNIO

/// A repository in the service's own PostgreSQL database: resources of one kind in their table (and child tables),
/// written in a `ChangeSet`'s transaction, read back as the JSON documents of the API.
public struct PostgresRepository<Item: Codable & Sendable>: Repository {
    public let client: PostgresClient
    public let statements: TableStatements
    public let logger: Logger

    public init(client: PostgresClient, statements: TableStatements, logger: Logger) {
        self.client = client
        self.statements = statements
        self.logger = logger
    }

    public func list(limit: Int, offset: Int) async throws -> RepositoryPage<Item> {
        try await RepositoryError.translating {
            var binds = PostgresBindings()
            binds.append(limit)
            binds.append(offset)
            var items: [Item] = []
            for try await document in try await client.query(
                PostgresQuery(unsafeSQL: statements.list, binds: binds), logger: logger
            ).decode(String.self) {
                items.append(try Self.decode(document))
            }
            var total = 0
            for try await count in try await client.query(PostgresQuery(unsafeSQL: statements.count), logger: logger)
                .decode(Int.self)
            {
                total = count
            }
            return RepositoryPage(items: items, total: total)
        }
    }

    public func find(id: String) async throws -> Versioned<Item>? {
        guard Self.isIdentifier(id) else { return nil }
        return try await RepositoryError.translating {
            for try await (document, version) in try await client.query(
                PostgresQuery(unsafeSQL: statements.find, binds: Self.binds(id)), logger: logger
            ).decode((String, Int).self) {
                return Versioned(item: try Self.decode(document), version: version)
            }
            return nil
        }
    }

    public func pending(_ write: RepositoryWrite<Item>) throws -> PendingChange {
        let statements = statements
        let step: PendingChange.PostgresStep
        switch write {
        case .insert(let item, let id):
            let binds = try Self.binds(Self.encode(item), id)
            step = { connection, logger in
                try await connection.query(PostgresQuery(unsafeSQL: statements.insert, binds: binds), logger: logger)
                for statement in statements.insertChildren {
                    try await connection.query(PostgresQuery(unsafeSQL: statement, binds: binds), logger: logger)
                }
                return .done(version: 1)
            }
        case .replace(let item, let id, let expectedVersion):
            var binds = try Self.binds(Self.encode(item), id)
            binds.append(expectedVersion)
            step = { [binds] connection, logger in
                guard Self.isIdentifier(id) else { return .notFound }
                guard let version = try await Self.version(of: statements.update, binds: binds, on: connection, logger)
                else {
                    return try await Self.missOutcome(id: id, statements: statements, on: connection, logger)
                }
                for statement in statements.deleteChildren {
                    try await connection.query(PostgresQuery(unsafeSQL: statement, binds: Self.binds(id)), logger: logger)
                }
                for statement in statements.insertChildren {
                    try await connection.query(PostgresQuery(unsafeSQL: statement, binds: binds), logger: logger)
                }
                return .done(version: version)
            }
        case .remove(let id, let expectedVersion):
            var binds = Self.binds(id)
            binds.append(expectedVersion)
            step = { [binds] connection, logger in
                guard Self.isIdentifier(id) else { return .notFound }
                guard let version = try await Self.version(of: statements.delete, binds: binds, on: connection, logger)
                else {
                    return try await Self.missOutcome(id: id, statements: statements, on: connection, logger)
                }
                return .done(version: version)
            }
        }
        return PendingChange(id: write.id, application: .postgres(client, logger, step))
    }

    /// The version the statement returns, nil when it changed no row.
    static func version(
        of statement: String, binds: PostgresBindings, on connection: PostgresConnection, _ logger: Logger
    ) async throws -> Int? {
        for try await version in try await connection.query(
            PostgresQuery(unsafeSQL: statement, binds: binds), logger: logger
        ).decode(Int.self) {
            return version
        }
        return nil
    }

    /// Why a conditional change matched no row: the resource is gone, or at another version.
    static func missOutcome(
        id: String, statements: TableStatements, on connection: PostgresConnection, _ logger: Logger
    ) async throws -> WriteOutcome {
        guard let current = try await version(of: statements.version, binds: binds(id), on: connection, logger) else {
            return .notFound
        }
        return .stale(current: current)
    }

    /// Ids are UUIDs: anything else names no row (and would only make PostgreSQL fail the cast).
    static func isIdentifier(_ id: String) -> Bool {
        UUID(uuidString: id) != nil
    }

    static func binds(_ values: String...) -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values { binds.append(value) }
        return binds
    }

    static func encode(_ item: Item) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(item), as: UTF8.self)
    }

    static func decode(_ document: String) throws -> Item {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Item.self, from: Data(document.utf8))
    }
}
