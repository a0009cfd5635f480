import Foundation
import Logging
import ServiceChassis
import OrderAPI

extension ServiceAPI {
    /// A service keeping its resources where `storage` says: in PostgreSQL, in the tables below (created by
    /// `Migrations/0001_create_tables.sql`; its events' by `0002_create_event_tables.sql`), or in memory.
    init(storage: Storage, logger: Logger) {
        switch storage {
        case .memory:
            self = .inMemory()
        case .postgres(let client):
            self.init(
                orderRepository: PostgresRepository(client: client, statements: .order, logger: logger)
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
    /// Where Order resources are kept: the table `orders` and its child tables.
    static let order = TableStatements(
        find: """
            SELECT jsonb_build_object('id', t."id", 'placedAt', to_char(t."placed_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'status', t."status", 'customerId', t."customer_id", 'items', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c1."id", 'quantity', c1."quantity", 'price', c1."price", 'productId', c1."product_id") ORDER BY c1."position") FROM "orders_items" AS c1 WHERE c1."order_id" = t."id"), '[]'::jsonb))::text, t."version"
            FROM "orders" AS t
            WHERE t."id" = $1::uuid
            """,
        version: """
            SELECT "version" FROM "orders" WHERE "id" = $1::uuid
            """,
        list: """
            SELECT jsonb_build_object('id', t."id", 'placedAt', to_char(t."placed_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'status', t."status", 'customerId', t."customer_id", 'items', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c1."id", 'quantity', c1."quantity", 'price', c1."price", 'productId', c1."product_id") ORDER BY c1."position") FROM "orders_items" AS c1 WHERE c1."order_id" = t."id"), '[]'::jsonb))::text
            FROM "orders" AS t
            ORDER BY t."seq"
            LIMIT $1 OFFSET $2
            """,
        count: """
            SELECT count(*) FROM "orders"
            """,
        insert: """
            INSERT INTO "orders" ("id", "placed_at", "status", "customer_id")
            SELECT $2::uuid,
                (s.d ->> 'placedAt')::timestamptz,
                s.d ->> 'status',
                (s.d ->> 'customerId')::uuid
            FROM (SELECT $1::jsonb AS d) AS s
            """,
        insertChildren: [
            """
            INSERT INTO "orders_items" ("order_id", "position", "id", "quantity", "price", "product_id")
            SELECT $2::uuid,
                e.ordinality,
                (e.value ->> 'id')::uuid,
                (e.value ->> 'quantity')::integer,
                (e.value ->> 'price')::numeric,
                (e.value ->> 'productId')::uuid
            FROM jsonb_array_elements(COALESCE(NULLIF($1::jsonb -> 'items', 'null'::jsonb), '[]'::jsonb)) WITH ORDINALITY AS e(value, ordinality)
            """,
        ],
        update: """
            UPDATE "orders" AS t
            SET "placed_at" = (s.d ->> 'placedAt')::timestamptz,
                "status" = s.d ->> 'status',
                "customer_id" = (s.d ->> 'customerId')::uuid,
                "version" = t."version" + 1
            FROM (SELECT $1::jsonb AS d) AS s
            WHERE t."id" = $2::uuid AND ($3::bigint IS NULL OR t."version" = $3::bigint)
            RETURNING t."version"
            """,
        deleteChildren: [
            """
            DELETE FROM "orders_items" WHERE "order_id" = $1::uuid
            """,
        ],
        delete: """
            DELETE FROM "orders" AS t WHERE t."id" = $1::uuid AND ($2::bigint IS NULL OR t."version" = $2::bigint) RETURNING t."version"
            """
    )
}
