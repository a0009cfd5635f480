import Foundation
import Logging
import ServiceChassis
import CustomerAPI

extension ServiceAPI {
    /// A service keeping its resources where `storage` says: in PostgreSQL, in the tables below (created by
    /// `Migrations/0001_create_tables.sql`; its events' by `0002_create_event_tables.sql`), or in memory.
    init(storage: Storage, logger: Logger) {
        switch storage {
        case .memory:
            self = .inMemory()
        case .postgres(let client):
            self.init(
                customerRepository: PostgresRepository(client: client, statements: .customer, logger: logger)
            )
        }
    }
}

extension Migration {
    /// The service's migrations: the files of its `Migrations` resource folder.
    static func bundled() throws -> [Migration] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "The Migrations folder is missing."])
        }
        return try Migration.load(from: folder)
    }
}

extension TableStatements {
    /// Where Customer resources are kept: the table `customers` and its child tables.
    static let customer = TableStatements(
        find: """
            SELECT jsonb_build_object('id', t."id", 'name', t."name", 'email', t."email", 'addresses', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c1."id", 'street', c1."street", 'city', c1."city", 'postcode', c1."postcode") ORDER BY c1."position") FROM "customers_addresses" AS c1 WHERE c1."customer_id" = t."id"), '[]'::jsonb))::text, t."version"
            FROM "customers" AS t
            WHERE t."id" = $1::uuid
            """,
        version: """
            SELECT "version" FROM "customers" WHERE "id" = $1::uuid
            """,
        list: """
            SELECT jsonb_build_object('id', t."id", 'name', t."name", 'email', t."email", 'addresses', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c1."id", 'street', c1."street", 'city', c1."city", 'postcode', c1."postcode") ORDER BY c1."position") FROM "customers_addresses" AS c1 WHERE c1."customer_id" = t."id"), '[]'::jsonb))::text
            FROM "customers" AS t
            ORDER BY t."seq"
            LIMIT $1 OFFSET $2
            """,
        count: """
            SELECT count(*) FROM "customers"
            """,
        insert: """
            INSERT INTO "customers" ("id", "name", "email")
            SELECT $2::uuid,
                s.d ->> 'name',
                s.d ->> 'email'
            FROM (SELECT $1::jsonb AS d) AS s
            """,
        insertChildren: [
            """
            INSERT INTO "customers_addresses" ("customer_id", "position", "id", "street", "city", "postcode")
            SELECT $2::uuid,
                e.ordinality,
                (e.value ->> 'id')::uuid,
                e.value ->> 'street',
                e.value ->> 'city',
                e.value ->> 'postcode'
            FROM jsonb_array_elements(COALESCE(NULLIF($1::jsonb -> 'addresses', 'null'::jsonb), '[]'::jsonb)) WITH ORDINALITY AS e(value, ordinality)
            """,
        ],
        update: """
            UPDATE "customers" AS t
            SET "name" = s.d ->> 'name',
                "email" = s.d ->> 'email',
                "version" = t."version" + 1
            FROM (SELECT $1::jsonb AS d) AS s
            WHERE t."id" = $2::uuid AND ($3::bigint IS NULL OR t."version" = $3::bigint)
            RETURNING t."version"
            """,
        deleteChildren: [
            """
            DELETE FROM "customers_addresses" WHERE "customer_id" = $1::uuid
            """,
        ],
        delete: """
            DELETE FROM "customers" AS t WHERE t."id" = $1::uuid AND ($2::bigint IS NULL OR t."version" = $2::bigint) RETURNING t."version"
            """
    )
}
