import Configuration
import Foundation
import Logging
import Testing

@testable import ServiceChassis

@Suite struct ServiceSettingsTests {
    @Test func theCommandLineWinsOverTheEnvironmentWhichWinsOverTheDefaults() throws {
        let both = ServiceSettings.reader(
            arguments: ["service", "--http-port", "9001"], environment: ["HTTP_PORT": "9002", "HTTP_HOST": "127.0.0.1"])
        #expect(
            try ServiceSettings(reading: both, defaultPort: 8080, databaseName: "shop")
                == ServiceSettings(host: "127.0.0.1", port: 9001, storage: .postgres(DatabaseSettings(username: "shop", database: "shop"))))
        let environment = ServiceSettings.reader(arguments: ["service"], environment: ["HTTP_PORT": "9002"])
        #expect(try ServiceSettings(reading: environment, defaultPort: 8080, databaseName: "shop").port == 9002)
        let neither = ServiceSettings.reader(arguments: ["service"], environment: [:])
        #expect(try ServiceSettings(reading: neither, defaultPort: 8080, databaseName: "shop").host == "0.0.0.0")
    }

    @Test(arguments: ["eighty", "-1", "65536", ""])
    func anUnusablePortIsAnErrorNamingTheSetting(port: String) {
        let config = ServiceSettings.reader(arguments: ["service"], environment: ["HTTP_PORT": port])
        #expect(throws: SettingsError(setting: "HTTP_PORT (--http-port)", value: port, expected: "a port from 0 to 65535")) {
            try ServiceSettings(reading: config, defaultPort: 8080, databaseName: "shop")
        }
    }

    @Test func theLogLevelIsReadAndCheckedToo() throws {
        let debug = ServiceSettings.reader(arguments: ["service"], environment: ["LOG_LEVEL": "DEBUG"])
        #expect(try ServiceSettings(reading: debug, defaultPort: 8080, databaseName: "shop").logLevel == .debug)
        let loud = ServiceSettings.reader(arguments: ["service"], environment: ["LOG_LEVEL": "loud"])
        #expect(throws: SettingsError.self) { try ServiceSettings(reading: loud, defaultPort: 8080, databaseName: "shop") }
    }
}

@Suite struct DatabaseSettingsTests {
    @Test func storageIsPostgresUnlessMemoryIsAskedFor() throws {
        let memory = ServiceSettings.reader(arguments: ["service", "--storage", "memory"], environment: [:])
        #expect(try ServiceSettings(reading: memory, defaultPort: 8080, databaseName: "shop").storage == .memory)
        let unknown = ServiceSettings.reader(arguments: ["service"], environment: ["STORAGE": "disk"])
        #expect(throws: SettingsError.self) { try ServiceSettings(reading: unknown, defaultPort: 8080, databaseName: "shop") }
    }

    @Test func theSettingsNameTheDatabaseOneByOne() throws {
        let config = ServiceSettings.reader(
            arguments: ["service"],
            environment: [
                "POSTGRES_HOST": "db", "POSTGRES_PORT": "6543", "POSTGRES_USER": "order_service",
                "POSTGRES_PASSWORD": "secret", "POSTGRES_DATABASE": "orders", "POSTGRES_TLS": "require",
            ])
        #expect(
            try DatabaseSettings(reading: config, defaultName: "shop")
                == DatabaseSettings(
                    host: "db", port: 6543, username: "order_service", password: "secret", database: "orders", tls: .require))
    }

    @Test func aURLWinsAndIsDecoded() throws {
        let config = ServiceSettings.reader(
            arguments: ["service"],
            environment: ["DATABASE_URL": "postgres://order%40x:p%3Ass@db.internal:5433/orders?sslmode=prefer", "POSTGRES_HOST": "ignored"])
        #expect(
            try DatabaseSettings(reading: config, defaultName: "shop")
                == DatabaseSettings(host: "db.internal", port: 5433, username: "order@x", password: "p:ss", database: "orders", tls: .prefer))
    }

    @Test(arguments: ["mysql://u:p@h/db", "postgres://h/db", "postgres://u:p@h", "postgres://u:p@h/db?sslmode=maybe"])
    func aURLThatCannotBeUsedIsAnErrorThatDoesNotRepeatThePassword(url: String) {
        #expect(throws: SettingsError.self) { try DatabaseSettings(url: url) }
        do {
            _ = try DatabaseSettings(url: url)
        } catch {
            #expect(!error.description.contains(":p@"))
        }
    }
}

@Suite struct MigrationTests {
    @Test func statementsEndAtSemicolonsOutsideStringsCommentsAndBodies() {
        let sql = """
            -- a comment; not a statement
            CREATE TABLE "a;b" (x text DEFAULT 'it''s; fine');
            /* block; /* nested; */ still comment; */
            CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql;
            INSERT INTO t VALUES (E'back\\'; slash', $1);
            SELECT 1
            """
        #expect(
            SQLScript.statements(of: sql) == [
                "-- a comment; not a statement\nCREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine')",
                "/* block; /* nested; */ still comment; */\nCREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql",
                "INSERT INTO t VALUES (E'back\\'; slash', $1)",
                "SELECT 1",
            ])
        #expect(SQLScript.statements(of: "-- only a comment\n;\n") == [])
    }

    @Test func migrationsLoadInVersionOrderAndBadNamesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "CREATE TABLE b (x int);".write(to: folder.appendingPathComponent("0002_second.sql"), atomically: true, encoding: .utf8)
        try "CREATE TABLE a (x int);".write(to: folder.appendingPathComponent("0001_create_tables.sql"), atomically: true, encoding: .utf8)
        #expect(try Migration.load(from: folder).map(\.name) == ["create_tables", "second"])
        try "".write(to: folder.appendingPathComponent("0002_again.sql"), atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.self) { try Migration.load(from: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("0002_again.sql"))
        try "".write(to: folder.appendingPathComponent("third.sql"), atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.badFileName("third.sql")) { try Migration.load(from: folder) }
    }
}

@Suite struct InMemoryRepositoryTests {
    @Test func listsInTheOrderOfFirstStoringAndPages() async throws {
        let repository = InMemoryRepository<String>()
        for (index, id) in ["c", "a", "b"].enumerated() {
            try await repository.insert("item \(index)", id: id)
        }
        #expect(try await repository.replace("item 1, again", id: "a", expectedVersion: nil) == .done(version: 2))
        let page = await repository.list(limit: 2, offset: 1)
        #expect(page.items == ["item 1, again", "item 2"])
        #expect(page.total == 3)
    }

    @Test func replacingOrRemovingAnUnknownIdChangesNothing() async throws {
        let repository = InMemoryRepository<String>()
        try await repository.insert("kept", id: "a")
        #expect(try await repository.replace("lost", id: "b", expectedVersion: nil) == .notFound)
        #expect(try await repository.remove(id: "b", expectedVersion: nil) == .notFound)
        #expect(await repository.find(id: "b") == nil)
        #expect(try await repository.remove(id: "a", expectedVersion: nil) == .done(version: 1))
        #expect(await repository.list(limit: 10, offset: 0).total == 0)
    }

    @Test func foundListsEachExistingIdOnceInTheOrderOfFirstMention() async throws {
        let repository = InMemoryRepository<String>()
        try await repository.insert("a", id: "1")
        try await repository.insert("b", id: "2")
        #expect(try await repository.found(ids: ["2", "gone", "1", "2"]) == ["b", "a"])
        #expect(try await repository.found(ids: []) == [])
    }

    @Test func insertingAnIdTwiceIsAnError() async throws {
        let repository = InMemoryRepository<String>()
        try await repository.insert("first", id: "a")
        await #expect(throws: RepositoryError.duplicateID("a")) { try await repository.insert("second", id: "a") }
        #expect(await repository.find(id: "a")?.item == "first")
    }

    @Test func aChangeAtAnotherVersionThanExpectedIsStaleAndChangesNothing() async throws {
        let repository = InMemoryRepository<String>()
        try await repository.insert("first", id: "a")
        #expect(try await repository.replace("second", id: "a", expectedVersion: 1) == .done(version: 2))
        #expect(try await repository.replace("third", id: "a", expectedVersion: 1) == .stale(current: 2))
        #expect(try await repository.remove(id: "a", expectedVersion: 1) == .stale(current: 2))
        #expect(await repository.find(id: "a")?.item == "second")
        #expect(try await repository.precondition(ifMatch: "\"1\"", id: "a") == .failed(current: 2))
        #expect(try await repository.precondition(ifMatch: "\"7\", \"2\"", id: "a") == .proceed(expectedVersion: 2))
        #expect(try await repository.precondition(ifMatch: "*", id: "a") == .proceed(expectedVersion: nil))
        #expect(try await repository.precondition(ifMatch: nil, id: "a") == .proceed(expectedVersion: nil))
        #expect(try await repository.precondition(ifMatch: "\"1\"", id: "b") == .notFound)
    }
}

@Suite struct ChangeSetTests {
    let store = InMemoryStore()
    var stock: InMemoryRepository<Int> { InMemoryRepository(store: store, table: "stock") }
    var movements: InMemoryRepository<String> { InMemoryRepository(store: store, table: "movements") }

    @Test func changesToSeveralRepositoriesAreMadeTogether() async throws {
        try await stock.insert(5, id: "s")
        var changes = ChangeSet()
        try changes.add(.replace(8, id: "s", expectedVersion: 1), to: stock, named: "StockItem")
        try changes.add(.insert("received 3", id: "m"), to: movements, named: "StockMovement")
        #expect(try await changes.commit() == .done(versions: [2, 1]))
        #expect(await stock.find(id: "s")?.item == 8)
        #expect(await movements.list(limit: 10, offset: 0).items == ["received 3"])
    }

    @Test func theFirstChangeThatCannotBeMadeUndoesTheOnesBefore() async throws {
        try await stock.insert(5, id: "s")
        try await movements.insert("old", id: "gone")
        _ = try await movements.remove(id: "gone", expectedVersion: nil)
        try await movements.insert("kept", id: "k")
        var changes = ChangeSet()
        try changes.add(.insert("new", id: "m"), to: movements, named: "StockMovement")
        try changes.add(.remove(id: "k", expectedVersion: 1), to: movements, named: "StockMovement")
        try changes.add(.replace(8, id: "s", expectedVersion: 7), to: stock, named: "StockItem")
        #expect(
            try await changes.commit()
                == .failed(ChangeFailure(index: 2, resource: "StockItem", id: "s", outcome: .stale(current: 1))))
        #expect(await stock.find(id: "s")?.version == 1)
        #expect(await movements.list(limit: 10, offset: 0).items == ["kept"])
        #expect(await movements.find(id: "k")?.version == 1)
    }

    @Test func anErrorUndoesTheChangesBeforeItAndIsThrown() async throws {
        try await movements.insert("first", id: "m")
        var changes = ChangeSet()
        try changes.add(.insert(1, id: "s"), to: stock, named: "StockItem")
        try changes.add(.insert("again", id: "m"), to: movements, named: "StockMovement")
        await #expect(throws: RepositoryError.duplicateID("m")) { try await changes.commit() }
        #expect(await stock.find(id: "s") == nil)
        #expect(await stock.list(limit: 10, offset: 0).total == 0)
    }

    @Test func repositoriesOfTwoStoresCannotShareAChangeSet() async throws {
        let elsewhere = InMemoryRepository<String>()
        var changes = ChangeSet()
        try changes.add(.insert(1, id: "s"), to: stock, named: "StockItem")
        try changes.add(.insert("m", id: "m"), to: elsewhere, named: "StockMovement")
        await #expect(throws: (any Error).self) { try await changes.commit() }
        #expect(await stock.find(id: "s") == nil)
    }
}

@Suite struct ChassisHelperTests {
    @Test func pagingChecksTheContractsBounds() {
        #expect(Paging(limit: nil, offset: nil) == Paging(limit: Paging.defaultLimit, offset: 0))
        #expect(Paging(limit: 0, offset: 0).problem?.status == 400)
        #expect(Paging(limit: Paging.maximumLimit + 1, offset: 0).problem?.status == 400)
        #expect(Paging(limit: 5, offset: -1).problem?.detail == "offset must not be negative, not -1.")
        #expect(Paging(limit: Paging.maximumLimit, offset: 7).problem == nil)
    }

    @Test func aRequestKeepsAPlausibleIdAndGetsANewOneOtherwise() {
        #expect(RequestID.accept("abc-123") == "abc-123")
        for hostile in [nil, "", "line\nbreak", "with space", String(repeating: "x", count: RequestID.maximumLength + 1)] {
            let id = RequestID.accept(hostile)
            #expect(id != hostile)
            #expect(UUID(uuidString: id) != nil)
        }
    }

    @Test func entityTagsAreStrongQuotedVersions() {
        #expect(EntityTag.of(version: 3) == "\"3\"")
        #expect(EntityTag.condition(ifMatch: nil) == .none)
        #expect(EntityTag.condition(ifMatch: " * ") == .any)
        #expect(EntityTag.condition(ifMatch: "\"3\", W/\"4\", \"x\", 5") == .versions([3]))
        #expect(!EntityTag.condition(ifMatch: "W/\"3\"").allows(version: 3), "a weak tag never matches strongly")
        #expect(EntityTag.condition(ifMatch: "*").allows(version: 9))
    }

    @Test func fieldRulesNameEveryBrokenFieldOfABody() throws {
        struct Line: Encodable { var productId: String; var quantity: Int }
        struct Body: Encodable { var customerId: String; var day: String?; var email: String; var lines: [Line] }
        let rules = [
            FieldRule(["customerId"], .uuid), FieldRule(["day"], .date), FieldRule(["email"], .email),
            FieldRule(["lines", "*", "productId"], .uuid), FieldRule(["lines", "*", "quantity"], .int32),
        ]
        let good = Body(
            customerId: UUID().uuidString, day: "2026-02-28", email: "a@b.example",
            lines: [Line(productId: UUID().uuidString, quantity: 3)])
        #expect(FieldRule.problem(in: good, rules: rules) == nil)
        let bad = Body(
            customerId: "x", day: "2026-02-30", email: "no at", lines: [good.lines[0], Line(productId: "y", quantity: 1 << 40)])
        let problem = try #require(FieldRule.problem(in: bad, rules: rules))
        #expect(problem.status == 400)
        #expect(
            problem.detail == "customerId must be a UUID, not \"x\"; day must be a date (YYYY-MM-DD), not \"2026-02-30\"; "
                + "email must be an email address, not \"no at\"; lines[1].productId must be a UUID, not \"y\"; "
                + "lines[1].quantity must be an integer from -2147483648 to 2147483647, not 1099511627776.")
        #expect(FieldRule.problem(in: Body(customerId: good.customerId, day: nil, email: "a@b.c", lines: []), rules: rules) == nil)
        #expect(FieldFormat.uri.accepts("https://example.com/x"))
        #expect(!FieldFormat.uri.accepts("not a uri"))
    }

    @Test func aProblemEncodesAsProblemJSON() throws {
        let body = try ProblemDetails.notFound("Order", id: "42").encoded()
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        #expect(object?["type"] as? String == "about:blank")
        #expect(object?["status"] as? Int == 404)
        #expect(object?["detail"] as? String == "No Order has the id 42.")
    }
}
