import Foundation
import Logging
import ServiceChassis
import ProductAPI

extension ServiceAPI {
    /// A service keeping its resources where `storage` says: in PostgreSQL, in the tables below (created by
    /// `Migrations/0001_create_tables.sql`; its events' by `0002_create_event_tables.sql`), or in memory.
    init(storage: Storage, logger: Logger) {
        switch storage {
        case .memory:
            self = .inMemory()
        case .postgres(let client):
            self.init(
                categoryRepository: PostgresRepository(client: client, statements: .category, logger: logger),
                productRepository: PostgresRepository(client: client, statements: .product, logger: logger)
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
    /// Where Category resources are kept: the table `categories`.
    static let category = TableStatements(
        find: """
            SELECT jsonb_build_object('id', t."id", 'name', t."name")::text, t."version"
            FROM "categories" AS t
            WHERE t."id" = $1::uuid
            """,
        version: """
            SELECT "version" FROM "categories" WHERE "id" = $1::uuid
            """,
        list: """
            SELECT jsonb_build_object('id', t."id", 'name', t."name")::text
            FROM "categories" AS t
            ORDER BY t."seq"
            LIMIT $1 OFFSET $2
            """,
        count: """
            SELECT count(*) FROM "categories"
            """,
        insert: """
            INSERT INTO "categories" ("id", "name")
            SELECT $2::uuid,
                s.d ->> 'name'
            FROM (SELECT $1::jsonb AS d) AS s
            """,
        insertChildren: [
        ],
        update: """
            UPDATE "categories" AS t
            SET "name" = s.d ->> 'name',
                "version" = t."version" + 1
            FROM (SELECT $1::jsonb AS d) AS s
            WHERE t."id" = $2::uuid AND ($3::bigint IS NULL OR t."version" = $3::bigint)
            RETURNING t."version"
            """,
        deleteChildren: [
        ],
        delete: """
            DELETE FROM "categories" AS t WHERE t."id" = $1::uuid AND ($2::bigint IS NULL OR t."version" = $2::bigint) RETURNING t."version"
            """
    )
}

extension TableStatements {
    /// Where Product resources are kept: the table `products`.
    static let product = TableStatements(
        find: """
            SELECT jsonb_build_object('id', t."id", 'name', t."name", 'price', t."price", 'categoryId', t."category_id")::text, t."version"
            FROM "products" AS t
            WHERE t."id" = $1::uuid
            """,
        version: """
            SELECT "version" FROM "products" WHERE "id" = $1::uuid
            """,
        list: """
            SELECT jsonb_build_object('id', t."id", 'name', t."name", 'price', t."price", 'categoryId', t."category_id")::text
            FROM "products" AS t
            ORDER BY t."seq"
            LIMIT $1 OFFSET $2
            """,
        count: """
            SELECT count(*) FROM "products"
            """,
        insert: """
            INSERT INTO "products" ("id", "name", "price", "category_id")
            SELECT $2::uuid,
                s.d ->> 'name',
                (s.d ->> 'price')::numeric,
                (s.d ->> 'categoryId')::uuid
            FROM (SELECT $1::jsonb AS d) AS s
            """,
        insertChildren: [
        ],
        update: """
            UPDATE "products" AS t
            SET "name" = s.d ->> 'name',
                "price" = (s.d ->> 'price')::numeric,
                "category_id" = (s.d ->> 'categoryId')::uuid,
                "version" = t."version" + 1
            FROM (SELECT $1::jsonb AS d) AS s
            WHERE t."id" = $2::uuid AND ($3::bigint IS NULL OR t."version" = $3::bigint)
            RETURNING t."version"
            """,
        deleteChildren: [
        ],
        delete: """
            DELETE FROM "products" AS t WHERE t."id" = $1::uuid AND ($2::bigint IS NULL OR t."version" = $2::bigint) RETURNING t."version"
            """
    )
}
