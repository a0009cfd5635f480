import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// How a service's resources become PostgreSQL tables, and the SQL written for them.
@Suite struct StorageSchemaTests {
    static let source = """
        system Shop
        enum Status { open, paid }
        value Money { amount: Decimal, currency: String }
        value Address { street: String, city: String?, geo: Money? }
        aggregate Order {
          root Order {
            id: UUID
            number: String unique
            status: Status
            customer -> Customer
            total: Money
            billing: Address?
            placedAt: DateTime
            tags: [String]
            note: Note
            lines: [OrderLine]
          }
          entity OrderLine { id: UUID, quantity: Int, price: Money, status: Status?, parts: [Part] }
          entity Part { id: UUID, name: String }
          entity Note { id: UUID, text: String }
        }
        entity Customer { id: UUID, email: Email unique }
        """

    /// The blueprint of the Ordering context (Order and its parts) of `source`.
    static func orderingBlueprint() throws -> ServiceBlueprint {
        let (model, diagnostics) = ModelReader.read(source, path: "shop.domain")
        let resolved = try #require(model, "\(diagnostics)")
        let decomposition = Decomposition(
            system: "Shop",
            contexts: [
                BoundedContext(name: "Ordering", entities: ["Order", "OrderLine", "Part", "Note"]),
                BoundedContext(name: "Customers", entities: ["Customer"]),
            ])
        return ServiceBlueprint(model: resolved, context: decomposition.contexts[0])
    }

    /// The schema of the Ordering context of `source`.
    static func ordering() throws -> StorageSchema {
        StorageSchema(try orderingBlueprint())
    }

    @Test func aResourceIsATableWithTypedColumnsFlattenedValuesAndChildTables() throws {
        let schema = try Self.ordering()
        let table = try #require(schema.tables.first)
        #expect(schema.tables.count == 1)
        #expect(table.name == "orders")
        let columns = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, $0) })
        #expect(columns["number"]?.type == "text")
        #expect(columns["number"]?.isUnique == true)
        #expect(columns["status"]?.allowedValues == ["open", "paid"])
        #expect(columns["customer_id"]?.type == "uuid")
        #expect(columns["total_amount"]?.type == "numeric")
        #expect(columns["total_amount"]?.path == ["total", "amount"])
        #expect(columns["total_amount"]?.isNotNull == true)
        #expect(columns["billing_city"]?.isNotNull == false)
        #expect(columns["billing_street"]?.isNotNull == false, "a member of an optional value may be missing")
        #expect(columns["billing_geo"]?.type == "jsonb", "a value inside a value stays one JSON value")
        #expect(columns["placed_at"]?.type == "timestamptz")
        #expect(columns["tags"]?.type == "jsonb")
        #expect(columns["note"]?.type == "jsonb", "a single composed entity is one JSON value")
        #expect(columns["lines"] == nil)
        let lines = try #require(table.children.first)
        #expect(table.children.count == 1)
        #expect(lines.name == "orders_lines")
        #expect(lines.property == "lines")
        #expect(lines.parentColumn == "order_id")
        #expect(lines.columns.map(\.name) == ["id", "quantity", "price_amount", "price_currency", "status", "parts"])
        #expect(lines.columns.last?.type == "jsonb", "entities below a child are kept as JSON")
        #expect(lines.columns.first { $0.name == "status" }?.allowedValues == ["open", "paid"])
    }

    @Test func theMigrationCreatesTheTablesWithKeysAndChecks() throws {
        let sql = StorageSQL().createTables(try Self.ordering(), title: "Migration 1 of the Ordering service")
        #expect(sql.hasPrefix("-- Migration 1 of the Ordering service: one table per resource"))
        #expect(
            sql.contains("CREATE TABLE \"orders\" (\n    \"id\" uuid PRIMARY KEY,\n    \"version\" bigint NOT NULL"))
        #expect(sql.contains("\"number\" text NOT NULL UNIQUE"))
        #expect(sql.contains("\"status\" text NOT NULL CHECK (\"status\" IN ('open', 'paid'))"))
        #expect(sql.contains("\"customer_id\" uuid NOT NULL,"), "a reference is a plain id, without a foreign key")
        #expect(
            sql.contains("\"order_id\" uuid NOT NULL REFERENCES \"orders\" (\"id\") ON DELETE CASCADE"))
        #expect(sql.contains("PRIMARY KEY (\"order_id\", \"position\")"))
    }

    @Test func statementsBuildAndTakeApartTheDocumentInSQL() throws {
        let table = try #require(try Self.ordering().tables.first)
        let statements = StorageSQL().statements(for: table)
        #expect(statements.find.contains("WHERE t.\"id\" = $1::uuid"))
        #expect(statements.find.contains("'total', jsonb_build_object('amount', t.\"total_amount\""))
        #expect(statements.find.contains("CASE WHEN t.\"billing_street\" IS NULL AND t.\"billing_city\" IS NULL"))
        #expect(statements.find.contains("to_char(t.\"placed_at\" AT TIME ZONE 'UTC'"))
        #expect(statements.find.contains("ORDER BY c1.\"position\""))
        #expect(statements.list.hasSuffix("ORDER BY t.\"seq\"\nLIMIT $1 OFFSET $2"))
        #expect(statements.insert.contains("(s.d -> 'total' ->> 'amount')::numeric"))
        #expect(statements.insert.contains("NULLIF(s.d -> 'tags', 'null'::jsonb)"))
        #expect(statements.insertChildren.count == 1)
        #expect(statements.insertChildren[0].contains("WITH ORDINALITY AS e(value, ordinality)"))
        #expect(statements.update.contains("\"version\" = t.\"version\" + 1"))
        #expect(statements.update.contains("($3::bigint IS NULL OR t.\"version\" = $3::bigint)"))
        #expect(statements.update.hasSuffix("RETURNING t.\"version\""))
        #expect(statements.version == "SELECT \"version\" FROM \"orders\" WHERE \"id\" = $1::uuid")
        #expect(statements.deleteChildren == ["DELETE FROM \"orders_lines\" WHERE \"order_id\" = $1::uuid"])
        #expect(
            statements.delete
                == "DELETE FROM \"orders\" AS t WHERE t.\"id\" = $1::uuid AND ($2::bigint IS NULL OR t.\"version\" = "
                + "$2::bigint) RETURNING t.\"version\"")
    }

    @Test func manyColumnsAreBuiltInChunksPostgreSQLAccepts() throws {
        let fields = (1...60).map { "f\($0): Int" }.joined(separator: ", ")
        let (model, diagnostics) = ModelReader.read("entity Wide { id: UUID, \(fields) }", path: "wide.domain")
        let resolved = try #require(model, "\(diagnostics)")
        let decomposition = Decomposition(system: "W", contexts: [BoundedContext(name: "Wide", entities: ["Wide"])])
        let schema = StorageSchema(
            ServiceBlueprint(model: resolved, context: decomposition.contexts[0]))
        let find = StorageSQL().statements(for: try #require(schema.tables.first)).find
        #expect(find.components(separatedBy: "jsonb_build_object(").count - 1 == 2)
        #expect(find.contains(") || jsonb_build_object("))
    }

    @Test func namesAreQuotedEscapedAndKeptWithinPostgreSQLsLimit() {
        #expect(StorageSQL.identifier("we\"ird") == "\"we\"\"ird\"")
        #expect(StorageSQL.literal("it's; DROP TABLE x; --") == "'it''s; DROP TABLE x; --'")
        var used = UniqueNames()
        let long = String(repeating: "a", count: 70)
        let first = StorageSchema.unique(long, in: &used)
        let second = StorageSchema.unique(long, in: &used)
        #expect(first.utf8.count == 63)
        #expect(second.utf8.count == 63)
        #expect(second.hasSuffix("_2"))
        #expect(StorageSchema.truncated(String(repeating: "é", count: 40)).utf8.count == 62)
        #expect(StorageSchema.snakeCase("customerId") == "customer_id")
        #expect(StorageSchema.snakeCase("order-items") == "order_items")
        #expect(MarkdownText.comment("Shop\nevil:\r\n  x\u{1}") == "Shop evil:   x ")
    }
}
