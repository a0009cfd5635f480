// swift-format-ignore-file
// Generated from Templates/ by DefaultTemplatesTests; do not edit (template lines may be longer than
// the style allows, hence the ignore above).
// Regenerate with: DECOMPOSE_RECORD=1 swift test --filter DefaultTemplatesTests

/// The default scaffold templates: every file of the repository's `Templates/` folder, embedded so
/// that `decompose scaffold` needs no files besides the model. Keys are paths relative to
/// `Templates/`, such as `service/common/.gitignore.mustache`.
public enum DefaultTemplates {
    /// Template text by path relative to `Templates/`.
    public static let files: [String: String] = [
        "chassis/Package.swift.mustache": #"""
        // swift-tools-version:6.2
        import PackageDescription

        /// The {{projectName}} microservice chassis: the framework-neutral code every service of the system shares
        /// (settings, lifecycle, problem+json errors, request ids, paging, repositories in memory and in PostgreSQL,
        /// migrations, the events' outbox, relay and inbox, and the resilience of calls between services). Each service depends on it by path.
        let package = Package(
            name: "chassis",
            platforms: [.macOS(.v15)],
            products: [
                .library(name: "ServiceChassis", targets: ["ServiceChassis"])
            ],
            dependencies: [
                .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
                .package(url: "https://github.com/vapor/postgres-nio", from: "1.25.0"),
                .package(url: "https://github.com/apple/swift-configuration", from: "1.0.0", traits: [.defaults, "CommandLineArguments"]),
                .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
                .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
                .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
                .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
                .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
            ],
            targets: [
                .target(
                    name: "ServiceChassis",
                    dependencies: [
                        .product(name: "AsyncHTTPClient", package: "async-http-client"),
                        .product(name: "Configuration", package: "swift-configuration"),
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "Logging", package: "swift-log"),
                        .product(name: "NIOCore", package: "swift-nio"),
                        .product(name: "NIOSSL", package: "swift-nio-ssl"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "PostgresNIO", package: "postgres-nio"),
                        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                    ]
                ),
                .testTarget(
                    name: "ServiceChassisTests",
                    dependencies: [
                        "ServiceChassis",
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                    ]
                ),
            ]
        )

        """#,
        "chassis/Sources/ServiceChassis/Backoff.swift.mustache": #"""
        /// Exponential backoff: the n-th wait is drawn from `first` × 2ⁿ⁻¹ (at most `cap`), so that retries of many callers
        /// spread out instead of arriving together.
        public struct Backoff: Sendable, Equatable {
            /// How much of each wait is random.
            public enum Jitter: Sendable, Equatable {
                /// Between half and all of it: each wait is at least as long as the one before (the outbox relay's).
                case equal
                /// Anywhere from nothing to all of it: the least load on a struggling upstream (the clients' retries).
                case full
            }

            public var first: Duration
            public var cap: Duration
            public var jitter: Jitter

            public init(first: Duration = .seconds(1), cap: Duration = .seconds(300), jitter: Jitter = .equal) {
                self.first = first
                self.cap = cap
                self.jitter = jitter
            }

            /// The wait after `failures` failed attempts (1 for the first); `random` picks a fraction from 0 to 1.
            public func delay(afterFailures failures: Int, random: () -> Double = { Double.random(in: 0...1) }) -> Duration {
                let exponent = min(max(failures - 1, 0), 30)
                let ceiling = min(first * (1 << exponent), cap).nanoseconds
                let fraction = min(max(random(), 0), 1)
                switch jitter {
                case .equal: return .nanoseconds(ceiling / 2 + Int64(Double(ceiling / 2) * fraction))
                case .full: return .nanoseconds(Int64(Double(ceiling) * fraction))
                }
            }
        }

        extension Duration {
            /// The duration in whole nanoseconds.
            var nanoseconds: Int64 {
                let (seconds, attoseconds) = components
                return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/ChangeSet.swift.mustache": #"""
        import Foundation
        import Logging
        import PostgresNIO

        /// Changes to resources of one service that are made together or not at all: everything a command writes, across
        /// the aggregates of its context, in one PostgreSQL transaction (in memory: one step of the store). The first change
        /// that cannot be made (its resource is gone, or at another version than expected) undoes the ones before it.
        ///
        /// ```swift
        /// var changes = ChangeSet()
        /// try changes.add(.replace(stockItem, id: id, expectedVersion: stored.version), to: stockItemRepository, named: "StockItem")
        /// try changes.add(.insert(movement, id: movementID), to: stockMovementRepository, named: "StockMovement")
        /// switch try await changes.commit() { … }
        /// ```
        public struct ChangeSet: Sendable {
            /// The changes, in the order they are made.
            public private(set) var changes: [PendingChange] = []

            public init() {}

            /// Adds `write` of `repository`; `resource` names the kind of resource for a problem (`StockItem`).
            public mutating func add<R: Repository>(_ write: RepositoryWrite<R.Item>, to repository: R, named resource: String) throws {
                var change = try repository.pending(write)
                change.resource = resource
                changes.append(change)
            }

            /// Adds `event` to `outbox`, one row per destination, so that it is sent if and only if the other changes are
            /// made.
            public mutating func publish(_ event: DomainEvent, to outbox: Outbox, now: Date = Date()) {
                for var change in outbox.pending(event, now: now) {
                    change.resource = Self.eventResource
                    changes.append(change)
                }
            }

            /// Records `event` as handled in `inbox`. Add it first: when the event was handled already, the change set fails
            /// at index 0 with `.stale` and none of the effect is made again.
            public mutating func record(_ event: DomainEvent, in inbox: Inbox) {
                var change = inbox.pending(event)
                change.resource = Self.eventResource
                changes.append(change)
            }

            /// The resource named by the changes of `publish` and `record`.
            public static let eventResource = "event"

            /// Makes every change, or none: `.done` with each resource's new version in the order they were added, or
            /// `.failed` with the first change that could not be made. An error (a lost connection, a value the database
            /// refuses, repositories of different stores in one change set) undoes them too, and is thrown.
            public func commit() async throws -> ChangeSetOutcome {
                guard let first = changes.first else { return .done(versions: []) }
                switch first.application {
                case .memory(let store, _):
                    let steps = try changes.map { change -> InMemoryStore.Step in
                        guard case .memory(let other, let step) = change.application, other === store else {
                            throw StoresDiffer(resource: change.resource)
                        }
                        return step
                    }
                    return try await store.apply(steps).outcome(of: changes)
                case .postgres(let client, let logger, _):
                    let steps = try changes.map { change -> PendingChange.PostgresStep in
                        guard case .postgres(let other, _, let step) = change.application, other === client else {
                            throw StoresDiffer(resource: change.resource)
                        }
                        return step
                    }
                    return try await Self.commit(steps, on: client, logger: logger).outcome(of: changes)
                }
            }

            /// A change set whose repositories keep their resources in different stores: it cannot be made at once.
            struct StoresDiffer: Error, CustomStringConvertible {
                var resource: String

                var description: String {
                    "A change set writes to one store, and the \(resource) is kept in another."
                }
            }

            /// Runs `steps` in one transaction, rolled back at the first that changes no row.
            private static func commit(
                _ steps: [PendingChange.PostgresStep], on client: PostgresClient, logger: Logger
            ) async throws -> StepResults {
                struct Undone: Error {
                    var results: StepResults
                }
                do {
                    return try await RepositoryError.translating {
                        try await client.withTransaction(logger: logger) { connection in
                            var versions: [Int] = []
                            for (index, step) in steps.enumerated() {
                                let outcome = try await step(connection, logger)
                                guard case .done(let version) = outcome else {
                                    throw Undone(results: .failed(step: index, outcome: outcome))
                                }
                                versions.append(version)
                            }
                            return StepResults.done(versions: versions)
                        }
                    }
                } catch let error as PostgresTransactionError {
                    guard error.rollbackError == nil, let undone = error.closureError as? Undone else { throw error }
                    return undone.results
                }
            }
        }

        /// One change of a `ChangeSet`, as the repository that will make it prepared it.
        public struct PendingChange: Sendable {
            /// A step of a PostgreSQL transaction: runs its statements on the transaction's connection.
            typealias PostgresStep = @Sendable (PostgresConnection, Logger) async throws -> WriteOutcome

            /// Where and how the change is made.
            enum Application: Sendable {
                case memory(InMemoryStore, InMemoryStore.Step)
                case postgres(PostgresClient, Logger, PostgresStep)
            }

            /// The kind of resource written, for a problem.
            public internal(set) var resource: String
            /// The id of the resource written.
            public let id: String
            let application: Application

            init(id: String, application: Application) {
                resource = "resource"
                self.id = id
                self.application = application
            }
        }

        /// What became of a `ChangeSet`.
        public enum ChangeSetOutcome: Sendable, Equatable {
            /// Every change was made; the versions the resources are at now, in the order the changes were added.
            case done(versions: [Int])
            /// Nothing was made, because this change could not be.
            case failed(ChangeFailure)
        }

        /// The change of a `ChangeSet` that could not be made, and why. Thrown when a handler meets one it cannot answer
        /// (a change that cannot fail so did): the client gets a `500`, the log this description.
        public struct ChangeFailure: Error, Sendable, Equatable, CustomStringConvertible {
            /// Its place in the change set: 0 for the first change added.
            public var index: Int
            /// The kind of resource it writes.
            public var resource: String
            public var id: String
            /// `.notFound` or `.stale`.
            public var outcome: WriteOutcome

            public var description: String {
                "Change \(index) of a change set (\(resource) \(id)) could not be made: \(outcome)."
            }
        }

        /// What became of a change set's steps, before they are named.
        enum StepResults: Sendable {
            case done(versions: [Int])
            case failed(step: Int, outcome: WriteOutcome)

            func outcome(of changes: [PendingChange]) -> ChangeSetOutcome {
                switch self {
                case .done(let versions):
                    return .done(versions: versions)
                case .failed(let step, let outcome):
                    let change = changes[step]
                    return .failed(ChangeFailure(index: step, resource: change.resource, id: change.id, outcome: outcome))
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/CircuitBreaker.swift.mustache": #"""
        import Foundation

        /// A circuit breaker for one upstream service: after `failureThreshold` failures in a row it opens, and calls fail
        /// at once instead of waiting for an upstream that is down; after `coolDown` it lets one call through (half-open),
        /// whose outcome closes it again or keeps it open for another cool-down.
        public actor CircuitBreaker {
            /// Where the breaker is.
            public enum State: Sendable, Equatable {
                /// Calls go through; `failures` in a row so far.
                case closed(failures: Int)
                /// Calls fail at once until `until`.
                case open(until: ContinuousClock.Instant)
                /// One trial call is out; the others fail at once until it ends.
                case halfOpen
            }

            /// The upstream's name, for errors and logs.
            public let upstream: String
            public let failureThreshold: Int
            public let coolDown: Duration
            public private(set) var state: State = .closed(failures: 0)
            let clock: ContinuousClock

            public init(upstream: String, failureThreshold: Int, coolDown: Duration, clock: ContinuousClock = ContinuousClock()) {
                self.upstream = upstream
                self.failureThreshold = max(failureThreshold, 1)
                self.coolDown = coolDown
                self.clock = clock
            }

            /// Asks to make a call: returns when it may go ahead, throws `UpstreamUnavailable` when the breaker is open (or
            /// half-open with its trial call out), naming how long until it may be tried again.
            public func acquire() throws(UpstreamUnavailable) {
                switch state {
                case .closed:
                    return
                case .open(let until):
                    let now = clock.now
                    guard now >= until else {
                        throw UpstreamUnavailable(upstream: upstream, retryAfter: now.duration(to: until), reason: .circuitOpen)
                    }
                    state = .halfOpen
                case .halfOpen:
                    throw UpstreamUnavailable(upstream: upstream, retryAfter: coolDown, reason: .circuitOpen)
                }
            }

            /// Records how an acquired call ended.
            public func record(success: Bool) {
                switch (state, success) {
                case (_, true):
                    state = .closed(failures: 0)
                case (.closed(let failures), false) where failures + 1 < failureThreshold:
                    state = .closed(failures: failures + 1)
                case (_, false):
                    state = .open(until: clock.now.advanced(by: coolDown))
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/CircuitBreakerMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import OpenAPIRuntime

        /// Passes each call to an upstream service through its `CircuitBreaker`: an open breaker fails the call at once
        /// (`UpstreamUnavailable`, `.circuitOpen`); a call that throws, or that the upstream answers `5xx` or `429`, counts
        /// as a failure; any other answer, `4xx` included, shows the upstream is up.
        public struct CircuitBreakerMiddleware: ClientMiddleware {
            public let breaker: CircuitBreaker

            public init(breaker: CircuitBreaker) {
                self.breaker = breaker
            }

            public func intercept(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                try await breaker.acquire()
                do {
                    let answer = try await next(request, body, baseURL)
                    let code = answer.0.status.code
                    await breaker.record(success: code < 500 && code != 429)
                    return answer
                } catch {
                    await breaker.record(success: false)
                    throw error
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/ConfigReader+Numbers.swift.mustache": #"""
        import Configuration

        extension ConfigReader {
            /// The whole number above 0 at `key` (`relay.poll.ms`), `value` when none is given; anything else is an error
            /// naming the environment variable (`RELAY_POLL_MS`).
            func positiveInteger(forKey key: String, default value: Int) throws(SettingsError) -> Int {
                let components = key.split(separator: ".").map(String.init)
                let text = string(forKey: ConfigKey(components), default: String(value))
                guard let number = Int(text), number > 0 else {
                    let variable = components.map { component in
                        String(component.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
                    }.joined(separator: "_")
                    throw SettingsError(setting: variable, value: text, expected: "a whole number above 0")
                }
                return number
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/DatabaseSettings.swift.mustache": #"""
        import Configuration
        import Foundation
        import NIOSSL
        import PostgresNIO

        /// How a service reaches its own PostgreSQL database: `DATABASE_URL`
        /// (`postgres://user:password@host:5432/database?sslmode=require`), or one setting each, `POSTGRES_HOST`,
        /// `POSTGRES_PORT`, `POSTGRES_USER`, `POSTGRES_PASSWORD`, `POSTGRES_DATABASE` and `POSTGRES_TLS`
        /// (`disable`, `prefer` or `require`). The URL wins where both are given.
        public struct DatabaseSettings: Sendable, Equatable {
            /// Whether the connection is encrypted.
            public enum TLSMode: String, Sendable, CaseIterable {
                case disable, prefer, require
            }

            public var host: String
            public var port: Int
            public var username: String
            public var password: String?
            public var database: String
            public var tls: TLSMode

            public init(
                host: String = "127.0.0.1", port: Int = 5432, username: String, password: String? = nil, database: String,
                tls: TLSMode = .disable
            ) {
                self.host = host
                self.port = port
                self.username = username
                self.password = password
                self.database = database
                self.tls = tls
            }

            /// Reads the settings from `config`; `defaultName` is the database and user name when none is given.
            public init(reading config: ConfigReader, defaultName: String) throws(SettingsError) {
                if let url = config.string(forKey: "database.url", isSecret: true) {
                    try self.init(url: url)
                    return
                }
                let portText = config.string(forKey: "postgres.port", default: "5432")
                guard let port = Int(portText), (1...65535).contains(port) else {
                    throw SettingsError(setting: "POSTGRES_PORT", value: portText, expected: "a port from 1 to 65535")
                }
                let tlsText = config.string(forKey: "postgres.tls", default: TLSMode.disable.rawValue)
                guard let tls = TLSMode(rawValue: tlsText) else {
                    throw SettingsError(setting: "POSTGRES_TLS", value: tlsText, expected: Self.tlsChoices)
                }
                self.init(
                    host: config.string(forKey: "postgres.host", default: "127.0.0.1"), port: port,
                    username: config.string(forKey: "postgres.user", default: defaultName),
                    password: config.string(forKey: "postgres.password", isSecret: true),
                    database: config.string(forKey: "postgres.database", default: defaultName), tls: tls)
            }

            /// The settings a `postgres://` (or `postgresql://`) URL gives; its password is never repeated in an error.
            public init(url text: String) throws(SettingsError) {
                let shown = "a postgres:// URL"
                guard let url = URLComponents(string: text), ["postgres", "postgresql"].contains(url.scheme ?? ""),
                    let host = url.host, !host.isEmpty, let username = url.user, !username.isEmpty
                else {
                    throw SettingsError(
                        setting: "DATABASE_URL", value: shown,
                        expected: "postgres://USER:PASSWORD@HOST:PORT/DATABASE, with a user and a host")
                }
                let database = String(url.path.drop { $0 == "/" })
                guard !database.isEmpty else {
                    throw SettingsError(setting: "DATABASE_URL", value: shown, expected: "a URL naming its database")
                }
                var tls = TLSMode.disable
                if let mode = url.queryItems?.first(where: { $0.name == "sslmode" })?.value {
                    guard let chosen = TLSMode(rawValue: mode) else {
                        throw SettingsError(setting: "DATABASE_URL sslmode", value: mode, expected: Self.tlsChoices)
                    }
                    tls = chosen
                }
                self.init(
                    host: host, port: url.port ?? 5432, username: username.removingPercentEncoding ?? username,
                    password: url.password.map { $0.removingPercentEncoding ?? $0 }, database: database, tls: tls)
            }

            /// The PostgresNIO client configuration of these settings.
            public var clientConfiguration: PostgresClient.Configuration {
                let tlsConfiguration: PostgresClient.Configuration.TLS =
                    switch tls {
                    case .disable: .disable
                    case .prefer: .prefer(.makeClientConfiguration())
                    case .require: .require(.makeClientConfiguration())
                    }
                return PostgresClient.Configuration(
                    host: host, port: port, username: username, password: password, database: database, tls: tlsConfiguration)
            }

            private static var tlsChoices: String {
                "one of " + TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/DomainEvent.swift.mustache": #"""
        import Foundation

        /// Something that happened in a service, as the services of the system tell each other: a CloudEvents 1.0 event
        /// whose data is the event's fields as JSON. Sent in binary mode over HTTP, its attributes travel as `ce-*` headers
        /// and its data as the body.
        public struct DomainEvent: Sendable, Equatable {
            /// `ce-id`: unique for its source, so that a receiver can tell a repeated delivery from a new event.
            public var id: String
            /// `ce-type`: what happened, `<system>.<Event>` (`shop.ProductCreated`).
            public var type: String
            /// `ce-source`: the service it happened in, `/<service>` (`/product`).
            public var source: String
            /// `ce-subject`: the id of the resource it is about; events about one resource are delivered in order.
            public var subject: String
            /// `ce-time`: when it happened.
            public var time: Date
            /// The event's fields, as JSON (`application/json`).
            public var data: Data

            public init(id: String, type: String, source: String, subject: String, time: Date, data: Data) {
                self.id = id
                self.type = type
                self.source = source
                self.subject = subject
                self.time = time
                self.data = data
            }

            /// An event with a new id and the time now, whose data is `payload` as JSON.
            public init(
                type: String, source: String, subject: String, payload: some Encodable, time: Date = Date()
            ) throws {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.sortedKeys]
                self.init(
                    id: UUID().uuidString.lowercased(), type: type, source: source, subject: subject, time: time,
                    data: try encoder.encode(payload))
            }

            /// An event received in binary mode: its `ce-*` headers and its body. A version other than 1.0, an empty id,
            /// source or type, or a time that is not RFC 3339 is a `400` problem naming the header.
            public init(
                specVersion: String, id: String, source: String, type: String, subject: String?, time: String?, data: Data
            ) throws(ProblemDetails) {
                guard specVersion == Self.specVersion else {
                    throw .badRequest("ce-specversion must be \(Self.specVersion), not \(specVersion).")
                }
                for (header, value) in [("ce-id", id), ("ce-source", source), ("ce-type", type)] where value.isEmpty {
                    throw .badRequest("\(header) must not be empty.")
                }
                var occurred = Date()
                if let time {
                    let plain = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
                    let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
                    guard let parsed = (try? fractional.parse(time)) ?? (try? plain.parse(time)) else {
                        throw .badRequest("ce-time must be an RFC 3339 timestamp, not \(time).")
                    }
                    occurred = parsed
                }
                self.init(id: id, type: type, source: source, subject: subject ?? "", time: occurred, data: data)
            }

            /// The CloudEvents version the events follow (`ce-specversion`).
            public static let specVersion = "1.0"

            /// The attributes as the HTTP headers of binary mode, with the data's content type.
            public var headers: [(name: String, value: String)] {
                [
                    ("ce-specversion", Self.specVersion), ("ce-id", id), ("ce-source", source), ("ce-type", type),
                    ("ce-subject", subject), ("ce-time", Self.timestamp(time)), ("content-type", "application/json"),
                ]
            }

            /// `time` as an RFC 3339 timestamp, with milliseconds, in UTC.
            static func timestamp(_ time: Date) -> String {
                time.formatted(
                    Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
            }

            /// The data decoded as `Payload`.
            public func payload<Payload: Decodable>(as _: Payload.Type) throws -> Payload {
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                return try decoder.decode(Payload.self, from: data)
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/EntityTag.swift.mustache": #"""
        import Foundation

        /// A resource's version as an HTTP entity tag (`"3"`), and the `If-Match` header that names the versions a change
        /// may apply to (RFC 9110: strong comparison, so a weak tag `W/"3"` matches nothing).
        public enum EntityTag {
            /// The `ETag` of `version`.
            public static func of(version: Int) -> String {
                "\"\(version)\""
            }

            /// What an `If-Match` header asks for.
            public enum Condition: Sendable, Equatable {
                /// No header: change whatever the version.
                case none
                /// `*`: change the resource if it exists.
                case any
                /// Change it only at one of these versions (empty when no tag names a version: nothing matches).
                case versions(Set<Int>)

                /// Whether a resource at `version` meets the condition.
                public func allows(version: Int) -> Bool {
                    guard case .versions(let versions) = self else { return true }
                    return versions.contains(version)
                }
            }

            /// The condition of an `If-Match` header value (nil when the request has none).
            public static func condition(ifMatch header: String?) -> Condition {
                guard let header else { return .none }
                let tags = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if tags.contains("*") { return .any }
                return .versions(
                    Set(
                        tags.compactMap { tag in
                            guard tag.count >= 3, tag.hasPrefix("\""), tag.hasSuffix("\"") else { return nil }
                            return Int(tag.dropFirst().dropLast())
                        }))
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/EventPublisher.swift.mustache": #"""
        /// Sends an event to one destination: the seam between the outbox relay and a transport. The chassis has
        /// `HTTPEventPublisher` (CloudEvents over HTTP, binary mode); a Kafka, NATS or RabbitMQ client fits behind this
        /// protocol with the destination naming a topic or subject, and the relay keeps its ordering, retries and dead
        /// letters.
        public protocol EventPublisher: Sendable {
            /// Delivers `event` to `destination` once, answering what became of it; never throws.
            func publish(_ event: DomainEvent, to destination: String) async -> Delivery
        }

        /// What became of one attempt to deliver an event.
        public enum Delivery: Sendable, Equatable {
            /// The receiver took it (a 2xx answer).
            case delivered
            /// The receiver refused it for good (a 4xx answer other than 408 and 429): retrying cannot help.
            case refused(String)
            /// It did not arrive, or the receiver failed (no connection, a timeout, a 5xx, 408 or 429): retry later.
            case failed(String)
        }

        """#,
        "chassis/Sources/ServiceChassis/EventRoutes.swift.mustache": #"""
        /// Where the outbox relay delivers each type of event: to the `/events` endpoint of every service that reacts to it
        /// (the default, as the model names them), or to one broker that takes every event (`K_SINK`).
        public struct EventRoutes: Sendable, Equatable {
            /// The URLs each type of event is sent to.
            public var destinations: [String: [String]]

            public init(destinations: [String: [String]]) {
                self.destinations = destinations
            }

            /// Every type of event to the services reacting to it: `subscribers` names them by event type, and `baseURL`
            /// gives a service's base URL (`http://stock-item:8080`); with a `sink`, every type to the sink instead.
            public init(subscribers: [String: [String]], sink: String?, baseURL: (String) -> String) {
                if let sink {
                    destinations = subscribers.mapValues { _ in [sink] }
                } else {
                    destinations = subscribers.mapValues { services in
                        services.map { baseURL($0) + "/events" }
                    }
                }
            }

            /// The URLs an event of `type` goes to; none when nothing reacts to it.
            public func destinations(of type: String) -> [String] {
                destinations[type] ?? []
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/EventSettings.swift.mustache": #"""
        import Configuration
        import Foundation

        /// The settings of a service's events: where the relay sends them, and how it retries.
        public struct EventSettings: Sendable, Equatable {
            /// A broker that takes every event the service publishes (`k.sink`: `--k-sink`, `K_SINK`, the variable Knative's
            /// SinkBinding sets): Knative Eventing's broker and Dapr's pub/sub both accept CloudEvents over HTTP. Unset, the
            /// relay sends each event to the services that react to it.
            public var sink: String?
            /// The base URL of each service the relay sends to, by service name (`<service>.url`: `STOCK_ITEM_URL`); a
            /// service not listed is `http://<service>:8080`, its name in the compose network.
            public var serviceURLs: [String: String]
            /// How the relay delivers and retries.
            public var relay: RelaySettings

            public init(sink: String? = nil, serviceURLs: [String: String] = [:], relay: RelaySettings = RelaySettings()) {
                self.sink = sink
                self.serviceURLs = serviceURLs
                self.relay = relay
            }

            /// Reads the settings from `config` for a service that sends events to `services`.
            public init(reading config: ConfigReader, services: [String]) throws(SettingsError) {
                sink = config.string(forKey: "k.sink").flatMap { $0.isEmpty ? nil : $0 }
                var urls: [String: String] = [:]
                for service in services {
                    if let url = config.string(forKey: ConfigKey([service, "url"])) { urls[service] = url }
                }
                serviceURLs = urls
                relay = try RelaySettings(reading: config)
            }

            /// The settings of the running process, for a service that sends events to `services`. A setting that cannot
            /// be used is printed to standard error and ends the process with status 78, as `ServiceSettings.load` does.
            public static func load(services: [String]) -> EventSettings {
                do {
                    return try EventSettings(reading: ServiceSettings.reader(), services: services)
                } catch {
                    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                    exit(ServiceSettings.configurationExitStatus)
                }
            }

            /// The base URL of `service`.
            public func baseURL(of service: String) -> String {
                serviceURLs[service] ?? "http://\(service):8080"
            }

            /// Where each type of event goes, for the services `subscribers` names by event type.
            public func routes(subscribers: [String: [String]]) -> EventRoutes {
                EventRoutes(subscribers: subscribers, sink: sink, baseURL: baseURL(of:))
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/FieldRule.swift.mustache": #"""
        import Foundation

        /// A limit of the contract that the generated code does not enforce (it decodes a `format: uuid` as any string):
        /// the value at `path` in a request body must have `format`. The handlers check a body against its rules before
        /// they store anything, and answer `400` naming the field.
        public struct FieldRule: Sendable, Equatable {
            /// JSON keys from the body to the value; `*` stands for every element of a list.
            public var path: [String]
            public var format: FieldFormat

            public init(_ path: [String], _ format: FieldFormat) {
                self.path = path
                self.format = format
            }

            /// A `400` problem naming the first fields of `body` that break `rules`, or nil when none does.
            public static func problem(in body: some Encodable, rules: [FieldRule]) -> ProblemDetails? {
                guard !rules.isEmpty else { return nil }
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                guard let data = try? encoder.encode(body), let json = try? JSONSerialization.jsonObject(with: data) else {
                    return nil
                }
                var broken: [String] = []
                for rule in rules {
                    for (location, value) in values(at: rule.path[...], in: json, location: "") where !rule.format.accepts(value) {
                        broken.append("\(location) must be \(rule.format.description), not \(shown(value))")
                    }
                }
                guard !broken.isEmpty else { return nil }
                let listed = broken.prefix(5).joined(separator: "; ") + (broken.count > 5 ? "; …" : "")
                return .badRequest(listed + ".")
            }

            /// The values at `path` below `json`, with where they are (`lines[1].productId`).
            private static func values(at path: ArraySlice<String>, in json: Any, location: String) -> [(String, Any)] {
                guard let key = path.first else { return [(location, json)] }
                let rest = path.dropFirst()
                if key == "*" {
                    guard let list = json as? [Any] else { return [] }
                    return list.enumerated().flatMap { index, element in
                        values(at: rest, in: element, location: "\(location)[\(index)]")
                    }
                }
                guard let object = json as? [String: Any], let value = object[key], !(value is NSNull) else { return [] }
                return values(at: rest, in: value, location: location.isEmpty ? key : "\(location).\(key)")
            }

            private static func shown(_ value: Any) -> String {
                let text = value as? String ?? "\(value)"
                let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
                return value is String ? "\"\(short)\"" : short
            }
        }

        /// What a value of a `FieldRule` must be.
        public enum FieldFormat: String, Sendable, Equatable, CustomStringConvertible {
            /// `format: uuid`.
            case uuid
            /// `format: date`: a calendar date, `2026-01-31`.
            case date
            /// `format: email`: one `@` between a local part and a domain, no spaces.
            case email
            /// `format: uri`: an absolute URI with a scheme.
            case uri
            /// `type: integer` without `int64`: stored as PostgreSQL's 32-bit `integer`.
            case int32

            public var description: String {
                switch self {
                case .uuid: "a UUID"
                case .date: "a date (YYYY-MM-DD)"
                case .email: "an email address"
                case .uri: "an absolute URI"
                case .int32: "an integer from -2147483648 to 2147483647"
                }
            }

            /// Whether `value` (decoded JSON) has the format.
            public func accepts(_ value: Any) -> Bool {
                switch self {
                case .int32:
                    guard let number = value as? NSNumber else { return false }
                    return number.int64Value >= Int64(Int32.min) && number.int64Value <= Int64(Int32.max)
                case .uuid:
                    return (value as? String).flatMap(UUID.init(uuidString:)) != nil
                case .date:
                    guard let text = value as? String, text.count == 10 else { return false }
                    let formatter = DateFormatter()
                    formatter.locale = Locale(identifier: "en_US_POSIX")
                    formatter.timeZone = TimeZone(identifier: "UTC")
                    formatter.dateFormat = "yyyy-MM-dd"
                    return formatter.date(from: text).map(formatter.string(from:)) == text
                case .email:
                    guard let text = value as? String, !text.contains(where: \.isWhitespace) else { return false }
                    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
                    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
                        && !parts[1].hasSuffix(".")
                case .uri:
                    guard let text = value as? String, let url = URL(string: text), let scheme = url.scheme else { return false }
                    return !scheme.isEmpty && !text.contains(where: \.isWhitespace)
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/HTTPEventPublisher.swift.mustache": #"""
        import AsyncHTTPClient
        import Foundation
        import NIOCore

        /// Delivers events as CloudEvents 1.0 over HTTP in binary mode: a `POST` to the destination URL, the attributes in
        /// `ce-*` headers and the data as the JSON body. What Knative Eventing's broker, Dapr's pub/sub and the services'
        /// own `/events` endpoints accept.
        public struct HTTPEventPublisher: EventPublisher {
            let client: HTTPClient
            /// How long a receiver has to answer.
            let timeout: Duration

            public init(client: HTTPClient = .shared, timeout: Duration = .seconds(10)) {
                self.client = client
                self.timeout = timeout
            }

            public func publish(_ event: DomainEvent, to destination: String) async -> Delivery {
                var request = HTTPClientRequest(url: destination)
                request.method = .POST
                for header in event.headers {
                    request.headers.add(name: header.name, value: header.value)
                }
                request.body = .bytes(ByteBuffer(bytes: event.data))
                do {
                    let response = try await client.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
                    let body = try await response.body.collect(upTo: 64 * 1024)
                    let status = response.status.code
                    let answer = "\(response.status.code) \(response.status.reasonPhrase): \(String(buffer: body).prefix(500))"
                    switch status {
                    case 200..<300: return .delivered
                    case 408, 429: return .failed(answer)
                    case 400..<500: return .refused(answer)
                    default: return .failed(answer)
                    }
                } catch {
                    return .failed(String(describing: error))
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/InMemoryOutbox.swift.mustache": #"""
        import Foundation

        /// An outbox in the service's `InMemoryStore`: its rows in a table of the store, so that a change set writes them
        /// in the same step as the resources; the dead letters in another.
        struct InMemoryOutbox: OutboxStorage {
            let store: InMemoryStore
            static let table = "_outbox"
            static let deadLetterTable = "_deadLetters"

            /// A waiting delivery and when it is next due.
            struct Row: Sendable {
                var entry: OutboxEntry
                var dueAt: Date
            }

            /// A given-up delivery, with the event to send again.
            struct Letter: Sendable {
                var letter: DeadLetter
                var entry: OutboxEntry
            }

            static func key(_ entry: OutboxEntry) -> String {
                key(eventID: entry.event.id, destination: entry.destination)
            }

            static func key(eventID: String, destination: String) -> String {
                eventID + " " + destination
            }

            func pending(_ entry: OutboxEntry) -> PendingChange {
                let step: InMemoryStore.Step = { tables, undos in
                    let key = Self.key(entry)
                    guard tables.tables[Self.table]?.rows[key] == nil else { return .done(version: 1) }
                    tables.append(Row(entry: entry, dueAt: entry.enqueuedAt), key: key, to: Self.table)
                    undos.append { tables in tables.delete(key, from: Self.table) }
                    return .done(version: 1)
                }
                return PendingChange(id: entry.event.id, application: .memory(store, step))
            }

            func take(now: Date, lease: Duration, limit: Int) async -> [OutboxEntry] {
                await store.modify { tables in
                    let table = tables.tables[Self.table] ?? InMemoryStore.Table()
                    var heads: Set<String> = []
                    var taken: [OutboxEntry] = []
                    for key in table.order where taken.count < limit {
                        guard let row = table.rows[key]?.item as? Row else { continue }
                        let (inserted, _) = heads.insert(row.entry.destination + " " + row.entry.event.subject)
                        guard inserted, row.dueAt <= now else { continue }
                        taken.append(row.entry)
                        tables.tables[Self.table]?.rows[key]?.item = Row(entry: row.entry, dueAt: now.adding(lease))
                    }
                    return taken
                }
            }

            func remove(_ entry: OutboxEntry) async {
                await store.modify { tables in tables.delete(Self.key(entry), from: Self.table) }
            }

            func retry(_ entry: OutboxEntry, at time: Date, error: String) async {
                await store.modify { tables in
                    let key = Self.key(entry)
                    guard var row = tables.tables[Self.table]?.rows[key]?.item as? Row else { return }
                    row.entry.attempts += 1
                    row.entry.lastError = error
                    row.dueAt = time
                    tables.tables[Self.table]?.rows[key]?.item = row
                }
            }

            func giveUp(_ entry: OutboxEntry, letter: DeadLetter) async {
                await store.modify { tables in
                    let key = Self.key(entry)
                    tables.delete(key, from: Self.table)
                    tables.delete(key, from: Self.deadLetterTable)
                    tables.append(Letter(letter: letter, entry: entry), key: key, to: Self.deadLetterTable)
                }
            }

            func deadLetters(limit: Int, offset: Int) async -> [DeadLetter] {
                let table = await store.table(Self.deadLetterTable)
                return table.order.dropFirst(max(offset, 0)).prefix(max(limit, 0)).compactMap {
                    (table.rows[$0]?.item as? Letter)?.letter
                }
            }

            func replay(eventID: String, destination: String, now: Date) async -> Bool {
                await store.modify { tables in
                    let key = Self.key(eventID: eventID, destination: destination)
                    guard let letter = tables.tables[Self.deadLetterTable]?.rows[key]?.item as? Letter else { return false }
                    tables.delete(key, from: Self.deadLetterTable)
                    var entry = letter.entry
                    entry.attempts = 0
                    entry.lastError = nil
                    tables.delete(key, from: Self.table)
                    tables.append(Row(entry: entry, dueAt: now), key: key, to: Self.table)
                    return true
                }
            }

            func status(now: Date) async -> OutboxStatus {
                let (waiting, dead) = await (store.table(Self.table), store.table(Self.deadLetterTable))
                let oldest = waiting.rows.values.compactMap { ($0.item as? Row)?.entry.enqueuedAt }.min()
                return OutboxStatus(
                    pending: waiting.order.count, lagSeconds: oldest.map { max(now.timeIntervalSince($0), 0) } ?? 0,
                    deadLetters: dead.order.count)
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/InMemoryRepository.swift.mustache": #"""
        /// A repository in the process's memory: one table of an `InMemoryStore`, for unit tests and a quick start without
        /// a database; empty again after each restart.
        public struct InMemoryRepository<Item: Sendable>: Repository {
            public let store: InMemoryStore
            /// The name of its table in the store.
            public let table: String

            /// A repository keeping its resources in the table `table` of `store` (a store of its own by default).
            public init(store: InMemoryStore = InMemoryStore(), table: String = "items") {
                self.store = store
                self.table = table
            }

            public func list(limit: Int, offset: Int) async -> RepositoryPage<Item> {
                let rows = await store.table(table)
                let ids = rows.order.dropFirst(max(offset, 0)).prefix(max(limit, 0))
                return RepositoryPage(items: ids.compactMap { rows.rows[$0]?.item as? Item }, total: rows.order.count)
            }

            public func find(id: String) async -> Versioned<Item>? {
                guard let row = await store.table(table).rows[id], let item = row.item as? Item else { return nil }
                return Versioned(item: item, version: row.version)
            }

            public func pending(_ write: RepositoryWrite<Item>) -> PendingChange {
                let table = table
                let step: InMemoryStore.Step = { tables, undos in
                    let id = write.id
                    let current = tables.tables[table]?.rows[id]
                    switch write {
                    case .insert(let item, _):
                        guard current == nil else { throw RepositoryError.duplicateID(id) }
                        tables.tables[table, default: InMemoryStore.Table()].rows[id] = InMemoryStore.Row(item: item, version: 1)
                        tables.tables[table, default: InMemoryStore.Table()].order.append(id)
                        undos.append { tables in
                            tables.tables[table]?.rows[id] = nil
                            tables.tables[table]?.order.removeLast()
                        }
                        return .done(version: 1)
                    case .replace(let item, _, let expectedVersion):
                        guard let current else { return .notFound }
                        if let expectedVersion, expectedVersion != current.version { return .stale(current: current.version) }
                        tables.tables[table]?.rows[id] = InMemoryStore.Row(item: item, version: current.version + 1)
                        undos.append { tables in tables.tables[table]?.rows[id] = current }
                        return .done(version: current.version + 1)
                    case .remove(_, let expectedVersion):
                        guard let current else { return .notFound }
                        if let expectedVersion, expectedVersion != current.version { return .stale(current: current.version) }
                        let position = tables.tables[table]?.order.firstIndex(of: id)
                        tables.tables[table]?.rows[id] = nil
                        if let position { tables.tables[table]?.order.remove(at: position) }
                        undos.append { tables in
                            tables.tables[table]?.rows[id] = current
                            if let position { tables.tables[table]?.order.insert(id, at: position) }
                        }
                        return .done(version: current.version)
                    }
                }
                return PendingChange(id: write.id, application: .memory(store, step))
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/InMemoryStore.swift.mustache": #"""
        /// The resources of a service kept in the process's memory, for unit tests and a quick start without a database:
        /// one table per kind of resource, shared by the service's `InMemoryRepository`s so that a `ChangeSet` across them
        /// is made in one step of the actor, all or nothing. Empty again after each restart.
        public actor InMemoryStore {
            /// One change of a change set, made on the tables: done, or why not. It records how to undo what it did.
            typealias Step = @Sendable (inout Tables, inout [Undo]) throws -> WriteOutcome
            /// Puts back what a step changed.
            typealias Undo = @Sendable (inout Tables) -> Void

            /// Every table by name.
            struct Tables: Sendable {
                var tables: [String: Table] = [:]

                /// Adds `item` at version 1 under `key`, last in the order of `table` (the outbox's and inbox's rows).
                mutating func append(_ item: any Sendable, key: String, to table: String) {
                    tables[table, default: Table()].rows[key] = Row(item: item, version: 1)
                    tables[table, default: Table()].order.append(key)
                }

                /// Removes the row under `key` from `table`, if there is one.
                mutating func delete(_ key: String, from table: String) {
                    guard tables[table]?.rows.removeValue(forKey: key) != nil else { return }
                    tables[table]?.order.removeAll { $0 == key }
                }
            }

            /// The rows of one kind of resource.
            struct Table: Sendable {
                var rows: [String: Row] = [:]
                /// The ids in the order they were first stored.
                var order: [String] = []
            }

            /// One resource and its version.
            struct Row: Sendable {
                var item: any Sendable
                var version: Int
            }

            private var tables = Tables()

            public init() {}

            /// The table `name` as it is now.
            func table(_ name: String) -> Table {
                tables.tables[name] ?? Table()
            }

            /// Runs `body` on the tables in one step of the actor, for changes outside a change set (the outbox relay's).
            func modify<Result: Sendable>(_ body: (inout Tables) throws -> Result) rethrows -> Result {
                try body(&tables)
            }

            /// Makes the steps in order; at the first that is not done, or throws, undoes the ones before it.
            func apply(_ steps: [Step]) throws -> StepResults {
                var undos: [Undo] = []
                var versions: [Int] = []
                do {
                    for (index, step) in steps.enumerated() {
                        let outcome = try step(&tables, &undos)
                        guard case .done(let version) = outcome else {
                            undo(undos)
                            return .failed(step: index, outcome: outcome)
                        }
                        versions.append(version)
                    }
                } catch {
                    undo(undos)
                    throw error
                }
                return .done(versions: versions)
            }

            private func undo(_ undos: [Undo]) {
                for undo in undos.reversed() { undo(&tables) }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/Inbox.swift.mustache": #"""
        import Foundation
        import Logging
        import PostgresNIO

        /// The events a service has handled, recorded in the same transaction as their effect (`ChangeSet.record`): a
        /// delivery of an event already recorded is a repeat, acknowledged without making its effect again. Senders deliver
        /// at least once; with the inbox, the effect happens exactly once.
        public struct Inbox: Sendable {
            enum Storage: Sendable {
                case memory(InMemoryStore)
                case postgres(PostgresClient, Logger)
            }

            let storage: Storage
            static let table = "_inbox"

            /// An inbox in `store`, beside the service's in-memory resources.
            public static func inMemory(_ store: InMemoryStore) -> Inbox {
                Inbox(storage: .memory(store))
            }

            /// An inbox in the service's database (the table `event_inbox` of `Migrations/0002_create_event_tables.sql`).
            public static func postgres(_ client: PostgresClient, logger: Logger) -> Inbox {
                Inbox(storage: .postgres(client, logger))
            }

            /// Whether `event` was handled already.
            public func contains(_ event: DomainEvent) async throws -> Bool {
                switch storage {
                case .memory(let store):
                    return await store.table(Self.table).rows[Self.key(event)] != nil
                case .postgres(let client, let logger):
                    let query: PostgresQuery =
                        "SELECT 1::int8 FROM event_inbox WHERE source = \(event.source) AND event_id = \(event.id)"
                    for try await _ in try await client.query(query, logger: logger).decode(Int.self) { return true }
                    return false
                }
            }

            /// The change that records `event`: done when it is new, `.stale` when it was recorded already (by an earlier
            /// delivery, or one handled at the same time).
            func pending(_ event: DomainEvent) -> PendingChange {
                switch storage {
                case .memory(let store):
                    let key = Self.key(event)
                    let step: InMemoryStore.Step = { tables, undos in
                        guard tables.tables[Self.table]?.rows[key] == nil else { return .stale(current: 1) }
                        tables.append(event.type, key: key, to: Self.table)
                        undos.append { tables in tables.delete(key, from: Self.table) }
                        return .done(version: 1)
                    }
                    return PendingChange(id: event.id, application: .memory(store, step))
                case .postgres(let client, let logger):
                    let query: PostgresQuery = """
                        INSERT INTO event_inbox (source, event_id, type) VALUES (\(event.source), \(event.id), \(event.type))
                        ON CONFLICT (source, event_id) DO NOTHING RETURNING 1::int8
                        """
                    let step: PendingChange.PostgresStep = { connection, logger in
                        for try await _ in try await connection.query(query, logger: logger).decode(Int.self) {
                            return .done(version: 1)
                        }
                        return .stale(current: 1)
                    }
                    return PendingChange(id: event.id, application: .postgres(client, logger, step))
                }
            }

            static func key(_ event: DomainEvent) -> String {
                event.source + " " + event.id
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/Migration.swift.mustache": #"""
        import Foundation

        /// One versioned change of a service's database schema: a file `0001_create_tables.sql` in the service's
        /// `Migrations` folder. Applied migrations are never edited; a change is the next file.
        public struct Migration: Sendable, Equatable {
            /// The number the file name starts with; migrations are applied in its order, each once.
            public var version: Int
            /// The rest of the file name: `create_tables`.
            public var name: String
            /// The file's SQL: one or more statements, each ended by `;`.
            public var sql: String

            public init(version: Int, name: String, sql: String) {
                self.version = version
                self.name = name
                self.sql = sql
            }

            /// The migrations in `folder`, by version. A file that is not `NNNN_name.sql`, or two files with one version,
            /// is an error: a migration that silently does not run is worse than a service that does not start.
            public static func load(from folder: URL) throws -> [Migration] {
                let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                    .filter { !$0.lastPathComponent.hasPrefix(".") }
                var migrations: [Migration] = []
                for file in files {
                    let fileName = file.lastPathComponent
                    let stem = fileName.dropLast(fileName.hasSuffix(".sql") ? 4 : 0)
                    let parts = stem.split(separator: "_", maxSplits: 1)
                    guard fileName.hasSuffix(".sql"), parts.count == 2, let version = Int(parts[0]), version > 0 else {
                        throw MigrationError.badFileName(fileName)
                    }
                    if let other = migrations.first(where: { $0.version == version }) {
                        throw MigrationError.duplicateVersion(version, other.name, String(parts[1]))
                    }
                    let sql = try String(contentsOf: file, encoding: .utf8)
                    migrations.append(Migration(version: version, name: String(parts[1]), sql: sql))
                }
                return migrations.sorted { $0.version < $1.version }
            }
        }

        /// Why the migrations cannot be applied; the service does not start.
        public enum MigrationError: Error, Equatable, CustomStringConvertible {
            case badFileName(String)
            case duplicateVersion(Int, String, String)
            /// An applied migration's SQL is no longer what was applied.
            case changedAfterApplying(version: Int, name: String)
            /// The database has a migration this service does not know (a newer version of it ran here).
            case unknownApplied(version: Int, name: String)

            public var description: String {
                switch self {
                case .badFileName(let name):
                    "The migration file \(name) is not named NNNN_name.sql (a version number, an underscore, a name)."
                case .duplicateVersion(let version, let first, let second):
                    "Two migrations have the version \(version): \(first) and \(second)."
                case .changedAfterApplying(let version, let name):
                    "Migration \(version) (\(name)) was changed after it was applied to this database. Applied migrations "
                        + "must never change: restore it and put the change into a new migration."
                case .unknownApplied(let version, let name):
                    "This database has migration \(version) (\(name)) applied, which this service does not have: a newer "
                        + "version of the service migrated it."
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/MigrationRunner.swift.mustache": #"""
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

        """#,
        "chassis/Sources/ServiceChassis/Outbox.swift.mustache": #"""
        import Foundation
        import Logging
        import PostgresNIO

        /// Where a service's events wait to be delivered: rows written in the same transaction as the change they report
        /// (`ChangeSet.publish`), so that a change is never made without its event nor an event sent for a change that was
        /// undone. The `OutboxRelay` delivers them and removes them; one row per event and destination.
        public struct Outbox: Sendable {
            /// Where each type of event goes.
            public let routes: EventRoutes
            let storage: any OutboxStorage

            /// An outbox in `store`, beside the service's in-memory resources.
            public static func inMemory(_ store: InMemoryStore, routes: EventRoutes) -> Outbox {
                Outbox(routes: routes, storage: InMemoryOutbox(store: store))
            }

            /// An outbox in the service's database (the tables of `Migrations/0002_create_event_tables.sql`).
            public static func postgres(_ client: PostgresClient, routes: EventRoutes, logger: Logger) -> Outbox {
                Outbox(routes: routes, storage: PostgresOutbox(client: client, logger: logger))
            }

            /// The rows that put `event` into the outbox, one per destination, for a change set.
            func pending(_ event: DomainEvent, now: Date) -> [PendingChange] {
                routes.destinations(of: event.type).map { destination in
                    storage.pending(OutboxEntry(event: event, destination: destination, enqueuedAt: now))
                }
            }

            /// Takes up to `limit` deliveries that are due at `now`, the oldest first and at most one per destination and
            /// subject (the next waits until the one before it is delivered or given up), and hides them from other relays
            /// for `lease`.
            public func take(now: Date, lease: Duration, limit: Int) async throws -> [OutboxEntry] {
                try await storage.take(now: now, lease: lease, limit: limit)
            }

            /// Removes a delivered entry.
            public func delivered(_ entry: OutboxEntry) async throws {
                try await storage.remove(entry)
            }

            /// Counts a failed attempt and makes the entry due again at `time`.
            public func retry(_ entry: OutboxEntry, at time: Date, error: String) async throws {
                try await storage.retry(entry, at: time, error: error)
            }

            /// Moves the entry to the dead letters.
            public func giveUp(_ entry: OutboxEntry, at time: Date, reason: String) async throws {
                try await storage.giveUp(entry, letter: DeadLetter(entry: entry, deadAt: time, reason: reason))
            }

            /// The dead letters, the oldest first.
            public func deadLetters(limit: Int, offset: Int) async throws -> [DeadLetter] {
                try await storage.deadLetters(limit: limit, offset: offset)
            }

            /// Puts the dead letter of `eventID` for `destination` back into the outbox, due at `now`, its attempts counted
            /// from zero; false when there is none.
            public func replay(eventID: String, destination: String, now: Date) async throws -> Bool {
                try await storage.replay(eventID: eventID, destination: destination, now: now)
            }

            /// How many deliveries wait, how long the oldest has waited, how many were given up.
            public func status(now: Date) async throws -> OutboxStatus {
                try await storage.status(now: now)
            }
        }

        /// Where an outbox keeps its rows: the service's in-memory store or its database.
        protocol OutboxStorage: Sendable {
            func pending(_ entry: OutboxEntry) -> PendingChange
            func take(now: Date, lease: Duration, limit: Int) async throws -> [OutboxEntry]
            func remove(_ entry: OutboxEntry) async throws
            func retry(_ entry: OutboxEntry, at time: Date, error: String) async throws
            func giveUp(_ entry: OutboxEntry, letter: DeadLetter) async throws
            func deadLetters(limit: Int, offset: Int) async throws -> [DeadLetter]
            func replay(eventID: String, destination: String, now: Date) async throws -> Bool
            func status(now: Date) async throws -> OutboxStatus
        }

        extension Date {
            /// The date `duration` later.
            func adding(_ duration: Duration) -> Date {
                let (seconds, attoseconds) = duration.components
                return addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18)
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/OutboxEntry.swift.mustache": #"""
        import Foundation

        /// An event waiting in the outbox for one of its destinations.
        public struct OutboxEntry: Sendable, Equatable {
            public var event: DomainEvent
            /// The URL it is sent to.
            public var destination: String
            /// How many times sending it failed.
            public var attempts: Int
            /// When it was written, with the change it reports.
            public var enqueuedAt: Date
            /// Why the last attempt failed.
            public var lastError: String?

            public init(event: DomainEvent, destination: String, attempts: Int = 0, enqueuedAt: Date, lastError: String? = nil) {
                self.event = event
                self.destination = destination
                self.attempts = attempts
                self.enqueuedAt = enqueuedAt
                self.lastError = lastError
            }
        }

        /// An event the relay gave up on: refused by its receiver, or still failing when it reached the maximum age. An
        /// operator lists them and sends one again (`replay`).
        public struct DeadLetter: Sendable, Equatable, Codable {
            public var eventID: String
            public var type: String
            public var source: String
            public var subject: String
            public var destination: String
            public var attempts: Int
            public var enqueuedAt: Date
            public var deadAt: Date
            /// Why it was given up: the receiver's answer, or the last failure.
            public var reason: String

            public init(entry: OutboxEntry, deadAt: Date, reason: String) {
                eventID = entry.event.id
                type = entry.event.type
                source = entry.event.source
                subject = entry.event.subject
                destination = entry.destination
                attempts = entry.attempts
                enqueuedAt = entry.enqueuedAt
                self.deadAt = deadAt
                self.reason = reason
            }
        }

        /// How far behind the relay is: what an operator and the metrics watch.
        public struct OutboxStatus: Sendable, Equatable, Codable {
            /// Deliveries waiting (one per event and destination).
            public var pending: Int
            /// How long the oldest waiting delivery has waited, in seconds: the relay's lag (0 when none waits).
            public var lagSeconds: Double
            /// Deliveries given up.
            public var deadLetters: Int

            public init(pending: Int, lagSeconds: Double, deadLetters: Int) {
                self.pending = pending
                self.lagSeconds = lagSeconds
                self.deadLetters = deadLetters
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/OutboxRelay.swift.mustache": #"""
        import Foundation
        import Logging
        import ServiceLifecycle

        /// Delivers the outbox: takes the due entries, sends each with the publisher, and removes it once delivered. A
        /// failed attempt is retried after a growing delay (`Backoff`); an entry refused by its receiver, or still failing
        /// when older than the maximum age, goes to the dead letters. Runs in the service's `ServiceGroup` and stops at
        /// graceful shutdown after the entries in hand.
        public struct OutboxRelay: Service {
            let outbox: Outbox
            let publisher: any EventPublisher
            let settings: RelaySettings
            let logger: Logger
            /// The time now; tests set it.
            let now: @Sendable () -> Date
            /// A fraction from 0 to 1 for the backoff's jitter; tests set it.
            let random: @Sendable () -> Double

            public init(
                outbox: Outbox, publisher: any EventPublisher, settings: RelaySettings, logger: Logger,
                now: @escaping @Sendable () -> Date = { Date() },
                random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
            ) {
                self.outbox = outbox
                self.publisher = publisher
                self.settings = settings
                self.logger = logger
                self.now = now
                self.random = random
            }

            public func run() async throws {
                while !Task.isShuttingDownGracefully && !Task.isCancelled {
                    let handled: Int
                    do {
                        handled = try await deliverDue()
                    } catch {
                        logger.error("The outbox relay could not read the outbox: \(error)")
                        handled = 0
                    }
                    if handled == 0 {
                        let pause = settings.pollInterval
                        try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }
                    }
                }
            }

            /// Takes the due entries once and handles each; answers how many it took.
            @discardableResult
            public func deliverDue() async throws -> Int {
                let entries = try await outbox.take(now: now(), lease: settings.lease, limit: settings.batchSize)
                for entry in entries {
                    try await handle(entry, publisher.publish(entry.event, to: entry.destination))
                }
                return entries.count
            }

            /// Removes, retries or gives up `entry` as `delivery` says.
            func handle(_ entry: OutboxEntry, _ delivery: Delivery) async throws {
                let time = now()
                var tried = entry
                tried.attempts += 1
                var metadata: Logger.Metadata = [
                    "event.id": "\(entry.event.id)", "event.type": "\(entry.event.type)", "destination": "\(entry.destination)",
                ]
                switch delivery {
                case .delivered:
                    try await outbox.delivered(entry)
                    logger.debug("Event delivered", metadata: metadata)
                case .refused(let answer):
                    try await outbox.giveUp(tried, at: time, reason: "refused: " + answer)
                    logger.error("Event refused by its receiver; moved to the dead letters", metadata: metadata)
                case .failed(let error):
                    metadata["attempts"] = "\(tried.attempts)"
                    let age = time.timeIntervalSince(entry.enqueuedAt)
                    let maxAge = Double(settings.maxAge.components.seconds)
                    if age >= maxAge {
                        try await outbox.giveUp(tried, at: time, reason: "failed for \(Int(age)) s: " + error)
                        logger.error("Event still failing at its maximum age; moved to the dead letters", metadata: metadata)
                    } else {
                        let delay = settings.backoff.delay(afterFailures: tried.attempts, random: random)
                        try await outbox.retry(entry, at: time.adding(delay), error: error)
                        metadata["retry.in"] = "\(delay)"
                        logger.warning("Event delivery failed; retrying", metadata: metadata)
                    }
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/Paging.swift.mustache": #"""
        /// The `limit`/`offset` query parameters of a list, with the contract's bounds checked (the generated code does
        /// not enforce `minimum`/`maximum`).
        public struct Paging: Sendable, Equatable {
            /// The largest page the contract allows.
            public static let maximumLimit = 100
            /// The page size when the client gives none.
            public static let defaultLimit = 20

            public var limit: Int
            public var offset: Int

            public init(limit: Int?, offset: Int?) {
                self.limit = limit ?? Self.defaultLimit
                self.offset = offset ?? 0
            }

            /// A 400 problem when a bound is broken, nil when the paging is valid.
            public var problem: ProblemDetails? {
                if !(1...Self.maximumLimit).contains(limit) {
                    return .badRequest("limit must be between 1 and \(Self.maximumLimit), not \(limit).")
                }
                if offset < 0 {
                    return .badRequest("offset must not be negative, not \(offset).")
                }
                return nil
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/PostgresOutbox.swift.mustache": #"""
        import Foundation
        import Logging
        import PostgresNIO

        /// An outbox in the service's database: the tables `event_outbox` and `event_dead_letter` of
        /// `Migrations/0002_create_event_tables.sql`. Relays of several replicas share it: a taken row is hidden from the
        /// others by moving its due time past the lease (`FOR UPDATE SKIP LOCKED` keeps two from taking it at once).
        struct PostgresOutbox: OutboxStorage {
            let client: PostgresClient
            let logger: Logger

            /// The columns of an entry, in the order `entry(_:)` reads them.
            static let columns = "event_id, type, source, subject, occurred_at, data, destination, attempts, enqueued_at, last_error"

            typealias Columns = (String, String, String, String, Date, String, String, Int, Date, String?)

            static func entry(_ row: Columns) -> OutboxEntry {
                OutboxEntry(
                    event: DomainEvent(
                        id: row.0, type: row.1, source: row.2, subject: row.3, time: row.4, data: Data(row.5.utf8)),
                    destination: row.6, attempts: row.7, enqueuedAt: row.8, lastError: row.9)
            }

            func pending(_ entry: OutboxEntry) -> PendingChange {
                let event = entry.event
                let query: PostgresQuery = """
                    INSERT INTO event_outbox (event_id, type, source, subject, occurred_at, data, destination, enqueued_at, due_at)
                    VALUES (\(event.id), \(event.type), \(event.source), \(event.subject), \(event.time),
                            \(String(decoding: event.data, as: UTF8.self)), \(entry.destination), \(entry.enqueuedAt),
                            \(entry.enqueuedAt))
                    ON CONFLICT (event_id, destination) DO NOTHING
                    """
                let step: PendingChange.PostgresStep = { connection, logger in
                    try await connection.query(query, logger: logger)
                    return .done(version: 1)
                }
                return PendingChange(id: event.id, application: .postgres(client, logger, step))
            }

            func take(now: Date, lease: Duration, limit: Int) async throws -> [OutboxEntry] {
                let query: PostgresQuery = """
                    UPDATE event_outbox SET due_at = \(now.adding(lease))
                    WHERE sequence IN (
                        SELECT o.sequence FROM event_outbox o
                        WHERE o.due_at <= \(now) AND NOT EXISTS (
                            SELECT 1 FROM event_outbox e
                            WHERE e.destination = o.destination AND e.subject = o.subject AND e.sequence < o.sequence)
                        ORDER BY o.sequence LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                    RETURNING sequence, \(unescaped: Self.columns)
                    """
                var taken: [(Int, OutboxEntry)] = []
                let rows = try await client.query(query, logger: logger)
                    .decode((Int, String, String, String, String, Date, String, String, Int, Date, String?).self)
                for try await row in rows {
                    taken.append((row.0, Self.entry((row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10))))
                }
                return taken.sorted { $0.0 < $1.0 }.map(\.1)
            }

            func remove(_ entry: OutboxEntry) async throws {
                try await client.query(
                    "DELETE FROM event_outbox WHERE event_id = \(entry.event.id) AND destination = \(entry.destination)",
                    logger: logger)
            }

            func retry(_ entry: OutboxEntry, at time: Date, error: String) async throws {
                try await client.query(
                    """
                    UPDATE event_outbox SET attempts = attempts + 1, last_error = \(error), due_at = \(time)
                    WHERE event_id = \(entry.event.id) AND destination = \(entry.destination)
                    """, logger: logger)
            }

            func giveUp(_ entry: OutboxEntry, letter: DeadLetter) async throws {
                try await client.query(
                    """
                    WITH gone AS (
                        DELETE FROM event_outbox WHERE event_id = \(entry.event.id) AND destination = \(entry.destination)
                        RETURNING event_id, type, source, subject, occurred_at, data, destination, enqueued_at, last_error)
                    INSERT INTO event_dead_letter (\(unescaped: Self.columns), dead_at, reason)
                    SELECT event_id, type, source, subject, occurred_at, data, destination, \(letter.attempts),
                           enqueued_at, last_error, \(letter.deadAt), \(letter.reason) FROM gone
                    ON CONFLICT (event_id, destination) DO UPDATE
                    SET attempts = excluded.attempts, dead_at = excluded.dead_at, reason = excluded.reason
                    """, logger: logger)
            }

            func deadLetters(limit: Int, offset: Int) async throws -> [DeadLetter] {
                let query: PostgresQuery = """
                    SELECT \(unescaped: Self.columns), dead_at, reason FROM event_dead_letter
                    ORDER BY dead_at, event_id, destination LIMIT \(limit) OFFSET \(offset)
                    """
                var letters: [DeadLetter] = []
                let rows = try await client.query(query, logger: logger)
                    .decode((String, String, String, String, Date, String, String, Int, Date, String?, Date, String).self)
                for try await row in rows {
                    let entry = Self.entry((row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9))
                    letters.append(DeadLetter(entry: entry, deadAt: row.10, reason: row.11))
                }
                return letters
            }

            func replay(eventID: String, destination: String, now: Date) async throws -> Bool {
                let query: PostgresQuery = """
                    WITH back AS (
                        DELETE FROM event_dead_letter WHERE event_id = \(eventID) AND destination = \(destination)
                        RETURNING event_id, type, source, subject, occurred_at, data, destination, enqueued_at)
                    INSERT INTO event_outbox (event_id, type, source, subject, occurred_at, data, destination, enqueued_at, due_at)
                    SELECT event_id, type, source, subject, occurred_at, data, destination, enqueued_at, \(now) FROM back
                    ON CONFLICT (event_id, destination) DO NOTHING
                    RETURNING 1::int8
                    """
                for try await _ in try await client.query(query, logger: logger).decode(Int.self) {
                    return true
                }
                return false
            }

            func status(now: Date) async throws -> OutboxStatus {
                let query: PostgresQuery = """
                    SELECT (SELECT count(*) FROM event_outbox)::int8, (SELECT min(enqueued_at) FROM event_outbox),
                           (SELECT count(*) FROM event_dead_letter)::int8
                    """
                for try await (pending, oldest, dead) in try await client.query(query, logger: logger)
                    .decode((Int, Date?, Int).self)
                {
                    return OutboxStatus(
                        pending: pending, lagSeconds: oldest.map { max(now.timeIntervalSince($0), 0) } ?? 0, deadLetters: dead)
                }
                return OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 0)
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/PostgresRepository.swift.mustache": #"""
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

        """#,
        "chassis/Sources/ServiceChassis/Precondition.swift.mustache": #"""
        /// Whether a change conditioned by an `If-Match` header may go ahead.
        public enum Precondition: Sendable, Equatable {
            /// Go ahead, expecting this version (nil: whatever version the resource has).
            case proceed(expectedVersion: Int?)
            /// No resource has the id.
            case notFound
            /// The resource is at a version the header does not name: `412`.
            case failed(current: Int)
        }

        extension Repository {
            /// Whether the resource `id` may be changed under the `If-Match` header `ifMatch`, and at which version. Without
            /// a header, or with `*`, the repository finds out itself; with tags, the resource is read to compare.
            public func precondition(ifMatch: String?, id: String) async throws -> Precondition {
                let condition = EntityTag.condition(ifMatch: ifMatch)
                guard case .versions = condition else { return .proceed(expectedVersion: nil) }
                guard let current = try await find(id: id) else { return .notFound }
                guard condition.allows(version: current.version) else { return .failed(current: current.version) }
                return .proceed(expectedVersion: current.version)
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/ProblemDetails.swift.mustache": #"""
        import Foundation

        /// An RFC 9457 problem: the body of every error response (`application/problem+json`).
        public struct ProblemDetails: Error, Codable, Sendable, Equatable {
            /// The media type of a problem body.
            public static let mediaType = "application/problem+json"

            /// A URI naming the problem type; `about:blank` when the status says it all.
            public var type: String
            /// The status's reason phrase.
            public var title: String
            /// The HTTP status code.
            public var status: Int
            /// What went wrong with this request, for a person.
            public var detail: String?
            /// The path of the request that failed.
            public var instance: String?

            public init(type: String = "about:blank", title: String, status: Int, detail: String? = nil, instance: String? = nil) {
                self.type = type
                self.title = title
                self.status = status
                self.detail = detail
                self.instance = instance
            }

            /// A 400 problem: the request breaks the contract.
            public static func badRequest(_ detail: String) -> Self {
                Self(title: "Bad Request", status: 400, detail: detail)
            }

            /// A 404 problem: no resource of this kind has this id.
            public static func notFound(_ kind: String, id: String) -> Self {
                Self(title: "Not Found", status: 404, detail: "No \(kind) has the id \(id).")
            }

            /// A 412 problem: the resource changed since the client read the version its `If-Match` names.
            public static func stale(_ kind: String, id: String) -> Self {
                Self(
                    title: "Precondition Failed", status: 412,
                    detail: "The \(kind) \(id) has changed since the version If-Match names: read it again, then retry.")
            }

            /// A 409 problem: a resource a command writes changed between the command's reading and writing it.
            public static func changedMeanwhile(_ kind: String, id: String) -> Self {
                Self(
                    title: "Conflict", status: 409,
                    detail: "The \(kind) \(id) changed while the command ran: read it again, then retry.")
            }

            /// The problem as a JSON body.
            public func encoded() throws -> Data {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                return try encoder.encode(self)
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/RelaySettings.swift.mustache": #"""
        import Configuration

        /// How the outbox relay delivers events: how often it looks, how long it waits for a receiver, and how it retries.
        public struct RelaySettings: Sendable, Equatable {
            /// The pause between two looks at the outbox when nothing was due (`relay.poll.ms`: `RELAY_POLL_MS`).
            public var pollInterval: Duration
            /// The most events one look takes.
            public var batchSize: Int
            /// How long a taken event is left to its relay before another may send it again (`relay.lease.ms`): a relay
            /// that dies after sending leaves it to be sent again once the lease is over.
            public var lease: Duration
            /// How long a receiver has to answer (`relay.timeout.ms`).
            public var requestTimeout: Duration
            /// The retry delays: the first, doubled after each failure up to the cap, half of it fixed and half random.
            public var backoff: Backoff
            /// How long an event is retried before it goes to the dead letters (`relay.max.age.s`: `RELAY_MAX_AGE_S`).
            public var maxAge: Duration

            public init(
                pollInterval: Duration = .milliseconds(500), batchSize: Int = 50, lease: Duration = .seconds(30),
                requestTimeout: Duration = .seconds(10), backoff: Backoff = Backoff(), maxAge: Duration = .seconds(3600)
            ) {
                self.pollInterval = pollInterval
                self.batchSize = batchSize
                self.lease = lease
                self.requestTimeout = requestTimeout
                self.backoff = backoff
                self.maxAge = maxAge
            }

            /// Reads the settings from `config`; a value that is not a positive whole number is an error naming it.
            public init(reading config: ConfigReader) throws(SettingsError) {
                self.init(
                    pollInterval: .milliseconds(try config.positiveInteger(forKey: "relay.poll.ms", default: 500)),
                    lease: .milliseconds(try config.positiveInteger(forKey: "relay.lease.ms", default: 30_000)),
                    requestTimeout: .milliseconds(try config.positiveInteger(forKey: "relay.timeout.ms", default: 10_000)),
                    backoff: Backoff(
                        first: .milliseconds(try config.positiveInteger(forKey: "relay.backoff.first.ms", default: 1000)),
                        cap: .milliseconds(try config.positiveInteger(forKey: "relay.backoff.cap.ms", default: 300_000))),
                    maxAge: .seconds(try config.positiveInteger(forKey: "relay.max.age.s", default: 3600)))
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/Repository.swift.mustache": #"""
        /// Where a service keeps the resources of one kind, by id, each with a version that every change increments
        /// (optimistic concurrency: a change may say which version it expects, and is refused if another came first). The
        /// API implementation gets one per resource at start-up (injected), so tests and a quick start use
        /// `InMemoryRepository` and production `PostgresRepository`.
        ///
        /// A repository reads by itself; it writes through a `ChangeSet`, so that a command writing several resources
        /// makes every change or none. `insert`, `replace` and `remove` below are change sets of one change.
        ///
        /// Every call may fail (a lost connection, a full disk): the error reaches the HTTP layer as a problem `500`, and
        /// the log says why.
        public protocol Repository<Item>: Sendable {
            associatedtype Item: Sendable

            /// A page of the resources in the order they were first stored, and how many there are in all.
            func list(limit: Int, offset: Int) async throws -> RepositoryPage<Item>
            /// The resource with this id and its version, if any.
            func find(id: String) async throws -> Versioned<Item>?
            /// `write`, ready to be made with the other changes of a `ChangeSet` (it fails only when the item cannot be
            /// encoded for the store).
            func pending(_ write: RepositoryWrite<Item>) throws -> PendingChange
        }

        extension Repository {
            /// Stores a new resource under `id`, at version 1.
            public func insert(_ item: Item, id: String) async throws {
                var changes = ChangeSet()
                try changes.add(.insert(item, id: id), to: self, named: "resource")
                _ = try await changes.commit()
            }

            /// Replaces the resource with this id if it is at `expectedVersion` (any version when nil).
            public func replace(_ item: Item, id: String, expectedVersion: Int?) async throws -> WriteOutcome {
                try await single(.replace(item, id: id, expectedVersion: expectedVersion))
            }

            /// Removes the resource with this id if it is at `expectedVersion` (any version when nil).
            public func remove(id: String, expectedVersion: Int?) async throws -> WriteOutcome {
                try await single(.remove(id: id, expectedVersion: expectedVersion))
            }

            /// The resources with these ids, each once, in the order of their first mention; an id that names none is
            /// left out (a reference may outlive what it names). One `find` per id: meant for a page's references.
            public func found(ids: some Sequence<String>) async throws -> [Item] {
                var seen: Set<String> = []
                var items: [Item] = []
                for id in ids where seen.insert(id).inserted {
                    if let found = try await find(id: id) { items.append(found.item) }
                }
                return items
            }

            /// Every stored resource, a page of `pageSize` at a time, in the order of the list: for a reaction that makes
            /// one change per stored resource of a kind.
            public func all(pageSize: Int = 100) async throws -> [Item] {
                var items: [Item] = []
                while true {
                    let page = try await list(limit: pageSize, offset: items.count)
                    items += page.items
                    if page.items.count < pageSize || items.count >= page.total { return items }
                }
            }

            private func single(_ write: RepositoryWrite<Item>) async throws -> WriteOutcome {
                var changes = ChangeSet()
                try changes.add(write, to: self, named: "resource")
                switch try await changes.commit() {
                case .done(let versions): return .done(version: versions[0])
                case .failed(let failure): return failure.outcome
                }
            }
        }

        /// One write of a repository.
        public enum RepositoryWrite<Item: Sendable>: Sendable {
            /// Store a new resource under `id`, at version 1 (an id stored already is an error).
            case insert(Item, id: String)
            /// Replace the resource `id` if it is at `expectedVersion` (any version when nil).
            case replace(Item, id: String, expectedVersion: Int?)
            /// Remove the resource `id` if it is at `expectedVersion` (any version when nil).
            case remove(id: String, expectedVersion: Int?)

            /// The id of the resource written.
            public var id: String {
                switch self {
                case .insert(_, let id), .replace(_, let id, _), .remove(let id, _): id
                }
            }
        }

        /// A resource and its version.
        public struct Versioned<Item: Sendable>: Sendable {
            public var item: Item
            /// 1 when created, one more with every change.
            public var version: Int

            public init(item: Item, version: Int) {
                self.item = item
                self.version = version
            }
        }

        /// What became of a change.
        public enum WriteOutcome: Sendable, Equatable {
            /// Done; the resource is now at this version (removed: the version it had).
            case done(version: Int)
            /// No resource has the id.
            case notFound
            /// The resource is at another version than expected: someone changed it since the client read it.
            case stale(current: Int)
        }

        /// One page of a list.
        public struct RepositoryPage<Item: Sendable>: Sendable {
            /// The resources of the page, in the order they were first stored.
            public var items: [Item]
            /// How many resources there are in all.
            public var total: Int

            public init(items: [Item], total: Int) {
                self.items = items
                self.total = total
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/RepositoryError.swift.mustache": #"""
        import PostgresNIO

        /// A repository call that could not do what it was asked, for a reason the client can act on.
        public enum RepositoryError: Error, Equatable, CustomStringConvertible {
            /// A resource with this id is stored already.
            case duplicateID(String)
            /// The store cannot take a value of the resource (a malformed date or id, a number out of range): a `400`.
            case invalidValue(String)
            /// A value that must be unique is held by another resource already: a `409`.
            case conflict(String)

            public var description: String {
                switch self {
                case .duplicateID(let id): "A resource with the id \(id) is stored already."
                case .invalidValue(let detail): detail
                case .conflict(let detail): detail
                }
            }

            /// The client's part of a PostgreSQL error, or nil when the service itself failed. Transaction errors are
            /// looked into for the error of the statement that failed.
            public init?(translating error: any Error) {
                var underlying = error
                if let transaction = error as? PostgresTransactionError, let closure = transaction.closureError {
                    underlying = closure
                }
                guard let psql = underlying as? PSQLError, let state = psql.serverInfo?[.sqlState] else { return nil }
                let message = psql.serverInfo?[.message] ?? "The value cannot be stored."
                switch state {
                case "23505": self = .conflict("A value that must be unique is taken already: \(psql.serverInfo?[.detail] ?? message)")
                case "23502", "23514": self = .invalidValue(message)
                case _ where state.hasPrefix("22"): self = .invalidValue(message)
                default: return nil
                }
            }

            /// Runs `body`, turning what PostgreSQL refuses about the data into `RepositoryError`s the HTTP layer answers
            /// as `400` (a value it cannot take: SQLSTATE class 22 and check/not-null violations) or `409` (a value a
            /// `UNIQUE` column holds already); anything else stays a failure of the service.
            static func translating<Result>(_ body: () async throws -> Result) async throws -> Result {
                do {
                    return try await body()
                } catch {
                    throw RepositoryError(translating: error) ?? error
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/RequestDeadline.swift.mustache": #"""
        import HTTPTypes
        import OpenAPIRuntime

        /// The time by which the request being served must be answered, as its caller said in `X-Request-Timeout-Ms` (the
        /// milliseconds it will wait): every call the service makes to another one while serving it waits no longer, and
        /// passes on what is left, so that a chain of calls gives up together instead of working for a caller that is gone.
        public enum RequestDeadline {
            /// The deadline of the request this task serves, if its caller gave one.
            @TaskLocal public static var current: ContinuousClock.Instant?

            /// The header that carries the milliseconds left.
            public static let header = HTTPField.Name("X-Request-Timeout-Ms")!
        }

        /// Serves each request under the deadline its `X-Request-Timeout-Ms` header gives (`RequestDeadline.current`).
        public struct DeadlineMiddleware: ServerMiddleware {
            public init() {}

            public func intercept(
                _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                guard let text = request.headerFields[RequestDeadline.header], let milliseconds = Int(text), milliseconds >= 0
                else {
                    return try await next(request, body, metadata)
                }
                let deadline = ContinuousClock.now.advanced(by: .milliseconds(milliseconds))
                return try await RequestDeadline.$current.withValue(deadline) {
                    try await next(request, body, metadata)
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/RequestID.swift.mustache": #"""
        import Foundation

        /// The id that ties a request's log lines together: the client's `X-Request-ID` when it is a plausible id, a new
        /// one otherwise (a client must not be able to write arbitrary text, such as line breaks, into the logs).
        public enum RequestID {
            /// The header that carries the request id, in requests and responses.
            public static let header = "X-Request-ID"
            /// The logger metadata key of the request id.
            public static let metadataKey = "request_id"
            /// The longest id taken from a client.
            public static let maximumLength = 128

            /// The id of a request that came with `given` in its header (nil when it had none).
            public static func accept(_ given: String?) -> String {
                if let given, !given.isEmpty, given.utf8.count <= maximumLength,
                    given.utf8.allSatisfy({ (0x21...0x7E).contains($0) })
                {
                    return given
                }
                return UUID().uuidString.lowercased()
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/RetryMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import OpenAPIRuntime

        /// Retries a call to an upstream service that failed in a way a retry can mend (no connection, a timeout, `429`,
        /// `502`, `503`, `504`), up to `maxAttempts` in all, waiting an exponential backoff with full jitter in between. Only
        /// calls that are safe to repeat are retried: idempotent methods (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`) and
        /// calls that carry an `Idempotency-Key`, whose upstream answers a repeat with its first answer. An open circuit
        /// breaker is not retried, nor a wait that would end past the deadline of the request being served.
        public struct RetryMiddleware: ClientMiddleware {
            public let upstream: String
            public let maxAttempts: Int
            public let backoff: Backoff
            let random: @Sendable () -> Double
            let sleep: @Sendable (Duration) async throws -> Void

            public init(
                upstream: String, maxAttempts: Int, backoff: Backoff,
                random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
                sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
            ) {
                self.upstream = upstream
                self.maxAttempts = max(maxAttempts, 1)
                self.backoff = backoff
                self.random = random
                self.sleep = sleep
            }

            /// The header of a command's idempotency key.
            public static let idempotencyKey = HTTPField.Name("Idempotency-Key")!

            /// The methods a repeat of changes nothing more than the first call.
            static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .put, .delete, .options]

            /// The answers a retry may mend.
            static let transientStatuses: Set<Int> = [429, 502, 503, 504]

            public func intercept(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                let repeatable =
                    Self.idempotentMethods.contains(request.method) || request.headerFields[Self.idempotencyKey] != nil
                guard repeatable, maxAttempts > 1, (body?.iterationBehavior ?? .multiple) == .multiple else {
                    return try await next(request, body, baseURL)
                }
                var attempt = 1
                while true {
                    do {
                        let answer = try await next(request, body, baseURL)
                        guard Self.transientStatuses.contains(answer.0.status.code), attempt < maxAttempts else { return answer }
                    } catch let error as UpstreamUnavailable where error.reason == .circuitOpen {
                        throw error
                    } catch {
                        guard attempt < maxAttempts, !Task.isCancelled else { throw error }
                    }
                    let wait = backoff.delay(afterFailures: attempt, random: random)
                    if let deadline = RequestDeadline.current, ContinuousClock.now.advanced(by: wait) >= deadline {
                        throw UpstreamUnavailable(upstream: upstream, retryAfter: .seconds(1), reason: .timedOut)
                    }
                    try await sleep(wait)
                    attempt += 1
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/SQLScript.swift.mustache": #"""
        import Foundation

        /// Splits a migration file into its statements, since PostgreSQL's extended protocol runs one statement at a time.
        /// A `;` ends a statement unless it is inside a string (`'…'`, `E'…'`), a quoted identifier (`"…"`), a
        /// dollar-quoted body (`$$…$$`, `$tag$…$tag$`) or a comment (`-- …`, nested `/* … */`).
        public enum SQLScript {
            /// The statements of `sql`, trimmed, without empty ones and without the `;` that ends them.
            public static func statements(of sql: String) -> [String] {
                let characters = Array(sql.unicodeScalars)
                var statements: [String] = []
                var start = 0
                var index = 0
                func flush(upTo end: Int) {
                    var text = String(String.UnicodeScalarView(characters[start..<end]))
                    text = text.trimmingWhitespace()
                    if !isOnlyComments(text) { statements.append(text) }
                }
                while index < characters.count {
                    let character = characters[index]
                    switch character {
                    case "'", "\"":
                        index = end(ofQuoted: character, in: characters, from: index + 1)
                    case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                        while index < characters.count && characters[index] != "\n" { index += 1 }
                    case "/" where index + 1 < characters.count && characters[index + 1] == "*":
                        index = end(ofBlockCommentIn: characters, from: index + 2)
                    case "$":
                        index = end(ofDollarQuotedIn: characters, from: index)
                    case ";":
                        flush(upTo: index)
                        start = index + 1
                        index += 1
                    default:
                        index += 1
                    }
                }
                flush(upTo: characters.count)
                return statements
            }

            /// The index after the closing `quote` (a doubled quote is part of the text).
            private static func end(ofQuoted quote: Unicode.Scalar, in characters: [Unicode.Scalar], from start: Int) -> Int {
                var index = start
                while index < characters.count {
                    if characters[index] == quote {
                        if index + 1 < characters.count && characters[index + 1] == quote {
                            index += 2
                            continue
                        }
                        return index + 1
                    }
                    // E'…' strings escape with backslashes; a backslash before the quote keeps the string open there too.
                    if characters[index] == "\\" && quote == "'" && start >= 2 && "eE".unicodeScalars.contains(characters[start - 2]) {
                        index += 2
                        continue
                    }
                    index += 1
                }
                return characters.count
            }

            private static func end(ofBlockCommentIn characters: [Unicode.Scalar], from start: Int) -> Int {
                var depth = 1
                var index = start
                while index < characters.count && depth > 0 {
                    if characters[index] == "/" && index + 1 < characters.count && characters[index + 1] == "*" {
                        depth += 1
                        index += 2
                    } else if characters[index] == "*" && index + 1 < characters.count && characters[index + 1] == "/" {
                        depth -= 1
                        index += 2
                    } else {
                        index += 1
                    }
                }
                return index
            }

            /// After `$tag$…$tag$` when `start` opens one; else after the `$` (a parameter such as `$1`).
            private static func end(ofDollarQuotedIn characters: [Unicode.Scalar], from start: Int) -> Int {
                var index = start + 1
                while index < characters.count, characters[index] == "_" || characters[index].properties.isAlphabetic
                    || (index > start + 1 && ("0"..."9").contains(characters[index]))
                {
                    index += 1
                }
                guard index < characters.count, characters[index] == "$" else { return start + 1 }
                let tag = Array(characters[start...index])
                var search = index + 1
                while search + tag.count <= characters.count {
                    if Array(characters[search..<(search + tag.count)]) == tag { return search + tag.count }
                    search += 1
                }
                return characters.count
            }

            private static func isOnlyComments(_ text: String) -> Bool {
                var rest = Substring(text)
                while !rest.isEmpty {
                    if rest.hasPrefix("--") {
                        rest = rest.drop { $0 != "\n" }.dropFirst()
                    } else if rest.hasPrefix("/*"), let close = rest.range(of: "*/") {
                        rest = rest[close.upperBound...]
                    } else {
                        return false
                    }
                    rest = Substring(String(rest).trimmingWhitespace())
                }
                return true
            }
        }

        extension String {
            /// The text without leading and trailing spaces, tabs and line breaks.
            fileprivate func trimmingWhitespace() -> String {
                let isSpace: (Character) -> Bool = { $0.isWhitespace }
                return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/ServiceHost.swift.mustache": #"""
        import Foundation
        import Logging
        import PostgresNIO
        import ServiceLifecycle

        /// Runs a service's long-lived parts (the database client, its HTTP server, its outbox relay; later telemetry) in
        /// one `ServiceGroup`: SIGTERM or SIGINT starts a graceful shutdown, which stops them in the reverse of the order
        /// given, and the failure of any one of them stops the others.
        public struct ServiceHost: Sendable {
            /// The parts, in start-up order: list a part that others use (the database client, telemetry) first, so that it
            /// stops last.
            public var services: [any Service]
            /// The logger the group reports start-up, shutdown and failures to.
            public var logger: Logger

            public init(services: [any Service], logger: Logger) {
                self.services = services
                self.logger = logger
            }

            /// Runs every part until a signal or a failure ends them all.
            public func run() async throws {
                let group = ServiceGroup(
                    configuration: ServiceGroupConfiguration(
                        services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                        gracefulShutdownSignals: [.sigterm, .sigint],
                        logger: logger
                    )
                )
                try await group.run()
            }

            /// Runs a service the way `settings` say. With PostgreSQL: the client (first, so that it stops last), then the
            /// migrations in `migrations`, applied before the parts `makeServices` builds over the storage (the server, the
            /// outbox relay) start. In memory: those parts alone. A failure (no database, a refused migration) is logged,
            /// and the process ends with status 1 rather than a crash report.
            public static func run(
                settings: ServiceSettings, logger: Logger, migrations: @escaping @Sendable () throws -> [Migration],
                makeServices: @Sendable (Storage) throws -> [any Service]
            ) async {
                do {
                    switch settings.storage {
                    case .memory:
                        try await ServiceHost(services: try makeServices(.memory), logger: logger).run()
                    case .postgres(let database):
                        let client = PostgresClient(configuration: database.clientConfiguration, backgroundLogger: logger)
                        let server = PreparedService(try makeServices(.postgres(client))) {
                            do {
                                try await MigrationRunner(client: client, logger: logger).run(try migrations())
                            } catch let error as MigrationError {
                                throw error
                            } catch {
                                throw DatabaseError(settings: database, underlying: error)
                            }
                        }
                        try await ServiceHost(services: [client, server], logger: logger).run()
                    }
                } catch {
                    logger.critical("The service stopped: \(error)")
                    exit(1)
                }
            }

            /// The service's logger, at the level the settings ask for.
            public static func logger(label: String, settings: ServiceSettings) -> Logger {
                var logger = Logger(label: label)
                logger.logLevel = settings.logLevel
                return logger
            }
        }

        /// The service's database could not be migrated: unreachable, a login refused, or a statement of a migration failed.
        struct DatabaseError: Error, CustomStringConvertible {
            let settings: DatabaseSettings
            let underlying: any Error

            var description: String {
                "Migrating the database \(settings.database) at \(settings.host):\(settings.port) as \(settings.username) "
                    + "failed: \(String(reflecting: underlying))"
            }
        }

        /// Parts that must not start before something is done (the server and the relay before the migrations): runs
        /// `prepare`, then the parts side by side; when one fails, the others are cancelled. They share the group's
        /// graceful shutdown.
        struct PreparedService: Service {
            let services: [any Service]
            let prepare: @Sendable () async throws -> Void

            init(_ services: [any Service], prepare: @escaping @Sendable () async throws -> Void) {
                self.services = services
                self.prepare = prepare
            }

            func run() async throws {
                try await prepare()
                try await withThrowingDiscardingTaskGroup { group in
                    for service in services {
                        group.addTask { try await service.run() }
                    }
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/ServiceSettings.swift.mustache": #"""
        import Foundation
        import Configuration
        import Logging

        /// The settings every service reads at start-up, from the command line (`--http-port 8081`), then the environment
        /// (`HTTP_PORT=8081`), then the defaults: the order of Hummingbird's own template.
        public struct ServiceSettings: Sendable, Equatable {
            /// The address the HTTP server binds (`http.host`: `--http-host`, `HTTP_HOST`).
            public var host: String
            /// The port the HTTP server listens on (`http.port`: `--http-port`, `HTTP_PORT`).
            public var port: Int
            /// The lowest level that is logged (`log.level`: `--log-level`, `LOG_LEVEL`).
            public var logLevel: Logger.Level
            /// Where the resources are kept (`storage`: `--storage`, `STORAGE`): `postgres` (the default) or `memory`.
            public var storage: StorageSetting

            /// Where the settings say the resources are kept.
            public enum StorageSetting: Sendable, Equatable {
                case memory
                case postgres(DatabaseSettings)
            }

            /// Settings given directly, as tests do.
            public init(
                host: String = "127.0.0.1", port: Int = 0, logLevel: Logger.Level = .info, storage: StorageSetting = .memory
            ) {
                self.host = host
                self.port = port
                self.logLevel = logLevel
                self.storage = storage
            }

            /// Reads the settings from `config`, with `defaultPort` when none is given and `databaseName` as the default
            /// name of the service's database and its user.
            ///
            /// A value that is given but unusable (a port that is not a number from 0 to 65535, an unknown log level) is an
            /// error naming the setting, never silently replaced by the default.
            public init(reading config: ConfigReader, defaultPort: Int, databaseName: String) throws(SettingsError) {
                host = config.string(forKey: "http.host", default: "0.0.0.0")
                let portText = config.string(forKey: "http.port", default: String(defaultPort))
                guard let port = Int(portText), (0...65535).contains(port) else {
                    throw SettingsError(setting: "HTTP_PORT (--http-port)", value: portText, expected: "a port from 0 to 65535")
                }
                self.port = port
                let levelText = config.string(forKey: "log.level", default: "info")
                guard let level = Logger.Level(rawValue: levelText.lowercased()) else {
                    let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                    throw SettingsError(setting: "LOG_LEVEL (--log-level)", value: levelText, expected: "one of \(levels)")
                }
                logLevel = level
                let storageText = config.string(forKey: "storage", default: "postgres")
                switch storageText {
                case "memory": storage = .memory
                case "postgres": storage = .postgres(try DatabaseSettings(reading: config, defaultName: databaseName))
                default: throw SettingsError(setting: "STORAGE (--storage)", value: storageText, expected: "postgres or memory")
                }
            }

            /// The settings of the running process, from its command line and environment. A setting that cannot be used is
            /// printed to standard error and ends the process with status 78 (`EX_CONFIG`) before it serves anything.
            public static func load(defaultPort: Int, databaseName: String) -> ServiceSettings {
                do {
                    return try ServiceSettings(reading: reader(), defaultPort: defaultPort, databaseName: databaseName)
                } catch {
                    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                    exit(configurationExitStatus)
                }
            }

            /// The exit status of a process stopped by a setting it cannot use: `EX_CONFIG` of sysexits.h.
            public static let configurationExitStatus: Int32 = 78

            /// The reader services use: the command line first, then the environment.
            public static func reader(
                arguments: [String] = CommandLine.arguments,
                environment: [String: String] = ProcessInfo.processInfo.environment
            ) -> ConfigReader {
                ConfigReader(providers: [
                    CommandLineArgumentsProvider(arguments: arguments),
                    EnvironmentVariablesProvider(environmentVariables: environment),
                ])
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/SettingsError.swift.mustache": #"""
        /// A setting that was given but cannot be used; the service stops before it serves anything.
        public struct SettingsError: Error, Equatable, CustomStringConvertible {
            /// The setting's names: `HTTP_PORT (--http-port)`.
            public var setting: String
            /// The value given.
            public var value: String
            /// What the setting takes.
            public var expected: String

            public var description: String {
                "\(setting) is \"\(value)\", but it must be \(expected)."
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/Storage.swift.mustache": #"""
        import PostgresNIO

        /// Where a service keeps its resources, as its settings chose (`STORAGE`).
        public enum Storage: Sendable {
            /// In the process's memory: for tests and a quick start without a database; lost on restart.
            case memory
            /// In the service's own PostgreSQL database, through this client.
            case postgres(PostgresClient)
        }

        """#,
        "chassis/Sources/ServiceChassis/TableStatements.swift.mustache": #"""
        /// The SQL a `PostgresRepository` runs for one resource, generated from the model with its table (the service's
        /// `Storage+Tables.swift`). A row's JSON document is built and taken apart in SQL, so the repository needs no
        /// knowledge of the columns. Parameters: `find`, `version` and `deleteChildren` $1 id; `list` $1 limit, $2 offset;
        /// `insert` and `insertChildren` $1 document, $2 id; `update` $1 document, $2 id, $3 expected version or NULL;
        /// `delete` $1 id, $2 expected version or NULL.
        public struct TableStatements: Sendable {
            /// One row's document, as text, and its version.
            public var find: String
            /// One row's version.
            public var version: String
            /// A page of documents in the order the rows were created.
            public var list: String
            /// How many rows there are.
            public var count: String
            /// Stores the root row of a document.
            public var insert: String
            /// Stores each list of composed entities of a document in its child table.
            public var insertChildren: [String]
            /// Replaces the root row's columns and increments its version if it is at the expected one; returns the new
            /// version, no row when the id or the version does not match.
            public var update: String
            /// Removes a root's child rows, before `insertChildren` writes them anew.
            public var deleteChildren: [String]
            /// Removes the root row (its child rows go with it) if it is at the expected version; returns that version, no
            /// row when the id or the version does not match.
            public var delete: String

            public init(
                find: String, version: String, list: String, count: String, insert: String, insertChildren: [String], update: String,
                deleteChildren: [String], delete: String
            ) {
                self.find = find
                self.version = version
                self.list = list
                self.count = count
                self.insert = insert
                self.insertChildren = insertChildren
                self.update = update
                self.deleteChildren = deleteChildren
                self.delete = delete
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/TimeoutMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import OpenAPIRuntime

        /// Bounds each call to an upstream service by `timeout`, or by what is left of the deadline of the request being
        /// served when that is sooner, and tells the upstream how long it has (`X-Request-Timeout-Ms`). A call without an
        /// answer in time is `UpstreamUnavailable` (`.timedOut`); so is one whose deadline has already passed, unsent.
        public struct TimeoutMiddleware: ClientMiddleware {
            public let upstream: String
            public let timeout: Duration

            public init(upstream: String, timeout: Duration) {
                self.upstream = upstream
                self.timeout = timeout
            }

            public func intercept(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                let budget = RequestDeadline.current.map { min(timeout, ContinuousClock.now.duration(to: $0)) } ?? timeout
                let timedOut = UpstreamUnavailable(upstream: upstream, retryAfter: .seconds(1), reason: .timedOut)
                guard budget > .zero else { throw timedOut }
                var request = request
                request.headerFields[RequestDeadline.header] = String(max(budget.nanoseconds / 1_000_000, 1))
                let sent = request
                // The task group ends before this method returns, so `next` does not outlive the call.
                return try await withoutActuallyEscaping(next) { next in
                    try await withThrowingTaskGroup(of: (HTTPResponse, HTTPBody?)?.self) { group in
                        group.addTask { try await next(sent, body, baseURL) }
                        group.addTask {
                            try await Task.sleep(for: budget)
                            return nil
                        }
                        defer { group.cancelAll() }
                        guard let first = try await group.next(), let answer = first else { throw timedOut }
                        return answer
                    }
                }
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/UpstreamSettings.swift.mustache": #"""
        import Configuration
        import OpenAPIRuntime

        /// How a service calls one upstream service: the timeout of a call, its retries, and its circuit breaker. Read per
        /// upstream from the settings under its name: `<upstream>.timeout.ms` (`PAYMENT_TIMEOUT_MS`), `.attempts`,
        /// `.backoff.first.ms`, `.backoff.cap.ms`, `.breaker.failures`, `.breaker.cooldown.ms`.
        public struct UpstreamSettings: Sendable, Equatable {
            /// The longest a call waits for its answer.
            public var timeout: Duration
            /// How many times a call that can be repeated is tried in all.
            public var maxAttempts: Int
            /// The waits between tries: exponential, with full jitter.
            public var backoff: Backoff
            /// Failures in a row that open the circuit breaker.
            public var failureThreshold: Int
            /// How long an open breaker waits before it lets a trial call through.
            public var coolDown: Duration

            public init(
                timeout: Duration = .seconds(2), maxAttempts: Int = 3,
                backoff: Backoff = Backoff(first: .milliseconds(100), cap: .seconds(2), jitter: .full),
                failureThreshold: Int = 5, coolDown: Duration = .seconds(10)
            ) {
                self.timeout = timeout
                self.maxAttempts = maxAttempts
                self.backoff = backoff
                self.failureThreshold = failureThreshold
                self.coolDown = coolDown
            }

            /// Reads the settings of the upstream `upstream` from `config`; a value that is not a whole number above 0 is an
            /// error naming it.
            public init(reading config: ConfigReader, upstream: String) throws(SettingsError) {
                let defaults = UpstreamSettings()
                func milliseconds(_ key: String, _ value: Duration) throws(SettingsError) -> Duration {
                    .milliseconds(try config.positiveInteger(forKey: upstream + "." + key, default: Int(value.nanoseconds / 1_000_000)))
                }
                self.init(
                    timeout: try milliseconds("timeout.ms", defaults.timeout),
                    maxAttempts: try config.positiveInteger(forKey: upstream + ".attempts", default: defaults.maxAttempts),
                    backoff: Backoff(
                        first: try milliseconds("backoff.first.ms", defaults.backoff.first),
                        cap: try milliseconds("backoff.cap.ms", defaults.backoff.cap), jitter: .full),
                    failureThreshold: try config.positiveInteger(
                        forKey: upstream + ".breaker.failures", default: defaults.failureThreshold),
                    coolDown: try milliseconds("breaker.cooldown.ms", defaults.coolDown))
            }

            /// The client middlewares of a call to `upstream`, outermost first: retries around the breaker around the
            /// timeout of each try.
            public func middlewares(upstream: String, breaker: CircuitBreaker) -> [any ClientMiddleware] {
                [
                    RetryMiddleware(upstream: upstream, maxAttempts: maxAttempts, backoff: backoff),
                    CircuitBreakerMiddleware(breaker: breaker), TimeoutMiddleware(upstream: upstream, timeout: timeout),
                ]
            }
        }

        """#,
        "chassis/Sources/ServiceChassis/UpstreamUnavailable.swift.mustache": #"""
        /// A call to another service that did not get an answer: its circuit breaker is open, it timed out, or it failed
        /// after its retries. The handler answers `503` problem+json with `Retry-After` (`problem`, `retryAfterSeconds`).
        public struct UpstreamUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
            public enum Reason: Sendable, Equatable {
                /// The breaker is open: the upstream failed too often, and is left alone for a while.
                case circuitOpen
                /// No answer within the call's timeout (or what was left of the caller's deadline).
                case timedOut
                /// The upstream could not be reached, or answered that it cannot serve.
                case failed(String)
            }

            /// The upstream service's name.
            public var upstream: String
            /// When a retry may succeed.
            public var retryAfter: Duration
            public var reason: Reason

            public init(upstream: String, retryAfter: Duration, reason: Reason) {
                self.upstream = upstream
                self.retryAfter = retryAfter
                self.reason = reason
            }

            public var description: String {
                switch reason {
                case .circuitOpen: "The \(upstream) service is unavailable: its circuit breaker is open."
                case .timedOut: "The \(upstream) service did not answer in time."
                case .failed(let why): "The \(upstream) service failed: \(why)"
                }
            }

            /// `Retry-After` in whole seconds, at least 1.
            public var retryAfterSeconds: Int {
                max(Int(retryAfter.components.seconds) + (retryAfter.components.attoseconds > 0 ? 1 : 0), 1)
            }

            /// The `503` problem the caller's client gets.
            public var problem: ProblemDetails {
                ProblemDetails(title: "Service Unavailable", status: 503, detail: description)
            }
        }

        """#,
        "chassis/Tests/ServiceChassisTests/ChangeSetPostgresTests.swift.mustache": #"""
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

        """#,
        "chassis/Tests/ServiceChassisTests/EventPostgresTests.swift.mustache": #"""
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
                {{> service/partials/event-tables.sql.mustache}}
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

        """#,
        "chassis/Tests/ServiceChassisTests/EventTests.swift.mustache": #"""
        import Foundation
        import Logging
        import Testing

        @testable import ServiceChassis

        /// A receiver that answers from a script, recording what it was sent.
        actor ScriptedPublisher: EventPublisher {
            /// The answers, in turn; the last one repeats.
            var answers: [Delivery]
            private(set) var sent: [(id: String, destination: String)] = []

            init(_ answers: [Delivery] = [.delivered]) {
                self.answers = answers
            }

            func publish(_ event: DomainEvent, to destination: String) async -> Delivery {
                sent.append((event.id, destination))
                return answers.count > 1 ? answers.removeFirst() : answers[0]
            }

            func sentIDs() -> [String] { sent.map(\.id) }
        }

        /// A clock the tests move by hand.
        final class TestClock: @unchecked Sendable {
            private let lock = NSLock()
            private var time = Date(timeIntervalSince1970: 1_800_000_000)

            var now: Date { lock.withLock { time } }

            func advance(_ seconds: Double) {
                lock.withLock { time = time.addingTimeInterval(seconds) }
            }
        }

        struct Named: Codable, Equatable, Sendable {
            var name: String
        }

        @Suite struct OutboxTests {
            let store = InMemoryStore()
            let clock = TestClock()
            let routes = EventRoutes(destinations: ["shop.Named": ["http://a/events", "http://b/events"]])
            var outbox: Outbox { .inMemory(store, routes: routes) }
            var repository: InMemoryRepository<Named> { InMemoryRepository(store: store, table: "named") }

            func event(subject: String = "s1", name: String = "x") throws -> DomainEvent {
                try DomainEvent(type: "shop.Named", source: "/test", subject: subject, payload: Named(name: name), time: clock.now)
            }

            func relay(_ publisher: ScriptedPublisher, maxAge: Duration = .seconds(60)) -> OutboxRelay {
                let clock = clock
                return OutboxRelay(
                    outbox: outbox, publisher: publisher,
                    settings: RelaySettings(lease: .seconds(30), backoff: Backoff(first: .seconds(1), cap: .seconds(8)), maxAge: maxAge),
                    logger: Logger(label: "relay-tests"), now: { clock.now }, random: { 0.5 })
            }

            @Test func anEventIsWrittenWithTheChangeOneRowPerDestination() async throws {
                var changes = ChangeSet()
                try changes.add(.insert(Named(name: "x"), id: "1"), to: repository, named: "Named")
                changes.publish(try event(), to: outbox, now: clock.now)
                #expect(try await changes.commit() == .done(versions: [1, 1, 1]))
                let status = try await outbox.status(now: clock.now)
                #expect(status == OutboxStatus(pending: 2, lagSeconds: 0, deadLetters: 0))
            }

            @Test func anEventOfAChangeThatIsUndoneIsNeverWritten() async throws {
                var changes = ChangeSet()
                changes.publish(try event(), to: outbox, now: clock.now)
                try changes.add(.replace(Named(name: "y"), id: "missing", expectedVersion: nil), to: repository, named: "Named")
                guard case .failed = try await changes.commit() else {
                    Issue.record("a change of a missing resource was made")
                    return
                }
                #expect(try await outbox.status(now: clock.now).pending == 0)
            }

            @Test func aTypeNobodyReactsToWritesNoRow() async throws {
                var changes = ChangeSet()
                changes.publish(
                    try DomainEvent(type: "shop.Other", source: "/test", subject: "s", payload: Named(name: "x")), to: outbox)
                #expect(try await changes.commit() == .done(versions: []))
            }

            @Test func theRelayDeliversEachRowAndRemovesIt() async throws {
                var changes = ChangeSet()
                let sent = try event()
                changes.publish(sent, to: outbox, now: clock.now)
                _ = try await changes.commit()
                let publisher = ScriptedPublisher()
                #expect(try await relay(publisher).deliverDue() == 2)
                #expect(await publisher.sent.map(\.destination) == ["http://a/events", "http://b/events"])
                #expect(try await outbox.status(now: clock.now).pending == 0)
            }

            @Test func eventsAboutOneResourceAreDeliveredInOrderOthersDoNotWait() async throws {
                let single = EventRoutes(destinations: ["shop.Named": ["http://a/events"]])
                let outbox = Outbox.inMemory(store, routes: single)
                let first = try event(subject: "s1", name: "1"), second = try event(subject: "s1", name: "2")
                let other = try event(subject: "s2", name: "3")
                for event in [first, second, other] {
                    var changes = ChangeSet()
                    changes.publish(event, to: outbox, now: clock.now)
                    _ = try await changes.commit()
                }
                let publisher = ScriptedPublisher([.failed("down"), .delivered])
                let clock = clock
                let relay = OutboxRelay(
                    outbox: outbox, publisher: publisher, settings: RelaySettings(backoff: Backoff(first: .seconds(1))),
                    logger: Logger(label: "relay-tests"), now: { clock.now }, random: { 0 })
                try await relay.deliverDue()
                // The first failed: the second, about the same resource, waits for it; the third went.
                #expect(await publisher.sentIDs() == [first.id, other.id])
                try await relay.deliverDue()
                #expect(await publisher.sentIDs() == [first.id, other.id])
                clock.advance(1)
                try await relay.deliverDue()
                try await relay.deliverDue()
                #expect(await publisher.sentIDs() == [first.id, other.id, first.id, second.id])
            }

            @Test func failuresAreRetriedWithGrowingDelaysThenGivenUpAtTheMaximumAge() async throws {
                var changes = ChangeSet()
                let single = EventRoutes(destinations: ["shop.Named": ["http://a/events"]])
                let outbox = Outbox.inMemory(store, routes: single)
                changes.publish(try event(), to: outbox, now: clock.now)
                _ = try await changes.commit()
                let publisher = ScriptedPublisher([.failed("500 Internal Server Error")])
                let clock = clock
                let relay = OutboxRelay(
                    outbox: outbox, publisher: publisher,
                    settings: RelaySettings(backoff: Backoff(first: .seconds(1), cap: .seconds(8)), maxAge: .seconds(20)),
                    logger: Logger(label: "relay-tests"), now: { clock.now }, random: { 1 })
                var waits: [Double] = []
                var waited = 0.0
                while try await outbox.status(now: clock.now).deadLetters == 0 {
                    let before = await publisher.sent.count
                    try await relay.deliverDue()
                    if await publisher.sent.count > before {
                        waits.append(waited)
                        waited = 0
                    }
                    clock.advance(0.5)
                    waited += 0.5
                }
                // Sent at once, then after 1, 2, 4, 8 and 8 s (the cap); given up at the first failure past 20 s.
                #expect(waits == [0, 1, 2, 4, 8, 8])
                let letters = try await outbox.deadLetters(limit: 10, offset: 0)
                #expect(letters.count == 1)
                #expect(letters.first?.attempts == 6)
                #expect(letters.first?.reason.hasPrefix("failed for 23 s: 500") == true)
                #expect(try await outbox.status(now: clock.now).pending == 0)
            }

            @Test func aRefusedEventIsADeadLetterAtOnceAndCanBeReplayed() async throws {
                var changes = ChangeSet()
                let single = EventRoutes(destinations: ["shop.Named": ["http://a/events"]])
                let outbox = Outbox.inMemory(store, routes: single)
                let refused = try event()
                changes.publish(refused, to: outbox, now: clock.now)
                _ = try await changes.commit()
                let publisher = ScriptedPublisher([.refused("400 Bad Request"), .delivered])
                let clock = clock
                let relay = OutboxRelay(
                    outbox: outbox, publisher: publisher, settings: RelaySettings(), logger: Logger(label: "relay-tests"),
                    now: { clock.now })
                try await relay.deliverDue()
                #expect(try await outbox.status(now: clock.now) == OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 1))
                #expect(try await outbox.deadLetters(limit: 10, offset: 0).map(\.reason) == ["refused: 400 Bad Request"])
                #expect(try await outbox.replay(eventID: refused.id, destination: "http://a/events", now: clock.now))
                #expect(try await !outbox.replay(eventID: refused.id, destination: "http://a/events", now: clock.now))
                try await relay.deliverDue()
                #expect(await publisher.sentIDs() == [refused.id, refused.id])
                #expect(try await outbox.status(now: clock.now) == OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 0))
            }

            @Test func aTakenRowIsHiddenForTheLeaseThenSentAgain() async throws {
                var changes = ChangeSet()
                changes.publish(try event(), to: outbox, now: clock.now)
                _ = try await changes.commit()
                // A relay that took the rows and died before marking them.
                #expect(try await outbox.take(now: clock.now, lease: .seconds(30), limit: 10).count == 2)
                #expect(try await outbox.take(now: clock.now, lease: .seconds(30), limit: 10).isEmpty)
                clock.advance(10)
                #expect(try await outbox.status(now: clock.now).lagSeconds == 10)
                clock.advance(20)
                #expect(try await outbox.take(now: clock.now, lease: .seconds(30), limit: 10).count == 2)
            }
        }

        @Suite struct InboxTests {
            @Test func anEventRecordedWithItsEffectIsRecognisedAsARepeat() async throws {
                let store = InMemoryStore()
                let inbox = Inbox.inMemory(store)
                let repository = InMemoryRepository<Named>(store: store, table: "named")
                let event = try DomainEvent(type: "shop.Named", source: "/test", subject: "s", payload: Named(name: "x"))
                #expect(try await !inbox.contains(event))
                for (attempt, id) in ["1", "2"].enumerated() {
                    var changes = ChangeSet()
                    changes.record(event, in: inbox)
                    try changes.add(.insert(Named(name: "x"), id: id), to: repository, named: "Named")
                    let outcome = try await changes.commit()
                    if attempt == 0 {
                        #expect(outcome == .done(versions: [1, 1]))
                    } else {
                        #expect(outcome == .failed(ChangeFailure(index: 0, resource: "event", id: event.id, outcome: .stale(current: 1))))
                    }
                }
                #expect(try await inbox.contains(event))
                #expect(await repository.list(limit: 10, offset: 0).total == 1)
            }

            @Test func aRecordUndoneWithItsEffectLeavesTheEventNew() async throws {
                let store = InMemoryStore()
                let inbox = Inbox.inMemory(store)
                let repository = InMemoryRepository<Named>(store: store, table: "named")
                let event = try DomainEvent(type: "shop.Named", source: "/test", subject: "s", payload: Named(name: "x"))
                var changes = ChangeSet()
                changes.record(event, in: inbox)
                try changes.add(.replace(Named(name: "x"), id: "missing", expectedVersion: nil), to: repository, named: "Named")
                _ = try await changes.commit()
                #expect(try await !inbox.contains(event))
            }
        }

        @Suite struct EventSettingsTests {
            @Test func eventsGoToTheReactingServicesUnlessASinkTakesThemAll() throws {
                let subscribers = ["shop.ProductCreated": ["stock-item", "search"]]
                let local = ServiceSettings.reader(
                    arguments: ["service"], environment: ["STOCK_ITEM_URL": "http://127.0.0.1:9001"])
                #expect(
                    try EventSettings(reading: local, services: ["stock-item", "search"]).routes(subscribers: subscribers)
                        == EventRoutes(destinations: [
                            "shop.ProductCreated": ["http://127.0.0.1:9001/events", "http://search:8080/events"]
                        ]))
                let broker = ServiceSettings.reader(
                    arguments: ["service"], environment: ["K_SINK": "http://broker-ingress/shop/default"])
                #expect(
                    try EventSettings(reading: broker, services: ["stock-item"]).routes(subscribers: subscribers)
                        == EventRoutes(destinations: ["shop.ProductCreated": ["http://broker-ingress/shop/default"]]))
            }

            @Test func anUnusableRelaySettingIsAnErrorNamingIt() {
                let config = ServiceSettings.reader(arguments: ["service"], environment: ["RELAY_MAX_AGE_S": "soon"])
                #expect(throws: SettingsError(setting: "RELAY_MAX_AGE_S", value: "soon", expected: "a whole number above 0")) {
                    try RelaySettings(reading: config)
                }
            }

            @Test func theBackoffDoublesUpToItsCapWithHalfOfItRandom() {
                let backoff = Backoff(first: .seconds(1), cap: .seconds(8))
                #expect((1...6).map { backoff.delay(afterFailures: $0, random: { 1 }) } == [1, 2, 4, 8, 8, 8].map { .seconds($0) })
                #expect(backoff.delay(afterFailures: 3, random: { 0 }) == .seconds(2))
            }

            @Test func theHeadersAreCloudEventsBinaryMode() throws {
                let event = DomainEvent(
                    id: "e1", type: "shop.Named", source: "/test", subject: "s", time: Date(timeIntervalSince1970: 0),
                    data: Data("{}".utf8))
                #expect(event.headers.map(\.name) == ["ce-specversion", "ce-id", "ce-source", "ce-type", "ce-subject", "ce-time", "content-type"])
                #expect(event.headers.first { $0.name == "ce-time" }?.value == "1970-01-01T00:00:00.000Z")
            }
        }

        """#,
        "chassis/Tests/ServiceChassisTests/MigrationRunnerTests.swift.mustache": #"""
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

        """#,
        "chassis/Tests/ServiceChassisTests/ResilienceTests.swift.mustache": #"""
        import Configuration
        import Foundation
        import HTTPTypes
        import OpenAPIRuntime
        import Testing

        @testable import ServiceChassis

        /// An upstream that answers from a script, counting the calls and keeping the headers it was sent.
        actor ScriptedUpstream {
            enum Answer: Sendable {
                case status(Int)
                case failure
                case slow(Duration)
            }

            struct Unreachable: Error {}

            private var answers: [Answer]
            private(set) var calls = 0
            private(set) var headers: [HTTPFields] = []

            init(_ answers: [Answer]) {
                self.answers = answers
            }

            func answer(_ request: HTTPRequest) async throws -> (HTTPResponse, HTTPBody?) {
                calls += 1
                headers.append(request.headerFields)
                let answer = answers.count > 1 ? answers.removeFirst() : answers[0]
                switch answer {
                case .status(let code): return (HTTPResponse(status: .init(code: code)), nil)
                case .failure: throw Unreachable()
                case .slow(let delay):
                    try await Task.sleep(for: delay)
                    return (HTTPResponse(status: .ok), nil)
                }
            }
        }

        /// Records the waits a retry asked for instead of waiting them.
        actor Waits {
            private(set) var all: [Duration] = []
            func add(_ wait: Duration) { all.append(wait) }
        }

        @Suite struct ResilienceTests {
            let url = URL(string: "http://payment:8080")!

            func call(
                _ middleware: some ClientMiddleware, _ upstream: ScriptedUpstream, method: HTTPRequest.Method = .get,
                headers: HTTPFields = [:], body: HTTPBody? = nil
            ) async throws -> HTTPResponse {
                let request = HTTPRequest(method: method, scheme: "http", authority: "payment", path: "/payments", headerFields: headers)
                return try await middleware.intercept(request, body: body, baseURL: url, operationID: "op") { request, _, _ in
                    try await upstream.answer(request)
                }.0
            }

            func retry(_ waits: Waits, attempts: Int = 3) -> RetryMiddleware {
                RetryMiddleware(
                    upstream: "payment", maxAttempts: attempts, backoff: Backoff(first: .milliseconds(100), cap: .seconds(1), jitter: .full),
                    random: { 1 }, sleep: { await waits.add($0) })
            }

            @Test func fullJitterDrawsFromNothingToTheDoubledCeiling() {
                let backoff = Backoff(first: .milliseconds(100), cap: .milliseconds(300), jitter: .full)
                #expect((1...4).map { backoff.delay(afterFailures: $0, random: { 1 }) } == [100, 200, 300, 300].map { .milliseconds($0) })
                #expect(backoff.delay(afterFailures: 2, random: { 0 }) == .zero)
            }

            @Test func anIdempotentCallIsRetriedWithGrowingWaitsUntilItSucceeds() async throws {
                let upstream = ScriptedUpstream([.status(503), .failure, .status(200)])
                let waits = Waits()
                #expect(try await call(retry(waits), upstream).status == .ok)
                #expect(await upstream.calls == 3)
                #expect(await waits.all == [.milliseconds(100), .milliseconds(200)])
            }

            @Test func aCommandIsRetriedOnlyWithAnIdempotencyKey() async throws {
                let waits = Waits()
                let plain = ScriptedUpstream([.status(503), .status(200)])
                #expect(try await call(retry(waits), plain, method: .post).status == .serviceUnavailable)
                #expect(await plain.calls == 1)
                let keyed = ScriptedUpstream([.status(503), .status(200)])
                let key: HTTPFields = [RetryMiddleware.idempotencyKey: "order-1-reserve"]
                #expect(try await call(retry(waits), keyed, method: .post, headers: key).status == .ok)
                #expect(await keyed.calls == 2)
            }

            @Test func retriesStopAtTheLastAttemptAndAtAnAnswerARetryCannotMend() async throws {
                let waits = Waits()
                let down = ScriptedUpstream([.status(503)])
                #expect(try await call(retry(waits, attempts: 3), down).status == .serviceUnavailable)
                #expect(await down.calls == 3)
                let refusing = ScriptedUpstream([.status(400), .status(200)])
                #expect(try await call(retry(waits), refusing).status == .badRequest)
                #expect(await refusing.calls == 1)
                let once = ScriptedUpstream([.status(503), .status(200)])
                let single = HTTPBody([UInt8]("{}".utf8), length: .known(2), iterationBehavior: .single)
                #expect(try await call(retry(waits), once, method: .put, body: single).status == .serviceUnavailable, "a body that cannot be sent twice")
            }

            @Test func aCallWithoutAnAnswerInTimeTimesOutAndTellsTheUpstreamItsBudget() async throws {
                let slow = ScriptedUpstream([.slow(.seconds(5))])
                let timeout = TimeoutMiddleware(upstream: "payment", timeout: .milliseconds(50))
                let started = ContinuousClock.now
                await #expect(throws: UpstreamUnavailable(upstream: "payment", retryAfter: .seconds(1), reason: .timedOut)) {
                    _ = try await call(timeout, slow)
                }
                #expect(started.duration(to: .now) < .seconds(2))
                let budget = try #require(await slow.headers.first?[RequestDeadline.header]).flatMap { Int($0) }
                #expect(budget == 50)
            }

            @Test func theDeadlineOfTheRequestBeingServedShortensTheCall() async throws {
                let upstream = ScriptedUpstream([.status(200)])
                let timeout = TimeoutMiddleware(upstream: "payment", timeout: .seconds(10))
                try await RequestDeadline.$current.withValue(ContinuousClock.now.advanced(by: .milliseconds(300))) {
                    _ = try await call(timeout, upstream)
                }
                let budget = try #require(await upstream.headers.first?[RequestDeadline.header].flatMap { Int($0) })
                #expect(budget > 0 && budget <= 300)
                let never = ScriptedUpstream([.status(200)])
                await #expect(throws: UpstreamUnavailable.self) {
                    try await RequestDeadline.$current.withValue(ContinuousClock.now.advanced(by: .milliseconds(-1))) {
                        _ = try await call(timeout, never)
                    }
                }
                #expect(await never.calls == 0, "a call past its deadline is not sent")
            }

            @Test func theServerTakesItsDeadlineFromTheHeader() async throws {
                let request = HTTPRequest(
                    method: .get, scheme: nil, authority: nil, path: "/", headerFields: [RequestDeadline.header: "250"])
                let seen = try await DeadlineMiddleware().intercept(
                    request, body: nil, metadata: ServerRequestMetadata(), operationID: "op"
                ) { _, _, _ in
                    let left = RequestDeadline.current.map { ContinuousClock.now.duration(to: $0) } ?? .zero
                    return (HTTPResponse(status: left > .zero && left <= .milliseconds(250) ? .ok : .badRequest), nil)
                }
                #expect(seen.0.status == .ok)
            }

            @Test func theBreakerOpensAfterFailuresInARowFailsFastThenTriesOneCall() async throws {
                let breaker = CircuitBreaker(upstream: "payment", failureThreshold: 2, coolDown: .milliseconds(100))
                let middleware = CircuitBreakerMiddleware(breaker: breaker)
                let down = ScriptedUpstream([.status(500), .failure, .status(200)])
                #expect(try await call(middleware, down).status == .internalServerError)
                await #expect(throws: ScriptedUpstream.Unreachable.self) { _ = try await call(middleware, down) }
                let started = ContinuousClock.now
                do {
                    _ = try await call(middleware, down)
                    Issue.record("an open breaker let a call through")
                } catch let error as UpstreamUnavailable {
                    #expect(error.reason == .circuitOpen)
                    #expect(error.retryAfter <= .milliseconds(100))
                    #expect(error.problem.status == 503)
                    #expect(error.retryAfterSeconds == 1)
                }
                #expect(started.duration(to: .now) < .milliseconds(50), "failing fast")
                #expect(await down.calls == 2)
                try await Task.sleep(for: .milliseconds(120))
                #expect(try await call(middleware, down).status == .ok, "the trial call after the cool-down")
                #expect(await breaker.state == .closed(failures: 0))
            }

            @Test func aFailedTrialCallOpensTheBreakerAgainAndOnlyOneTrialGoesOut() async throws {
                let breaker = CircuitBreaker(upstream: "payment", failureThreshold: 1, coolDown: .milliseconds(50))
                await breaker.record(success: false)
                try await Task.sleep(for: .milliseconds(60))
                try await breaker.acquire()
                await #expect(throws: UpstreamUnavailable.self) { try await breaker.acquire() }
                await breaker.record(success: false)
                guard case .open = await breaker.state else {
                    Issue.record("a failed trial left the breaker \(await breaker.state)")
                    return
                }
            }

            @Test func aStoppedUpstreamIsRefusedFastOnceItsBreakerIsOpen() async throws {
                let settings = UpstreamSettings(
                    timeout: .milliseconds(200), maxAttempts: 2, backoff: Backoff(first: .milliseconds(1), cap: .milliseconds(1), jitter: .full),
                    failureThreshold: 2, coolDown: .seconds(30))
                let breaker = CircuitBreaker(upstream: "payment", failureThreshold: settings.failureThreshold, coolDown: settings.coolDown)
                let stack = settings.middlewares(upstream: "payment", breaker: breaker)
                let down = ScriptedUpstream([.failure])
                func callThroughStack() async throws {
                    let request = HTTPRequest(method: .get, scheme: "http", authority: "payment", path: "/payments")
                    var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, _, _ in
                        try await down.answer(request)
                    }
                    for middleware in stack.reversed() {
                        let inner = next
                        next = { request, body, url in
                            try await middleware.intercept(request, body: body, baseURL: url, operationID: "op", next: inner)
                        }
                    }
                    _ = try await next(request, nil, url)
                }
                await #expect(throws: (any Error).self) { try await callThroughStack() }
                #expect(await down.calls == 2, "two tries, and the breaker opens")
                let started = ContinuousClock.now
                await #expect(throws: UpstreamUnavailable.self) { try await callThroughStack() }
                #expect(started.duration(to: .now) < .milliseconds(100))
                #expect(await down.calls == 2, "no call reaches a stopped upstream while the breaker is open")
            }

            @Test func upstreamSettingsAreReadUnderTheUpstreamsName() throws {
                let config = ServiceSettings.reader(
                    arguments: ["service"], environment: ["PAYMENT_TIMEOUT_MS": "500", "PAYMENT_BREAKER_FAILURES": "3"])
                let settings = try UpstreamSettings(reading: config, upstream: "payment")
                #expect(settings.timeout == .milliseconds(500))
                #expect(settings.failureThreshold == 3)
                #expect(settings.maxAttempts == 3)
                let bad = ServiceSettings.reader(arguments: ["service"], environment: ["PAYMENT_ATTEMPTS": "many"])
                #expect(throws: SettingsError(setting: "PAYMENT_ATTEMPTS", value: "many", expected: "a whole number above 0")) {
                    try UpstreamSettings(reading: bad, upstream: "payment")
                }
            }
        }

        """#,
        "chassis/Tests/ServiceChassisTests/ServiceChassisTests.swift.mustache": #"""
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

        """#,
        "service/common/.gitignore.mustache": #"""
        {{! .gitignore of one generated service package: build output and local state stay out of git. }}
        # {{packageName}}: build output and local state stay out of git.
        .build/
        .swiftpm/
        # Package.resolved is left out on purpose: resolve against your own package mirror or registry.
        Package.resolved
        /*.xcodeproj
        xcuserdata/
        DerivedData/
        .netrc
        .env
        .DS_Store

        """#,
        "service/common/.hadolint.yaml.mustache": #"""
        # Debian/Ubuntu package versions are not pinned: the base image's release pins them closely enough.
        ignored:
          - DL3008

        """#,
        "service/common/Dockerfile.dockerignore.mustache": #"""
        {{! Docker's ignore file for {{folder}}/Dockerfile (BuildKit reads <Dockerfile>.dockerignore beside it): the context is the workspace root, so send only the chassis and this service, without build output or local state. }}
        # {{packageName}}: the build context is the workspace root; only the chassis and this service go into it.
        *
        !chassis
        !{{folder}}
        **/.build
        **/.swiftpm
        **/Package.resolved
        **/.env
        **/.DS_Store
        **/xcuserdata
        **/DerivedData
        **/.netrc
        {{folder}}/Dockerfile
        {{folder}}/Dockerfile.dockerignore

        """#,
        "service/common/Dockerfile.mustache": #"""
        # {{title}}: built with the Swift toolchain, run on a slim Ubuntu with a static Swift standard library.
        # The build context is the workspace root (the service depends on ../../chassis):
        #   docker build -f {{folder}}/Dockerfile -t {{serviceName}} .
        FROM swift:6.2-noble AS build
        WORKDIR /build
        # Tests/ too: SwiftPM rejects a manifest whose declared test target has no folder.
        COPY chassis ./chassis
        COPY {{folder}}/Package.swift ./{{folder}}/
        COPY {{folder}}/Sources ./{{folder}}/Sources
        COPY {{folder}}/Tests ./{{folder}}/Tests
        WORKDIR /build/{{folder}}
        RUN swift build -c release --static-swift-stdlib --product {{executableName}} \
            && cp "$(swift build -c release --show-bin-path)/{{executableName}}" /build/service \
            && cp -R "$(swift build -c release --show-bin-path)/{{resourceBundle}}" /build/

        FROM ubuntu:noble
        RUN apt-get update \
            && apt-get install -y --no-install-recommends ca-certificates curl tzdata \
            && rm -rf /var/lib/apt/lists/*
        RUN useradd --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin service
        WORKDIR /app
        COPY --from=build /build/service /app/service
        # The migrations travel as the executable's resource bundle, found next to it.
        COPY --from=build /build/{{resourceBundle}} /app/{{resourceBundle}}
        USER 10001:10001
        ENV HTTP_HOST=0.0.0.0 HTTP_PORT={{port}}
        EXPOSE {{port}}
        HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
            CMD ["curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:{{port}}/health"]
        ENTRYPOINT ["/app/service"]

        """#,
        "service/common/README.md.mustache": #"""
        # {{title}}

        The **{{{contextName}}}** bounded context as a service. {{{summary}}}
        {{#docLines}}

        {{{.}}}
        {{/docLines}}

        It is contract-first: `Sources/{{apiModule}}/openapi.yaml` (OpenAPI 3.1) is the contract, and
        swift-openapi-generator's build plugin turns it into the `APIProtocol` that `Sources/{{appModule}}/ServiceAPI.swift`
        implements; {{frameworkTitle}} serves it. Change the contract first, then the handlers the compiler asks for.

        ## Endpoints

        - `GET /health` — liveness and readiness.
        {{#resources}}
        - `{{path}}` — list (`?limit=1…100&offset=0…`) and create {{{nameMarkdown}}}; `{{itemPath}}` — read, replace, delete.
        {{#operations}}
          - `{{method}} {{path}}` ({{status}}) — {{{nameMarkdown}}}{{#others}}; in the same transaction, {{#creates}}creates {{{nameWithArticleMarkdown}}} from `{{property}}`{{/creates}}{{#changes}}writes {{{writesMarkdown}}} of the {{{nameMarkdown}}} whose id `{{property}}.id` names{{/changes}}{{/others}}{{#hasWritesOtherResources}}; not yet done here: it also writes {{{writesOtherResources}}}{{/hasWritesOtherResources}}{{#hasWritesElsewhere}}; left to other services (the step that events or a saga will carry): {{{writesElsewhere}}}{{/hasWritesElsewhere}}{{#includes}}; with the {{{nameMarkdown}}} resources its items reference (`{{property}}`){{/includes}}{{#hasReadsElsewhere}}; read in other services (their APIs answer it): {{{readsElsewhere}}}{{/hasReadsElsewhere}}
        {{/operations}}
        {{/resources}}

        A command writes what the model says it writes of its resource, in one transaction, and answers with the resource
        as it is now: a command that makes a new resource is a `POST` on the collection (`201` with `Location`), the others
        a `POST` on the item whose body holds the fields they write (`202`). When it writes other resources of this service
        too, its body names them (a new one as its fields, an existing one as its `id` and the fields written), and every
        write is made in the same transaction or none is (the chassis's `ChangeSet`): `404` when a named resource does not
        exist, `409` when it changed while the command ran. What a use case writes in another context is not faked here:
        it is listed above and in the operation's OpenAPI description as the step events or a saga will carry.

        Errors are `application/problem+json`: 400 for requests that break the contract (malformed JSON, missing fields,
        unknown enum values, paging out of bounds, a field that is not the UUID, date, email address or URI the contract
        says, or an integer too large for its column: `FieldRule+Contract.swift` lists those checks and the detail names each
        field), 404 for unknown ids and paths, 409 for a taken `unique` value, 412 for
        a stale `If-Match`, 415 for bodies that are not `application/json`, 500 when the service fails (the cause is logged, not sent). A create answers `201` with a
        `Location` header holding the new resource's path.

        ## Events

        `asyncapi.yaml` (AsyncAPI 3.0) describes the domain events of this context: one channel per event, addressed by its
        CloudEvents type, each message a CloudEvents 1.0 event over HTTP in binary mode (the envelope in the `ce-` headers,
        the event's fields as the JSON body).
        {{#hasEvents}}

        {{#publishedEvents}}
        - publishes **{{{nameMarkdown}}}** when {{{useCasesMarkdown}}} runs
        {{/publishedEvents}}
        {{#handledEvents}}
        - reacts to **{{{nameMarkdown}}}** with {{{useCasesMarkdown}}}
        {{/handledEvents}}
        {{/hasEvents}}
        {{#publishesEvents}}

        **Publishing.** A command writes the events it publishes into the outbox (the table `event_outbox`) in the
        transaction of its change: no change without its event, no event for a change that was undone. The relay sends them
        as CloudEvents over HTTP, in order per resource, to {{{subscriberServicesMarkdown}}}. A failed delivery is retried
        after about 1 s, 2 s, 4 s and so on up to 5 minutes (half of each wait is random); one refused by its receiver (a
        4xx answer) or still failing after an hour goes to the dead letters (`event_dead_letter`).
        {{#unfilledFields}}
        - {{{useCaseMarkdown}}} sends **{{{eventMarkdown}}}** without {{{fieldsMarkdown}}}: the command does not hold them, so
          the contract makes them optional. Fill them in `ServiceAPI.swift` where it publishes the event.
        {{/unfilledFields}}

        ```sh
        curl http://127.0.0.1:{{port}}/events/outbox         # deliveries waiting, the relay's lag, dead letters
        curl http://127.0.0.1:{{port}}/events/dead-letters   # what was given up, and why
        curl -i -H 'Content-Type: application/json' -d '{"eventId":"<id>","destination":"<url>"}' \
            http://127.0.0.1:{{port}}/events/dead-letters/replay    # send one again
        ```

        | Setting | Default | Meaning |
        |---|---|---|
        | `K_SINK` | (none) | One broker URL for every event (Knative Eventing's broker, Dapr's pub/sub): no code changes |
        | `<SERVICE>_URL` | `http://<service>:8080` | A subscriber's base URL (`STOCK_ITEM_URL`); events go to its `/events` |
        | `RELAY_POLL_MS` | 500 | The pause between two looks at an empty outbox |
        | `RELAY_LEASE_MS` | 30000 | How long a taken event is hidden from other relays; a relay that dies after sending leaves it to be sent again |
        | `RELAY_TIMEOUT_MS` | 10000 | How long a receiver has to answer |
        | `RELAY_BACKOFF_FIRST_MS`, `RELAY_BACKOFF_CAP_MS` | 1000, 300000 | The first retry delay and the longest |
        | `RELAY_MAX_AGE_S` | 3600 | How long an event is retried before it is dead-lettered |
        {{/publishesEvents}}
        {{#handlesEvents}}

        **Reacting.** `POST /events` receives them. Each event is recorded in the inbox (`event_inbox`) in the transaction of
        its effect, so a repeated delivery is acknowledged (`204`) and changes nothing; an unknown type or malformed data is a
        `400` problem, which the sender dead-letters.

        {{#readmeReactions}}
        - **{{{eventMarkdown}}}** → {{{useCaseMarkdown}}}: {{{effectMarkdown}}}
        {{/readmeReactions}}
        {{/handlesEvents}}
        {{^hasEvents}}

        The model gives this context no event to publish and none to react to.
        {{/hasEvents}}

        ## The chassis

        The code every service of the system shares lives once, in the local package `../../chassis` (`ServiceChassis`),
        which this package depends on by path: settings (`ServiceSettings`), the lifecycle (`ServiceHost`, a
        `ServiceGroup` that shuts down gracefully on SIGTERM and SIGINT), problem+json errors (`ProblemDetails`), request
        ids (`RequestID`), paging (`Paging`), repositories (`Repository`, `InMemoryRepository`, `PostgresRepository`) and
        migrations (`MigrationRunner`). Only the HTTP layer here is {{frameworkTitle}}'s.

        ## Data

        Resources are kept in the repositories `ServiceAPI` is given at start-up: `PostgresRepository` by default, one per
        resource, in this service's own PostgreSQL database; `InMemoryRepository` with `STORAGE=memory` (empty after each
        restart); the tests give it their own, for instance one that fails.

        `Sources/{{appModule}}/Migrations/0001_create_tables.sql` creates the tables from the model: one per resource,
        with a `version` column, one child table per list of composed entities (foreign key to the root, `ON DELETE
        CASCADE`, kept in order by `position`), value objects as columns, nested values as `jsonb`, enums as text with a
        `CHECK`, `unique` fields as `UNIQUE`; a reference to another context is a plain id without a foreign key. The
        service applies the migrations it has not applied yet at start-up, each in a transaction, under an advisory lock,
        and records them in `schema_migrations`. Never edit an applied migration (the service refuses to start and says
        which one changed): add `0002_….sql`. `Storage+Tables.swift` holds the SQL that reads and writes each resource.

        A value the database cannot take (an id that is not a UUID) is a `400`; a `unique` value that another resource
        holds already is a `409`.

        Every response that holds a resource carries its version as an `ETag` (`"1"` when created, one more with every
        change). Send it back as `If-Match` on a replace, a delete or a command, and the change is made only if nobody
        changed the resource since you read it; otherwise the answer is `412` and you read it again:

        ```sh
        curl -i http://127.0.0.1:{{port}}/<resource>/<id>                        # ETag: "1"
        curl -i -X PUT -H 'If-Match: "1"' -H 'Content-Type: application/json' … # 200, ETag: "2"; again: 412
        ```

        ## Build, test, run

        From this folder (the first build compiles {{frameworkTitle}} and its dependencies: {{firstBuildTime}} on 2
        cores):

        ```sh
        swift build
        swift test
        STORAGE=memory HTTP_HOST=127.0.0.1 HTTP_PORT={{port}} swift run {{executableName}}
        curl http://127.0.0.1:{{port}}/health
        {{#firstResource}}
        curl -i -X POST http://127.0.0.1:{{port}}{{path}} -H 'Content-Type: application/json' -d {{{sampleJSONShell}}}
        {{/firstResource}}
        ```

        To build every service of the system at once, with their dependencies compiled once, use the root package
        `services/Package.swift` (see the workspace README).

        Configuration, from the command line, then the environment, then the defaults: `--http-host` / `HTTP_HOST`
        (default `0.0.0.0`), `--http-port` / `HTTP_PORT` (default `{{port}}`), `--log-level` / `LOG_LEVEL` (default `info`),
        `--storage` / `STORAGE` (`postgres`, the default, or `memory`), and for PostgreSQL either `DATABASE_URL`
        (`postgres://{{databaseName}}:PASSWORD@HOST:5432/{{databaseName}}?sslmode=require`) or `POSTGRES_HOST` (default
        `127.0.0.1`), `POSTGRES_PORT` (5432), `POSTGRES_USER` and `POSTGRES_DATABASE` (both `{{databaseName}}`),
        `POSTGRES_PASSWORD`, `POSTGRES_TLS` (`disable`, `prefer`, `require`).
        A value that cannot be used (a port that is not a number) stops the service with a message naming the setting.
        SIGTERM and SIGINT shut the service down gracefully: it stops accepting connections and finishes the requests in
        flight. Every log line of a request carries its `request_id` (the client's `X-Request-ID` when it is a plausible
        id, or a new one, echoed in the response).

        ## Container

        The image is built from the workspace root, since the service needs the chassis:

        ```sh
        docker build -f {{folder}}/Dockerfile -t {{serviceName}} .
        docker run --rm -p {{port}}:{{port}} {{serviceName}}
        ```

        The image runs as the numeric user 10001 and checks `/health` itself.

        """#,
        "service/common/Sources/API/API.swift.mustache": #"""
        // {{apiModule}}: the code generated from openapi.yaml by swift-openapi-generator's build plugin lives in this
        // module. This file is here because a Swift target needs at least one source file of its own.

        """#,
        "service/common/Sources/API/openapi-generator-config.yaml.mustache": #"""
        generate:
          - types
          - server
        accessModifier: package
        namingStrategy: idiomatic

        """#,
        "service/common/Sources/API/openapi.yaml.mustache": #"""
        {{{openapi}}}
        """#,
        "service/common/Sources/App/FieldRule+Contract.swift.mustache": #"""
        import ServiceChassis

        /// The limits of the {{title}}'s contract that the generated code does not check (formats of strings, integers
        /// that must fit a 32-bit column), per request body: the handlers answer `400` naming each field that breaks one.
        extension FieldRule {
        {{#resources}}
            /// A body that creates or replaces a {{{nameComment}}} resource.
            static let {{variable}}Input: [FieldRule] = [{{#inputRules}}
                {{{.}}},{{/inputRules}}
            ]
        {{#operations}}
        {{#hasBody}}
            /// The body of {{{nameComment}}}'s command {{swiftName}}.
            static let {{swiftName}}Body: [FieldRule] = [{{#bodyRules}}
                {{{.}}},{{/bodyRules}}
            ]
        {{/hasBody}}
        {{/operations}}
        {{/resources}}
        }

        """#,
        "service/common/Sources/App/Migrations/0001_create_tables.sql.mustache": #"""
        {{{createTablesSQL}}}
        """#,
        "service/common/Sources/App/Migrations/0002_create_event_tables.sql.mustache": #"""
        -- Migration 2 of the {{title}}: the tables of its events, the same in every service of the system.
        -- Generated by decompose scaffold. Never edit an applied migration: add the next one.

        {{> service/partials/event-tables.sql.mustache}}

        """#,
        "service/common/Sources/App/Problem.swift.mustache": #"""
        import ServiceChassis
        import {{apiModule}}

        extension Components.Schemas.Problem {
            /// The contract's problem schema holding the chassis's problem.
            init(_ problem: ProblemDetails) {
                self.init(
                    _type: problem.type, title: problem.title, status: problem.status, detail: problem.detail,
                    instance: problem.instance)
            }
        }

        """#,
        "service/common/Sources/App/ProblemMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import Logging
        import OpenAPIRuntime
        import ServiceChassis

        /// Answers requests the generated code cannot decode (malformed JSON, a missing field, an unknown enum case, a
        /// wrong content type, a bad query value) with a `400`/`415` `application/problem+json` body instead of an
        /// empty `500`; values the database refuses with `400` (a malformed id or date) or `409` (a unique value taken); and
        /// failures of the service itself (a repository that cannot reach its store) with a problem `500` whose cause is
        /// logged, not sent.
        struct ProblemMiddleware: ServerMiddleware {
            /// Where the causes of `500`s go.
            var logger: Logger

            func intercept(
                _ request: HTTPRequest,
                body: HTTPBody?,
                metadata: ServerRequestMetadata,
                operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                do {
                    return try await next(request, body, metadata)
                } catch let error as ServerError {
                    var status = error.httpStatus
                    var detail = error.causeDescription
                    if status == .internalServerError, error.underlyingError is DecodingError {
                        status = .badRequest
                    }
                    switch error.underlyingError as? RepositoryError {
                    case .invalidValue(let message)?:
                        status = .badRequest
                        detail = "The request holds a value that cannot be stored: \(message)"
                    case .conflict(let message)?:
                        status = .conflict
                        detail = message
                    default:
                        break
                    }
                    if status == .internalServerError {
                        var metadata: Logger.Metadata = ["operation": .string(operationID)]
                        if let id = request.headerFields[HTTPField.Name(RequestID.header)!] {
                            metadata[RequestID.metadataKey] = .string(RequestID.accept(id))
                        }
                        logger.error("\(operationID) failed: \(error.underlyingError)", metadata: metadata)
                        detail = "The service failed."
                    }
                    return try Self.response(status: status, detail: detail, instance: request.path)
                }
            }

            /// A problem+json response.
            static func response(
                status: HTTPResponse.Status,
                detail: String,
                instance: String?
            ) throws -> (HTTPResponse, HTTPBody?) {
                let problem = ProblemDetails(title: status.reasonPhrase, status: status.code, detail: detail, instance: instance)
                var response = HTTPResponse(status: status)
                response.headerFields[.contentType] = ProblemDetails.mediaType
                return (response, HTTPBody(try problem.encoded()))
            }
        }

        """#,
        "service/common/Sources/App/ServiceAPI+Events.swift.mustache": #"""
        {{#hasEventCode}}
        import Foundation
        import Logging
        import ServiceChassis
        import {{apiModule}}

        /// The {{title}}'s domain events, as `asyncapi.yaml` describes them: the outbox its commands publish
        /// into and the relay that delivers it, and the handler of the events it reacts to.
        extension ServiceAPI {
        {{#publishesEvents}}
            /// The services reacting to each event this service publishes, by CloudEvents type: where the relay sends them
            /// (unless `K_SINK` names a broker for all).
            static let subscribers: [String: [String]] = [{{^hasSubscribers}}:{{/hasSubscribers}}{{#subscribers}}
                {{{typeLiteral}}}: [{{{servicesLiteral}}}],{{/subscribers}}
            ]

            /// The services this one sends events to, whose URLs its settings may give (`STOCK_ITEM_URL`).
            static let subscriberServices: [String] = [{{{subscriberServicesLiteral}}}]

            /// The relay delivering the outbox as CloudEvents over HTTP, retrying as `settings` say.
            func relay(settings: RelaySettings, logger: Logger) -> OutboxRelay {
                OutboxRelay(
                    outbox: outbox, publisher: HTTPEventPublisher(timeout: settings.requestTimeout), settings: settings,
                    logger: logger)
            }

            func getEventOutbox(_ input: Operations.GetEventOutbox.Input) async throws -> Operations.GetEventOutbox.Output {
                let status = try await outbox.status(now: Date())
                return .ok(
                    .init(
                        body: .json(.init(pending: status.pending, lagSeconds: status.lagSeconds, deadLetters: status.deadLetters))))
            }

            func listDeadLetters(_ input: Operations.ListDeadLetters.Input) async throws -> Operations.ListDeadLetters.Output {
                let paging = Paging(limit: input.query.limit, offset: input.query.offset)
                if let problem = paging.problem {
                    return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                }
                let letters = try await outbox.deadLetters(limit: paging.limit, offset: paging.offset)
                let items = letters.map { letter in
                    Components.Schemas.DeadLetter(
                        eventId: letter.eventID, _type: letter.type, source: letter.source, subject: letter.subject,
                        destination: letter.destination, attempts: letter.attempts, enqueuedAt: letter.enqueuedAt,
                        deadAt: letter.deadAt, reason: letter.reason)
                }
                return .ok(.init(body: .json(.init(items: items, limit: paging.limit, offset: paging.offset))))
            }

            func replayDeadLetter(_ input: Operations.ReplayDeadLetter.Input) async throws -> Operations.ReplayDeadLetter.Output {
                switch input.body {
                case .json(let letter):
                    guard try await outbox.replay(eventID: letter.eventId, destination: letter.destination, now: Date()) else {
                        return .notFound(
                            .init(body: .applicationProblemJson(.init(.notFound("dead letter", id: letter.eventId)))))
                    }
                    return .noContent(.init())
                }
            }
        {{/publishesEvents}}
        {{#handlesEvents}}

            /// Receives an event this service reacts to ({{{receivedEventsComment}}}): checks its envelope and data, then
            /// makes its reactions' changes and records the event in one change set, so that a repeated delivery changes
            /// nothing. An unknown type or malformed data is a `400`, which the sender's relay dead-letters.
            func receiveEvent(_ input: Operations.ReceiveEvent.Input) async throws -> Operations.ReceiveEvent.Output {
                let event: DomainEvent
                do {
                    let data: Data
                    switch input.body {
                    case .json(let value): data = try JSONEncoder().encode(value)
                    }
                    event = try DomainEvent(
                        specVersion: input.headers.ceSpecversion, id: input.headers.ceId, source: input.headers.ceSource,
                        type: input.headers.ceType, subject: input.headers.ceSubject, time: input.headers.ceTime, data: data)
                } catch let problem as ProblemDetails {
                    return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                }
                if try await inbox.contains(event) {
                    return .noContent(.init())
                }
                var changeSet = ChangeSet()
                changeSet.record(event, in: inbox)
                switch event.type {
        {{#receivedEvents}}
                case {{{typeLiteral}}}:
        {{#usesPayload}}
                    let payload: Components.Schemas.{{schemaName}}
        {{/usesPayload}}
                    do {
                        {{#usesPayload}}payload{{/usesPayload}}{{^usesPayload}}_{{/usesPayload}} = try event.payload(as: Components.Schemas.{{schemaName}}.self)
                    } catch {
                        return .badRequest(
                            .init(
                                body: .applicationProblemJson(
                                    .init(.badRequest("The data of \(event.type) does not match its schema: \(error)")))))
                    }
        {{#reactions}}
        {{> service/partials/reaction.mustache}}
        {{/reactions}}
        {{/receivedEvents}}
                default:
                    return .badRequest(
                        .init(body: .applicationProblemJson(.init(.badRequest("This service does not react to \(event.type).")))))
                }
                switch try await changeSet.commit() {
                case .done:
                    return .noContent(.init())
                case .failed(let failure) where failure.index == 0:
                    // Recorded by a delivery handled at the same time: a repeat.
                    return .noContent(.init())
                case .failed(let failure):
                    throw failure
                }
            }
        {{/handlesEvents}}
        }
        {{/hasEventCode}}

        """#,
        "service/common/Sources/App/ServiceAPI.swift.mustache": #"""
        import Foundation
        import ServiceChassis
        import {{apiModule}}

        /// The {{title}}'s implementation of the generated `APIProtocol`. It keeps its resources in the repositories it is
        /// given: in memory for tests and a quick start, a database in production. Every response that holds a resource
        /// carries its version as an `ETag`; a change whose `If-Match` names another version is refused with `412`.
        struct ServiceAPI: APIProtocol {
        {{#resources}}
            /// Where {{{nameComment}}} resources are kept.
            var {{variable}}Repository: any Repository<Components.Schemas.{{schemaName}}>
        {{/resources}}
        {{#publishesEvents}}
            /// Where the events its commands publish wait for the relay, written in the same transaction as their changes.
            var outbox: Outbox
        {{/publishesEvents}}
        {{#handlesEvents}}
            /// The events it has handled, recorded with their effects so that a repeat changes nothing.
            var inbox: Inbox
        {{/handlesEvents}}

            /// A service that keeps everything in memory, empty at start: one store, so that a command's writes to several
            /// resources (and its events) are made together.
            static func inMemory({{#publishesEvents}}events: EventSettings = EventSettings(){{/publishesEvents}}) -> Self {
        {{#hasResources}}
                let store = InMemoryStore()
        {{/hasResources}}
                return Self({{#resources}}{{^isFirst}},{{/isFirst}}
                    {{variable}}Repository: InMemoryRepository(store: store, table: "{{variable}}"){{/resources}}{{#publishesEvents}},
                    outbox: .inMemory(store, routes: events.routes(subscribers: Self.subscribers)){{/publishesEvents}}{{#handlesEvents}},
                    inbox: .inMemory(store){{/handlesEvents}}
                )
            }

            func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
                .ok(.init(body: .json(.init(status: "ok"))))
            }
        {{#resources}}

            // MARK: {{{nameComment}}}

            func {{list.swiftName}}(_ input: Operations.{{list.typeName}}.Input) async throws -> Operations.{{list.typeName}}.Output {
                let paging = Paging(limit: input.query.limit, offset: input.query.offset)
                if let problem = paging.problem {
                    return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                }
                let page = try await {{variable}}Repository.list(limit: paging.limit, offset: paging.offset)
                return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
            }

            func {{create.swiftName}}(_ input: Operations.{{create.typeName}}.Input) async throws -> Operations.{{create.typeName}}.Output {
        {{> service/partials/insert-resource.mustache}}
            }

            func {{get.swiftName}}(_ input: Operations.{{get.typeName}}.Input) async throws -> Operations.{{get.typeName}}.Output {
                guard let stored = try await {{variable}}Repository.find(id: input.path.id) else {
                    return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: input.path.id)))))
                }
                return .ok(.init(headers: .init(eTag: EntityTag.of(version: stored.version)), body: .json(stored.item)))
            }

            func {{update.swiftName}}(_ input: Operations.{{update.typeName}}.Input) async throws -> Operations.{{update.typeName}}.Output {
                let {{variable}}: Components.Schemas.{{schemaName}}
                switch input.body {
                case .json(let fields):
                    if let problem = FieldRule.problem(in: fields, rules: FieldRule.{{variable}}Input) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
                    {{variable}} = .init(value1: fields, value2: .init(id: input.path.id))
                }
        {{> service/partials/if-match.mustache}}
                switch try await {{variable}}Repository.replace({{variable}}, id: input.path.id, expectedVersion: expected) {
                case .done(let version):
                    return .ok(.init(headers: .init(eTag: EntityTag.of(version: version)), body: .json({{variable}})))
                case .notFound:
                    return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: input.path.id)))))
                case .stale:
                    return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale({{{nameLiteral}}}, id: input.path.id)))))
                }
            }

            func {{delete.swiftName}}(_ input: Operations.{{delete.typeName}}.Input) async throws -> Operations.{{delete.typeName}}.Output {
        {{> service/partials/if-match.mustache}}
                switch try await {{variable}}Repository.remove(id: input.path.id, expectedVersion: expected) {
                case .done: return .noContent(.init())
                case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: input.path.id)))))
                case .stale: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale({{{nameLiteral}}}, id: input.path.id)))))
                }
            }
        {{#operations}}

        {{#docLines}}
            /// {{{.}}}
        {{/docLines}}
        {{#isCreation}}
            func {{swiftName}}(_ input: Operations.{{typeName}}.Input) async throws -> Operations.{{typeName}}.Output {
        {{^hasOthers}}
        {{^publishes}}
        {{> service/partials/insert-resource.mustache}}
        {{/publishes}}
        {{#publishes}}
                let id = UUID().uuidString.lowercased()
                let {{variable}}: Components.Schemas.{{schemaName}}
                var changeSet = ChangeSet()
                switch input.body {
                case .json(let fields):
                    if let problem = FieldRule.problem(in: fields, rules: FieldRule.{{variable}}Input) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
                    {{variable}} = .init(value1: fields, value2: .init(id: id))
                    try changeSet.add(.insert({{variable}}, id: id), to: {{variable}}Repository, named: {{{nameLiteral}}})
                    {{> service/partials/publish-events.mustache}}
                }
                if case .failed(let failure) = try await changeSet.commit() {
                    throw failure
                }
                return .created(
                    .init(headers: .init(location: "{{collectionPath}}/\(id)", eTag: EntityTag.of(version: 1)), body: .json({{variable}})))
        {{/publishes}}
        {{/hasOthers}}
        {{#hasOthers}}
                let id = UUID().uuidString.lowercased()
                let {{variable}}: Components.Schemas.{{schemaName}}
                var changeSet = ChangeSet()
                switch input.body {
                case .json(let fields):
                    if let problem = FieldRule.problem(in: fields, rules: FieldRule.{{swiftName}}Body) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
                    {{variable}} = .init(value1: fields.value1, value2: .init(id: id))
                    try changeSet.add(.insert({{variable}}, id: id), to: {{variable}}Repository, named: {{{nameLiteral}}})
        {{#others}}
        {{> service/partials/write-other.mustache}}
        {{/others}}
                    {{> service/partials/publish-events.mustache}}
                }
                switch try await changeSet.commit() {
                case .done:
                    return .created(
                        .init(headers: .init(location: "{{collectionPath}}/\(id)", eTag: EntityTag.of(version: 1)), body: .json({{variable}})))
        {{> service/partials/change-set-failures.mustache}}
                }
        {{/hasOthers}}
            }
        {{/isCreation}}
        {{#isChange}}
            func {{swiftName}}(_ input: Operations.{{typeName}}.Input) async throws -> Operations.{{typeName}}.Output {
                guard let stored = try await {{variable}}Repository.find(id: input.path.id) else {
                    return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: input.path.id)))))
                }
                guard EntityTag.condition(ifMatch: input.headers.ifMatch).allows(version: stored.version) else {
                    return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale({{{nameLiteral}}}, id: input.path.id)))))
                }
        {{^hasBody}}
        {{#publishes}}
                var changeSet = ChangeSet()
                {{> service/partials/publish-events.mustache}}
                if case .failed(let failure) = try await changeSet.commit() {
                    throw failure
                }
        {{/publishes}}
                return .accepted(.init(headers: .init(eTag: EntityTag.of(version: stored.version)), body: .json(stored.item)))
        {{/hasBody}}
        {{#hasBody}}
                var {{variable}} = stored.item
                var changeSet = ChangeSet()
                switch input.body {
                case .json(let changes):
                    if let problem = FieldRule.problem(in: changes, rules: FieldRule.{{swiftName}}Body) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
        {{#writes}}
                    {{variable}}.value1.{{swiftName}} = changes.{{swiftName}}
        {{/writes}}
                    try changeSet.add(
                        .replace({{variable}}, id: input.path.id, expectedVersion: stored.version), to: {{variable}}Repository,
                        named: {{{nameLiteral}}})
        {{#others}}
        {{> service/partials/write-other.mustache}}
        {{/others}}
                    {{> service/partials/publish-events.mustache}}
                }
                switch try await changeSet.commit() {
                case .done(let versions):
                    return .accepted(.init(headers: .init(eTag: EntityTag.of(version: versions[0])), body: .json({{variable}})))
                case .failed(let failure) where failure.index == 0 && failure.outcome == .notFound:
                    return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: input.path.id)))))
                case .failed(let failure) where failure.index == 0:
                    return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale({{{nameLiteral}}}, id: input.path.id)))))
        {{> service/partials/change-set-failures.mustache}}
                }
        {{/hasBody}}
            }
        {{/isChange}}
        {{#isQuery}}
            func {{swiftName}}(_ input: Operations.{{typeName}}.Input) async throws -> Operations.{{typeName}}.Output {
                let paging = Paging(limit: input.query.limit, offset: input.query.offset)
                if let problem = paging.problem {
                    return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                }
                let page = try await {{variable}}Repository.list(limit: paging.limit, offset: paging.offset)
        {{^hasIncludes}}
                return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
        {{/hasIncludes}}
        {{#hasIncludes}}
                return .ok(
                    .init(
                        body: .json(
                            .init(
                                items: page.items, total: page.total, limit: paging.limit, offset: paging.offset{{#includes}},
                                {{swiftProperty}}: try await {{variable}}Repository.found(ids: page.items.flatMap { item in {{{ids}}} }){{/includes}}
                            ))))
        {{/hasIncludes}}
            }
        {{/isQuery}}
        {{/operations}}
        {{/resources}}
        }

        """#,
        "service/common/Sources/App/Storage+Tables.swift.mustache": #"""
        import Foundation
        import Logging
        import ServiceChassis
        import {{apiModule}}

        extension ServiceAPI {
            /// A service keeping its resources where `storage` says: in PostgreSQL, in the tables below (created by
            /// `Migrations/0001_create_tables.sql`; its events' by `0002_create_event_tables.sql`), or in memory.
            init(storage: Storage, {{#publishesEvents}}events: EventSettings, {{/publishesEvents}}logger: Logger) {
                switch storage {
                case .memory:
                    self = .inMemory({{#publishesEvents}}events: events{{/publishesEvents}})
                case .postgres{{#hasResources}}(let client){{/hasResources}}:
                    self.init({{#resources}}{{^isFirst}},{{/isFirst}}
                        {{variable}}Repository: PostgresRepository(client: client, statements: .{{variable}}, logger: logger){{/resources}}{{#publishesEvents}},
                        outbox: .postgres(client, routes: events.routes(subscribers: Self.subscribers), logger: logger){{/publishesEvents}}{{#handlesEvents}},
                        inbox: .postgres(client, logger: logger){{/handlesEvents}}
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
        {{#resources}}

        extension TableStatements {
            /// Where {{{nameComment}}} resources are kept: the table `{{storage.table}}`{{#storage.hasChildren}} and its child tables{{/storage.hasChildren}}.
            static let {{variable}} = TableStatements(
                find: {{{storage.find}}},
                version: {{{storage.version}}},
                list: {{{storage.list}}},
                count: {{{storage.count}}},
                insert: {{{storage.insert}}},
                insertChildren: [{{#storage.insertChildren}}
                    {{{.}}},{{/storage.insertChildren}}
                ],
                update: {{{storage.update}}},
                deleteChildren: [{{#storage.deleteChildren}}
                    {{{.}}},{{/storage.deleteChildren}}
                ],
                delete: {{{storage.delete}}}
            )
        }
        {{/resources}}

        """#,
        "service/common/asyncapi.yaml.mustache": #"""
        {{{asyncapi}}}
        """#,
        "service/hummingbird/Package.swift.mustache": #"""
        // swift-tools-version:6.2
        import PackageDescription

        /// {{title}}: the {{{contextNameComment}}} bounded context as a contract-first Hummingbird 2 service.
        let package = Package(
            name: "{{packageName}}",
            platforms: [.macOS(.v15)],
            products: [
                .executable(name: "{{executableName}}", targets: ["{{appModule}}"])
            ],
            dependencies: [
                .package(path: "../../chassis"),
                .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
                .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
                .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.10.0"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
                .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
                .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.0.1"),
            ],
            targets: [
                .executableTarget(
                    name: "{{appModule}}",
                    dependencies: [
                        "{{apiModule}}",
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "Hummingbird", package: "hummingbird"),
                        .product(name: "Logging", package: "swift-log"),
                        .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "ServiceChassis", package: "chassis"),
                    ],
                    resources: [
                        .copy("Migrations")
                    ]
                ),
                .target(
                    name: "{{apiModule}}",
                    dependencies: [
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
                    ],
                    plugins: [
                        .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")
                    ]
                ),
                .testTarget(
                    name: "{{testModule}}",
                    dependencies: [
                        "{{appModule}}",
                        .product(name: "HummingbirdTesting", package: "hummingbird"),
                        .product(name: "ServiceChassis", package: "chassis"),
                    ]
                ),
            ]
        )

        """#,
        "service/hummingbird/Sources/App/App.swift.mustache": #"""
        import ServiceChassis

        /// Starts the {{title}}: reads its settings (`HTTP_HOST`/`--http-host`, `HTTP_PORT`/`--http-port`, default
        /// 0.0.0.0:{{port}}, `LOG_LEVEL`, `STORAGE` and the database's; a value it cannot use ends it with status 78),
        /// migrates its PostgreSQL database, then serves{{#publishesEvents}} and relays its events (`K_SINK`, `<SERVICE>_URL`,
        /// `RELAY_*`){{/publishesEvents}} until SIGTERM or SIGINT asks it to shut down gracefully.
        @main
        struct App {
            static func main() async {
                let settings = ServiceSettings.load(defaultPort: {{port}}, databaseName: "{{databaseName}}")
        {{#publishesEvents}}
                let events = EventSettings.load(services: ServiceAPI.subscriberServices)
        {{/publishesEvents}}
                let logger = ServiceHost.logger(label: "{{serviceName}}", settings: settings)
                await ServiceHost.run(settings: settings, logger: logger, migrations: Migration.bundled) { storage in
                    let api = ServiceAPI(storage: storage, {{#publishesEvents}}events: events, {{/publishesEvents}}logger: logger)
                    return [
                        try buildApplication(settings: settings, api: api, logger: logger){{#publishesEvents}},
                        api.relay(settings: events.relay, logger: logger),{{/publishesEvents}}
                    ]
                }
            }
        }

        """#,
        "service/hummingbird/Sources/App/Application+build.swift.mustache": #"""
        import Hummingbird
        import Logging
        import OpenAPIHummingbird
        import ServiceChassis

        /// The service's application: the generated routes of the contract, implemented by `api`, behind the request-id
        /// and header-decoding middlewares, with decode failures and service failures answered as problem+json.
        func buildApplication(
            settings: ServiceSettings,
            api: ServiceAPI,
            logger: Logger = Logger(label: "{{serviceName}}")
        ) throws -> some ApplicationProtocol {
            let router = Router()
            router.add(middleware: RequestIDMiddleware())
            router.add(middleware: HeaderDecodingMiddleware())
            try api.registerHandlers(on: router, middlewares: [ProblemMiddleware(logger: logger)])
            return Application(
                router: router,
                configuration: ApplicationConfiguration(
                    address: .hostname(settings.host, port: settings.port), serverName: "{{serviceName}}"),
                logger: logger
            )
        }

        """#,
        "service/hummingbird/Sources/App/HeaderDecodingMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import Hummingbird

        /// Sends `Location` and `ETag` headers as they are meant: swift-openapi-runtime percent-encodes header values
        /// (`%2Forders%2F…`, `%221%22`), which clients would take literally.
        struct HeaderDecodingMiddleware<Context: RequestContext>: RouterMiddleware {
            func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
                -> Response
            {
                var response = try await next(request, context)
                for name in [HTTPField.Name.location, .eTag] {
                    if let value = response.headers[name], let decoded = value.removingPercentEncoding {
                        response.headers[name] = decoded
                    }
                }
                return response
            }
        }

        """#,
        "service/hummingbird/Sources/App/RequestIDMiddleware.swift.mustache": #"""
        import Foundation
        import HTTPTypes
        import Hummingbird
        import Logging
        import ServiceChassis

        /// Gives every request an id (the client's `X-Request-ID` when it is a plausible id, or a new one), attaches it to
        /// the request's logger, logs the request and its outcome with it, and echoes it in the response.
        struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
            /// The header that carries the request id.
            static var header: HTTPField.Name { HTTPField.Name(RequestID.header)! }

            func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
                -> Response
            {
                let id = RequestID.accept(request.headers[Self.header])
                var context = context
                context.logger[metadataKey: RequestID.metadataKey] = .string(id)
                let started = ContinuousClock.now
                do {
                    var response = try await next(request, context)
                    response.headers[Self.header] = id
                    context.logger.info(
                        "\(request.method) \(request.uri.path) \(response.status.code)",
                        metadata: ["duration": .string("\(ContinuousClock.now - started)")]
                    )
                    return response
                } catch {
                    context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
                    throw error
                }
            }
        }

        """#,
        "service/hummingbird/Tests/AppTests/AppTests.swift.mustache": #"""
        import Foundation
        import Hummingbird
        import HummingbirdTesting
        import ServiceChassis
        import Testing

        @testable import {{appModule}}

        /// The {{title}}'s routes, exercised through its router.
        @Suite struct RouteTests {
            let json: HTTPFields = [.contentType: "application/json"]

            @Test func healthSaysOK() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    try await client.execute(uri: "/health", method: .get) { response in
                        #expect(response.status == .ok)
                        let health = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                        #expect(health?["status"] as? String == "ok")
                    }
                }
            }
        {{#commandWithOthers}}

            /// {{operationName}} writes the other resources its body names together with its own {{nameComment}}.
            @Test func aCommandWritesTheOtherResourcesItNames() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
        {{#others}}
        {{#changes}}
                    var {{variable}}ID = identifier(in: try await client.create("{{collectionPath}}", {{{sampleJSONLiteral}}}))
        {{/changes}}
        {{/others}}
                    {{#isChange}}var{{/isChange}}{{#isCreation}}let{{/isCreation}} headers = json
        {{#isChange}}
                    let location = try await client.create("{{collectionPath}}", {{{sampleJSONLiteral}}})
                    let uri = location + "/{{pathSuffix}}"
                    headers[.ifMatch] = "\"1\""
        {{/isChange}}
        {{#isCreation}}
                    let uri = "{{path}}"
        {{/isCreation}}
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: {{{bodyExpression}}})) {
                        response in
                        #expect(response.status == {{#isCreation}}.created{{/isCreation}}{{#isChange}}.accepted{{/isChange}})
                    }
        {{#others}}
        {{#creates}}
                    #expect(try await client.total("{{collectionPath}}") == 1, "the new {{nameComment}}")
        {{/creates}}
        {{#changes}}
                    try await client.execute(uri: "{{collectionPath}}/" + {{variable}}ID, method: .get) { response in
                        #expect(response.headers[.eTag] == "\"2\"", "the {{nameComment}} changed")
                    }
        {{/changes}}
        {{/others}}
        {{#changesOthers}}
        {{#others}}
        {{#changes}}
                    {{variable}}ID = UUID().uuidString.lowercased()
        {{/changes}}
        {{/others}}
        {{#isChange}}
                    headers[.ifMatch] = "\"2\""
        {{/isChange}}
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: {{{bodyExpression}}})) {
                        response in
                        #expect(response.status == .notFound, "a resource the body names is not there")
                    }
        {{/changesOthers}}
        {{^changesOthers}}
        {{#isChange}}
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: {{{bodyExpression}}})) {
                        response in
                        #expect(response.status == .preconditionFailed, "a command at a version that is gone")
                    }
        {{/isChange}}
        {{/changesOthers}}
        {{#isChange}}
                    try await client.execute(uri: location, method: .get) { response in
                        #expect(response.headers[.eTag] == "\"2\"", "the {{nameComment}} is changed once")
                    }
        {{/isChange}}
        {{#isCreation}}
                    #expect(try await client.total("{{collectionPath}}") == 1, "one {{nameComment}} is created")
        {{/isCreation}}
        {{#others}}
        {{#creates}}
                    #expect(try await client.total("{{collectionPath}}") == 1, "one {{nameComment}} is created")
        {{/creates}}
        {{/others}}
                }
            }
        {{/commandWithOthers}}
        {{#queryWithIncludes}}

            /// {{operationName}} returns, beside its page, the {{targetNameComment}} resources the page references.
            @Test func aQueryReturnsTheResourcesItsPageReferences() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    let {{idVariable}} = identifier(in: try await client.create("{{targetCollectionPath}}", {{{targetSampleJSONLiteral}}}))
                    _ = try await client.create("{{collectionPath}}", {{{bodyExpression}}})
                    _ = try await client.create("{{collectionPath}}", {{{bodyExpression}}})
                    try await client.execute(uri: "{{path}}", method: .get) { response in
                        #expect(response.status == .ok)
                        let answer = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                        #expect(answer?["total"] as? Int == 2)
                        let included = answer?[{{{propertyLiteral}}}] as? [[String: Any]]
                        #expect(included?.map { $0["id"] as? String } == [{{idVariable}}], "the one {{targetNameComment}} both reference, once")
                    }
                }
            }
        {{/queryWithIncludes}}
        {{#firstResource}}

            @Test func createdResourceIsReadableAtItsLocation() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    let location = try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .created)
                        return response.headers[.location] ?? ""
                    }
                    #expect(location.hasPrefix("{{path}}/"))
                    try await client.execute(uri: location, method: .get) { response in
                        #expect(response.status == .ok)
                        #expect(String(buffer: response.body).contains(String(location.dropFirst("{{path}}/".count))))
                    }
                    try await client.execute(uri: "{{path}}?limit=5", method: .get) { response in
                        #expect(response.status == .ok)
                        let page = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                        #expect(page?["total"] as? Int == 1)
                    }
                    try await client.execute(uri: location, method: .delete) { response in
                        #expect(response.status == .noContent)
                    }
                    try await client.execute(uri: location, method: .get) { response in
                        #expect(response.status == .notFound)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
            }

            @Test func malformedJSONIsABadRequestProblem() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: "{not json")
                    ) { response in
                        #expect(response.status == .badRequest)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
            }

            @Test func wrongContentTypeIsUnsupported() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    try await client.execute(
                        uri: "{{path}}", method: .post, headers: [.contentType: "text/plain"],
                        body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .unsupportedMediaType)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
            }

            @Test func aChangeWithAStaleIfMatchIsRefused() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    let (location, created) = try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        (response.headers[.location] ?? "", response.headers[.eTag])
                    }
                    #expect(created == "\"1\"")
                    var ifMatch = json
                    ifMatch[.ifMatch] = "\"1\""
                    try await client.execute(
                        uri: location, method: .put, headers: ifMatch, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .ok)
                        #expect(response.headers[.eTag] == "\"2\"")
                    }
                    try await client.execute(
                        uri: location, method: .put, headers: ifMatch, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .preconditionFailed)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                    try await client.execute(uri: location, method: .get) { response in
                        #expect(response.headers[.eTag] == "\"2\"")
                    }
                    ifMatch[.ifMatch] = "\"2\""
                    try await client.execute(uri: location, method: .delete, headers: ifMatch) { response in
                        #expect(response.status == .noContent)
                    }
                }
            }

        {{#firstChange}}
            @Test func aCommandWritesItsFieldsAtTheVersionItRead() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    let location = try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        response.headers[.location] ?? ""
                    }
                    var ifMatch = json
                    ifMatch[.ifMatch] = "\"1\""
                    try await client.execute(
                        uri: location + "/{{pathSuffix}}", method: .post, headers: ifMatch,
                        body: ByteBuffer(string: {{{bodyLiteral}}})
                    ) { response in
                        #expect(response.status == .accepted)
                        #expect(response.headers[.eTag] == "\"2\"")
                    }
                    try await client.execute(
                        uri: location + "/{{pathSuffix}}", method: .post, headers: ifMatch,
                        body: ByteBuffer(string: {{{bodyLiteral}}})
                    ) { response in
                        #expect(response.status == .preconditionFailed, "a command at a version that is gone")
                    }
                }
            }

        {{/firstChange}}
            @Test func aStoreThatFailsIsAServiceProblem() async throws {
                var api = ServiceAPI.inMemory()
                api.{{variable}}Repository = UnreachableRepository()
                let app = try buildApplication(settings: ServiceSettings(), api: api)
                try await app.test(.router) { client in
                    try await client.execute(uri: "{{path}}", method: .get) { response in
                        #expect(response.status == .internalServerError)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                        #expect(!String(buffer: response.body).contains("Unreachable"))
                    }
                }
            }

            @Test func pageSizeOutOfBoundsIsABadRequest() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
                    try await client.execute(uri: "{{path}}?limit=0", method: .get) { response in
                        #expect(response.status == .badRequest)
                    }
                }
            }
        {{/firstResource}}
        {{#publicationTest}}

            /// {{operationName}} writes its event into the outbox with its change: one delivery per reacting service.
            @Test func aCommandPublishesItsEventWithItsChange() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
        {{#isCreation}}
                    try await client.execute(
                        uri: "{{path}}", method: .post, headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        #expect(response.status == .created)
                    }
        {{/isCreation}}
        {{#isChange}}
                    let location = try await client.execute(
                        uri: "{{collectionPath}}", method: .post, headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}})
                    ) { response in
                        response.headers[.location] ?? ""
                    }
                    var ifMatch = json
                    ifMatch[.ifMatch] = "\"1\""
                    try await client.execute(
                        uri: location + "/{{pathSuffix}}", method: .post, headers: ifMatch{{#hasBody}},
                        body: ByteBuffer(string: {{{bodyLiteral}}}){{/hasBody}}
                    ) { response in
                        #expect(response.status == .accepted)
                    }
        {{/isChange}}
                    try await client.execute(uri: "/events/outbox", method: .get) { response in
                        #expect(response.status == .ok)
                        let status = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                        #expect(status?["pending"] as? Int == {{destinations}})
                        #expect(status?["deadLetters"] as? Int == 0)
                    }
                }
            }
        {{/publicationTest}}
        {{#reactionTest}}

            /// {{useCaseComment}} reacts to {{eventComment}} once, however often it is delivered; an event it does not
            /// know, or one without its id, is a bad request.
            @Test func anEventIsHandledOnceHoweverOftenItIsDelivered() async throws {
                let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
                try await app.test(.router) { client in
        {{#fansOut}}
                    _ = try await client.create("{{collectionPath}}", {{{sampleJSONLiteral}}})
        {{/fansOut}}
                    var headers = json
                    headers[.init("ce-specversion")!] = "1.0"
                    headers[.init("ce-id")!] = UUID().uuidString
                    headers[.init("ce-source")!] = "/tests"
                    headers[.init("ce-type")!] = {{{typeLiteral}}}
                    for _ in 0..<2 {
                        try await client.execute(
                            uri: "/events", method: .post, headers: headers, body: ByteBuffer(string: {{{payloadLiteral}}})
                        ) { response in
                            #expect(response.status == .noContent)
                        }
                    }
                    #expect(try await client.total("{{collectionPath}}") == 1, "one {{nameComment}}, not two")
                    headers[.init("ce-id")!] = UUID().uuidString
                    headers[.init("ce-type")!] = "unknown.Happened"
                    try await client.execute(uri: "/events", method: .post, headers: headers, body: ByteBuffer(string: "{}")) {
                        response in
                        #expect(response.status == .badRequest)
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                    headers[.init("ce-id")!] = nil
                    headers[.init("ce-type")!] = {{{typeLiteral}}}
                    try await client.execute(
                        uri: "/events", method: .post, headers: headers, body: ByteBuffer(string: {{{payloadLiteral}}})
                    ) { response in
                        #expect(response.status == .badRequest, "an event without its ce-id")
                    }
                    #expect(try await client.total("{{collectionPath}}") == 1)
                }
            }
        {{/reactionTest}}
        }
        {{#firstResource}}

        /// A store that cannot be reached: every call fails.
        struct UnreachableRepository<Item: Sendable>: Repository {
            struct Unreachable: Error {}

            func list(limit: Int, offset: Int) async throws -> RepositoryPage<Item> { throw Unreachable() }
            func find(id: String) async throws -> Versioned<Item>? { throw Unreachable() }
            func pending(_ write: RepositoryWrite<Item>) throws -> PendingChange { throw Unreachable() }
        }
        {{/firstResource}}
        {{#hasResourceHelpers}}

        extension TestClientProtocol {
            /// Posts the JSON `body` to `path`, expects `201`, and returns the new resource's `Location`.
            func create(_ path: String, _ body: String) async throws -> String {
                try await execute(
                    uri: path, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .created, "creating at \(path)")
                    return response.headers[.location] ?? ""
                }
            }

            /// How many resources the collection at `path` holds.
            func total(_ path: String) async throws -> Int? {
                try await execute(uri: path, method: .get) { response in
                    let page = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    return page?["total"] as? Int
                }
            }
        }

        /// The id at the end of a `Location`.
        func identifier(in location: String) -> String {
            String(location.split(separator: "/").last ?? "")
        }
        {{/hasResourceHelpers}}

        """#,
        "service/partials/change-set-failures.mustache": #"""
        {{! How a command answers when a change of its change set could not be made, after its own resource's cases: another resource gone (404) or changed since the command read it (409); a command that only creates other resources cannot fail so, and a failure there is a fault of the service. }}
        {{#changesOthers}}
                case .failed(let failure) where failure.outcome == .notFound:
                    return .notFound(.init(body: .applicationProblemJson(.init(.notFound(failure.resource, id: failure.id)))))
                case .failed(let failure):
                    return .conflict(.init(body: .applicationProblemJson(.init(.changedMeanwhile(failure.resource, id: failure.id)))))
        {{/changesOthers}}
        {{^changesOthers}}
                case .failed(let failure):
                    throw failure
        {{/changesOthers}}

        """#,
        "service/partials/event-tables.sql.mustache": #"""
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

        """#,
        "service/partials/if-match.mustache": #"""
        {{! The version a replace or delete must expect under the request's If-Match: 404 when the resource is gone, 412 when it is at another version. }}
                let expected: Int?
                switch try await {{variable}}Repository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
                case .proceed(let version): expected = version
                case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: input.path.id)))))
                case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale({{{nameLiteral}}}, id: input.path.id)))))
                }

        """#,
        "service/partials/insert-resource.mustache": #"""
        {{! Creates a resource from the request body (a create, or a command that creates): checks the contract's limits, stores it at version 1, answers 201 with its Location and ETag. }}
                let id = UUID().uuidString.lowercased()
                let {{variable}}: Components.Schemas.{{schemaName}}
                switch input.body {
                case .json(let fields):
                    if let problem = FieldRule.problem(in: fields, rules: FieldRule.{{variable}}Input) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
                    {{variable}} = .init(value1: fields, value2: .init(id: id))
                }
                try await {{variable}}Repository.insert({{variable}}, id: id)
                return .created(
                    .init(headers: .init(location: "{{collectionPath}}/\(id)", eTag: EntityTag.of(version: 1)), body: .json({{variable}})))

        """#,
        "service/partials/publish-events.mustache": #"""
        {{! Adds the events a command publishes to its change set, so that they are sent if and only if its changes are made. The payload takes what the command has at hand; a field it cannot fill is optional in the contract and left out. }}
        {{#publications}}
        changeSet.publish(
            try DomainEvent(
                type: {{{typeLiteral}}}, source: {{{sourceLiteral}}}, subject: {{{subject}}},
                payload: Components.Schemas.{{schemaName}}({{{arguments}}})),
            to: outbox)
        {{/publications}}

        """#,
        "service/partials/reaction.mustache": #"""
        {{! One reaction to a received event, inside the handler's case for its type: the changes it adds to the change set, from the event's data. }}
        {{#creates}}
        {{#once}}
                    // {{{useCaseComment}}}: a new {{{nameComment}}} from the event.
                    let created{{index}} = Components.Schemas.{{inputSchemaName}}(
                        {{{arguments}}})
                    if let problem = FieldRule.problem(in: created{{index}}, rules: FieldRule.{{variable}}Input) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
                    let created{{index}}ID = UUID().uuidString.lowercased()
                    try changeSet.add(
                        .insert(.init(value1: created{{index}}, value2: .init(id: created{{index}}ID)), id: created{{index}}ID),
                        to: {{variable}}Repository, named: {{{nameLiteral}}})
        {{/once}}
        {{#fansOut}}
                    // {{{useCaseComment}}}: a new {{{nameComment}}} for each stored {{{eachComment}}}.
                    for each in try await {{eachVariable}}Repository.all() {
                        let created = Components.Schemas.{{inputSchemaName}}(
                            {{{arguments}}})
                        if let problem = FieldRule.problem(in: created, rules: FieldRule.{{variable}}Input) {
                            return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                        }
                        let createdID = UUID().uuidString.lowercased()
                        try changeSet.add(
                            .insert(.init(value1: created, value2: .init(id: createdID)), id: createdID),
                            to: {{variable}}Repository, named: {{{nameLiteral}}})
                    }
        {{/fansOut}}
        {{/creates}}
        {{#changes}}
                    // {{{useCaseComment}}}: changes the {{{nameComment}}} the event names.
                    guard let stored{{index}} = try await {{variable}}Repository.find(id: {{target}}) else {
                        return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: {{target}})))))
                    }
                    var changed{{index}} = stored{{index}}.item
        {{#writes}}
                    changed{{index}}.value1.{{swiftName}} = {{value}}
        {{/writes}}
                    if let problem = FieldRule.problem(in: changed{{index}}.value1, rules: FieldRule.{{variable}}Input) {
                        return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
                    }
                    try changeSet.add(
                        .replace(changed{{index}}, id: {{target}}, expectedVersion: stored{{index}}.version),
                        to: {{variable}}Repository, named: {{{nameLiteral}}})
        {{/changes}}
        {{#none}}
                    // {{{useCaseComment}}}: {{{reasonComment}}}
                    // The event is recorded as handled; the team writes its effect here.
        {{/none}}

        """#,
        "service/partials/write-other.mustache": #"""
        {{! Adds to the change set what a command writes of another resource of the service: a new one from its body property, or the fields of the one whose id the property names (404 when there is none). }}
        {{#creates}}
                    let {{variable}}ID = UUID().uuidString.lowercased()
                    try changeSet.add(
                        .insert(.init(value1: {{bodyVariable}}.{{swiftProperty}}, value2: .init(id: {{variable}}ID)), id: {{variable}}ID),
                        to: {{variable}}Repository, named: {{{nameLiteral}}})
        {{/creates}}
        {{#changes}}
                    let {{variable}}Changes = {{bodyVariable}}.{{swiftProperty}}
                    guard let {{variable}}Stored = try await {{variable}}Repository.find(id: {{variable}}Changes.id) else {
                        return .notFound(.init(body: .applicationProblemJson(.init(.notFound({{{nameLiteral}}}, id: {{variable}}Changes.id)))))
                    }
                    var {{variable}} = {{variable}}Stored.item
        {{#writes}}
                    {{variable}}.value1.{{swiftName}} = {{variable}}Changes.{{swiftName}}
        {{/writes}}
                    try changeSet.add(
                        .replace({{variable}}, id: {{variable}}Changes.id, expectedVersion: {{variable}}Stored.version),
                        to: {{variable}}Repository, named: {{{nameLiteral}}})
        {{/changes}}

        """#,
        "service/vapor/Package.swift.mustache": #"""
        // swift-tools-version:6.2
        import PackageDescription

        /// {{title}}: the {{{contextNameComment}}} bounded context as a contract-first Vapor 4 service.
        let package = Package(
            name: "{{packageName}}",
            platforms: [.macOS(.v15)],
            products: [
                .executable(name: "{{executableName}}", targets: ["{{appModule}}"])
            ],
            dependencies: [
                .package(path: "../../chassis"),
                .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
                .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
                .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.10.0"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
                .package(url: "https://github.com/vapor/swift-openapi-vapor", from: "1.0.0"),
                .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
                .package(url: "https://github.com/vapor/vapor", from: "4.115.0"),
            ],
            targets: [
                .executableTarget(
                    name: "{{appModule}}",
                    dependencies: [
                        "{{apiModule}}",
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "Logging", package: "swift-log"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                        .product(name: "ServiceChassis", package: "chassis"),
                        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                        .product(name: "Vapor", package: "vapor"),
                    ],
                    resources: [
                        .copy("Migrations")
                    ]
                ),
                .target(
                    name: "{{apiModule}}",
                    dependencies: [
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
                    ],
                    plugins: [
                        .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")
                    ]
                ),
                .testTarget(
                    name: "{{testModule}}",
                    dependencies: [
                        "{{appModule}}",
                        .product(name: "ServiceChassis", package: "chassis"),
                        .product(name: "VaporTesting", package: "vapor"),
                    ]
                ),
            ]
        )

        """#,
        "service/vapor/Sources/App/App.swift.mustache": #"""
        import Foundation
        import Logging
        import OpenAPIVapor
        import ServiceChassis
        import Vapor

        /// Starts the {{title}}: reads its settings (`HTTP_HOST`/`--http-host`, `HTTP_PORT`/`--http-port`, default
        /// 0.0.0.0:{{port}}, `LOG_LEVEL`, `STORAGE` and the database's; a value it cannot use ends it with status 78),
        /// migrates its PostgreSQL database, then serves{{#publishesEvents}} and relays its events (`K_SINK`, `<SERVICE>_URL`,
        /// `RELAY_*`){{/publishesEvents}} until SIGTERM or SIGINT, when it stops accepting connections, finishes the requests
        /// in flight and shuts down.
        @main
        struct App {
            static func main() async throws {
                let settings = ServiceSettings.load(defaultPort: {{port}}, databaseName: "{{databaseName}}")
        {{#publishesEvents}}
                let events = EventSettings.load(services: ServiceAPI.subscriberServices)
        {{/publishesEvents}}
                let logger = ServiceHost.logger(label: "{{serviceName}}", settings: settings)
                // The settings come from the chassis, so Vapor's own command line is not parsed.
                let app = try await Application.make(Environment(name: "production", arguments: ["{{executableName}}"]))
                app.logger = logger
                await ServiceHost.run(settings: settings, logger: logger, migrations: Migration.bundled) { storage in
                    let api = ServiceAPI(storage: storage, {{#publishesEvents}}events: events, {{/publishesEvents}}logger: logger)
                    try configure(app, settings: settings, api: api)
                    return [
                        VaporServer(app: app){{#publishesEvents}},
                        api.relay(settings: events.relay, logger: logger),{{/publishesEvents}}
                    ]
                }
                try await app.asyncShutdown()
            }

            /// Binds the address, replaces Vapor's default middlewares with request ids, `Location`/`ETag` decoding and
            /// problem+json errors, and registers the generated routes of the contract, implemented by `api`.
            static func configure(_ app: Application, settings: ServiceSettings, api: ServiceAPI) throws {
                app.http.server.configuration.hostname = settings.host
                app.http.server.configuration.port = settings.port
                app.middleware = Middlewares()
                app.middleware.use(RequestIDMiddleware())
                app.middleware.use(RouteProblemMiddleware())
                app.middleware.use(HeaderDecodingMiddleware())
                try api.registerHandlers(
                    on: VaporTransport(routesBuilder: app), serverURL: URL(string: "/")!,
                    middlewares: [ProblemMiddleware(logger: app.logger)])
            }
        }

        """#,
        "service/vapor/Sources/App/HeaderDecodingMiddleware.swift.mustache": #"""
        import Vapor

        /// Sends `Location` and `ETag` headers as they are meant: swift-openapi-runtime percent-encodes header values
        /// (`%2Forders%2F…`, `%221%22`), which clients would take literally.
        struct HeaderDecodingMiddleware: AsyncMiddleware {
            func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
                let response = try await next.respond(to: request)
                for name in [HTTPHeaders.Name.location, .eTag] {
                    if let value = response.headers.first(name: name), let decoded = value.removingPercentEncoding {
                        response.headers.replaceOrAdd(name: name, value: decoded)
                    }
                }
                return response
            }
        }

        """#,
        "service/vapor/Sources/App/RequestIDMiddleware.swift.mustache": #"""
        import ServiceChassis
        import Vapor

        /// Gives every request an id (the client's `X-Request-ID` when it is a plausible id, or a new one), attaches it to
        /// the request's logger as `request_id`, logs the request and its outcome with it, and echoes it in the response.
        struct RequestIDMiddleware: AsyncMiddleware {
            func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
                let id = RequestID.accept(request.headers.first(name: .xRequestId))
                // Vapor tags the logger with the client's header unchecked, as `request-id`; the chassis's id replaces it.
                request.logger[metadataKey: "request-id"] = nil
                request.logger[metadataKey: RequestID.metadataKey] = .string(id)
                let started = ContinuousClock.now
                do {
                    let response = try await next.respond(to: request)
                    response.headers.replaceOrAdd(name: .xRequestId, value: id)
                    request.logger.info(
                        "\(request.method) \(request.url.path) \(response.status.code)",
                        metadata: ["duration": .string("\(ContinuousClock.now - started)")]
                    )
                    return response
                } catch {
                    request.logger.error("\(request.method) \(request.url.path) failed: \(error)")
                    throw error
                }
            }
        }

        """#,
        "service/vapor/Sources/App/RouteProblemMiddleware.swift.mustache": #"""
        import Foundation
        import ServiceChassis
        import Vapor

        /// Answers what happens outside the contract's handlers as `application/problem+json` instead of Vapor's
        /// `{"error": true, "reason": …}`: unknown paths and methods (404), and any other error (500, logged).
        struct RouteProblemMiddleware: AsyncMiddleware {
            func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
                do {
                    return try await next.respond(to: request)
                } catch let error as any AbortError {
                    return try Self.response(status: error.status, detail: error.reason, instance: request.url.path)
                } catch {
                    request.logger.error("\(request.method) \(request.url.path) failed: \(String(reflecting: error))")
                    return try Self.response(
                        status: .internalServerError, detail: "The service failed.", instance: request.url.path)
                }
            }

            /// A problem+json response.
            static func response(status: HTTPResponseStatus, detail: String, instance: String) throws -> Response {
                let problem = ProblemDetails(title: status.reasonPhrase, status: Int(status.code), detail: detail, instance: instance)
                let response = Response(status: status, body: .init(data: try problem.encoded()))
                response.headers.replaceOrAdd(name: .contentType, value: ProblemDetails.mediaType)
                return response
            }
        }

        """#,
        "service/vapor/Sources/App/VaporServer.swift.mustache": #"""
        import ServiceLifecycle
        import Vapor

        /// Vapor's HTTP server as one part of the chassis's `ServiceHost`: it serves until the host starts a graceful
        /// shutdown, then stops accepting connections and finishes the requests in flight.
        struct VaporServer: Service {
            let app: Application

            func run() async throws {
                try await app.asyncBoot()
                try await app.server.start(address: nil)
                try? await gracefulShutdown()
                await app.server.shutdown()
            }
        }

        """#,
        "service/vapor/Tests/AppTests/AppTests.swift.mustache": #"""
        import Foundation
        import ServiceChassis
        import Testing
        import VaporTesting

        @testable import {{appModule}}

        /// The {{title}}'s routes, exercised in memory through its configured application.
        @Suite struct RouteTests {
            let json: HTTPHeaders = ["Content-Type": "application/json"]

            /// Runs `test` against a freshly configured application, shut down afterwards.
            func withService(_ test: (Application) async throws -> Void) async throws {
                try await withApp(configure: { app in try App.configure(app, settings: ServiceSettings(), api: .inMemory()) }, test)
            }

            @Test func healthSaysOK() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(.GET, "/health")
                    #expect(response.status == .ok)
                    let fields = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
                    #expect(fields?["status"] as? String == "ok")
                }
            }

            @Test func unknownPathIsANotFoundProblem() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(.GET, "/no/such/path")
                    #expect(response.status == .notFound)
                    #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }
        {{#firstResource}}

            @Test func createdResourceIsReadableAtItsLocation() async throws {
                try await withService { app in
                    let tester = try app.testing()
                    let created = try await tester.sendRequest(
                        .POST, "{{path}}", headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    #expect(created.status == .created)
                    let location = created.headers.first(name: .location) ?? ""
                    #expect(location.hasPrefix("{{path}}/"))
                    let read = try await tester.sendRequest(.GET, location)
                    #expect(read.status == .ok)
                    #expect(read.body.string.contains(String(location.dropFirst("{{path}}/".count))))
                    let page = try await tester.sendRequest(.GET, "{{path}}?limit=5")
                    #expect(page.status == .ok)
                    let fields = try JSONSerialization.jsonObject(with: Data(page.body.string.utf8)) as? [String: Any]
                    #expect(fields?["total"] as? Int == 1)
                    let deleted = try await tester.sendRequest(.DELETE, location)
                    #expect(deleted.status == .noContent)
                    let gone = try await tester.sendRequest(.GET, location)
                    #expect(gone.status == .notFound)
                    #expect(gone.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }

            @Test func malformedJSONIsABadRequestProblem() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(
                        .POST, "{{path}}", headers: json, body: ByteBuffer(string: "{not json"))
                    #expect(response.status == .badRequest)
                    #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }

            @Test func wrongContentTypeIsUnsupported() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(
                        .POST, "{{path}}", headers: ["Content-Type": "text/plain"],
                        body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    #expect(response.status == .unsupportedMediaType)
                    #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                }
            }

            @Test func pageSizeOutOfBoundsIsABadRequest() async throws {
                try await withService { app in
                    let response = try await app.testing().sendRequest(.GET, "{{path}}?limit=0")
                    #expect(response.status == .badRequest)
                }
            }
        {{/firstResource}}
        {{#publicationTest}}

            /// {{operationName}} writes its event into the outbox with its change: one delivery per reacting service.
            @Test func aCommandPublishesItsEventWithItsChange() async throws {
                try await withService { app in
                    let tester = try app.testing()
        {{#isCreation}}
                    let created = try await tester.sendRequest(
                        .POST, "{{path}}", headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    #expect(created.status == .created)
        {{/isCreation}}
        {{#isChange}}
                    let created = try await tester.sendRequest(
                        .POST, "{{collectionPath}}", headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    var ifMatch = json
                    ifMatch.add(name: .ifMatch, value: "\"1\"")
                    let changed = try await tester.sendRequest(
                        .POST, (created.headers.first(name: .location) ?? "") + "/{{pathSuffix}}", headers: ifMatch{{#hasBody}},
                        body: ByteBuffer(string: {{{bodyLiteral}}}){{/hasBody}})
                    #expect(changed.status == .accepted)
        {{/isChange}}
                    let outbox = try await tester.sendRequest(.GET, "/events/outbox")
                    #expect(outbox.status == .ok)
                    let status = try JSONSerialization.jsonObject(with: Data(outbox.body.string.utf8)) as? [String: Any]
                    #expect(status?["pending"] as? Int == {{destinations}})
                    #expect(status?["deadLetters"] as? Int == 0)
                }
            }
        {{/publicationTest}}
        {{#reactionTest}}

            /// {{useCaseComment}} reacts to {{eventComment}} once, however often it is delivered; an event it does not
            /// know, or one without its id, is a bad request.
            @Test func anEventIsHandledOnceHoweverOftenItIsDelivered() async throws {
                try await withService { app in
                    let tester = try app.testing()
        {{#fansOut}}
                    let stored = try await tester.sendRequest(
                        .POST, "{{collectionPath}}", headers: json, body: ByteBuffer(string: {{{sampleJSONLiteral}}}))
                    #expect(stored.status == .created)
        {{/fansOut}}
                    var headers = json
                    headers.add(name: "ce-specversion", value: "1.0")
                    headers.add(name: "ce-id", value: UUID().uuidString)
                    headers.add(name: "ce-source", value: "/tests")
                    headers.add(name: "ce-type", value: {{{typeLiteral}}})
                    for _ in 0..<2 {
                        let received = try await tester.sendRequest(
                            .POST, "/events", headers: headers, body: ByteBuffer(string: {{{payloadLiteral}}}))
                        #expect(received.status == .noContent)
                    }
                    func total() async throws -> Int? {
                        let page = try await tester.sendRequest(.GET, "{{collectionPath}}")
                        return (try JSONSerialization.jsonObject(with: Data(page.body.string.utf8)) as? [String: Any])?["total"] as? Int
                    }
                    #expect(try await total() == 1, "one {{nameComment}}, not two")
                    headers.replaceOrAdd(name: "ce-id", value: UUID().uuidString)
                    headers.replaceOrAdd(name: "ce-type", value: "unknown.Happened")
                    let unknown = try await tester.sendRequest(.POST, "/events", headers: headers, body: ByteBuffer(string: "{}"))
                    #expect(unknown.status == .badRequest)
                    #expect(unknown.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                    headers.remove(name: "ce-id")
                    headers.replaceOrAdd(name: "ce-type", value: {{{typeLiteral}}})
                    let anonymous = try await tester.sendRequest(
                        .POST, "/events", headers: headers, body: ByteBuffer(string: {{{payloadLiteral}}}))
                    #expect(anonymous.status == .badRequest, "an event without its ce-id")
                    #expect(try await total() == 1)
                }
            }
        {{/reactionTest}}
        }

        """#,
        "workspace/.env.example.mustache": #"""
        # Settings of the {{{systemComment}}} workspace: copy to .env (never commit .env) and adjust.
        # docker compose reads .env from this folder; without it the defaults below apply.
        LOG_LEVEL=info
        GATEWAY_PORT={{gatewayPort}}
        {{#services}}
        # {{{contextNameComment}}} on http://127.0.0.1:{{hostPort}} (through the gateway: http://127.0.0.1:{{gatewayPort}}{{gatewayPath}})
        {{portVariable}}={{hostPort}}
        {{/services}}

        # Passwords: give each one a long random value of your own (for example `openssl rand -base64 24`); compose refuses
        # to start while any is empty. The PostgreSQL superuser's:
        POSTGRES_PASSWORD=
        # Each service's own database role (postgres/init-databases.sh creates the roles when the volume is new):
        {{#services}}
        {{databasePasswordVariable}}=
        {{/services}}

        """#,
        "workspace/.gitignore.mustache": #"""
        .env
        .build/
        .swiftpm/
        Package.resolved

        """#,
        "workspace/README.md.mustache": #"""
        # {{{system}}} services

        Generated by `decompose scaffold` from `decomposition.json`: one {{{frameworkTitle}}} service per bounded
        context, each contract-first from its own `openapi.yaml`, behind an nginx API gateway.

        ## Build and run

        With Docker (every service, its database and the gateway):

        ```sh
        cp .env.example .env        # give every password a value of your own; adjust ports and the log level if you like
        docker compose up --build
        curl http://127.0.0.1:{{gatewayPort}}/health
        ```

        Compose refuses to start while a password in `.env` is empty: `.env.example` holds no working secret.

        The gateway answers on port {{gatewayPort}} and routes `/api/<service>/…` to that service (the prefix is
        removed on the way in and put back on `Location` headers). The services do not depend on each other at
        start-up; the gateway starts once every service reports healthy on `GET /health`.

        Without Docker (Swift 6.2 or later). `services/Package.swift` puts every service into one package graph, so
        their dependencies are resolved and compiled once for all of them (a first build of one {{{frameworkTitle}}}
        service takes minutes on 2 cores; each further service then takes about a minute). From this folder:

        ```sh
        for product in{{#services}} {{executableName}}{{/services}}; do
            swift build --package-path services --product "$product" || break
        done
        STORAGE=memory HTTP_PORT=8081 "$(swift build --package-path services --show-bin-path)/<service>-service"
        ```

        ## Data: a database per service

        Every service keeps its resources in its own PostgreSQL database, reached with its own role: compose starts one
        PostgreSQL server, and `postgres/init-databases.sh` (run when its volume is first created) creates one role and one
        database per service, owned by that role, with the privileges PUBLIC has by default revoked, so no service's role
        can connect to another service's database. A reference to an entity of another service is a plain id, without a
        foreign key. Each service applies its own migrations (`services/<service>/Sources/<Service>/Migrations/`) at
        start-up, under an advisory lock, recorded in its `schema_migrations` table; an applied migration that was edited
        afterwards stops the service with an error naming it: add a new migration instead.

        To run one service against a PostgreSQL of your own (here the order service, with a server on 127.0.0.1:5432):

        ```sh
        PGUSER=postgres ORDER_DB_PASSWORD=… bash postgres/init-databases.sh   # once; it needs every *_DB_PASSWORD set
        POSTGRES_HOST=127.0.0.1 POSTGRES_USER=order POSTGRES_DATABASE=order POSTGRES_PASSWORD=… \
            HTTP_PORT=8081 "$(swift build --package-path services --show-bin-path)/order-service"
        ```

        `DATABASE_URL=postgres://order:…@127.0.0.1:5432/order` does the same in one setting, and `STORAGE=memory` keeps
        everything in memory instead (the unit tests do; nothing survives a restart).

        Each service folder is a package of its own too, with its README, routes and tests. Run the tests in the same build
        folder, so that nothing is compiled twice: `swift test --package-path services/<service> --scratch-path
        services/.build`. SwiftPM keeps the plan of the last package it built in that folder and reuses it for the next
        one, so before testing another package remove it: `rm -f services/.build/debug/description.json` (otherwise the
        previous package's tests run again). The framework-neutral code every service shares (settings, lifecycle, problem+json errors,
        request ids, paging, repositories, migrations, the events' outbox, relay and inbox) is generated once, in the local package `chassis/`
        (`ServiceChassis`), which each service depends on by path; its tests run with `swift test --package-path chassis
        --scratch-path services/.build` (set `TEST_DATABASE_URL` to a database they may fill and empty to include the
        migration runner's tests against PostgreSQL).

        ## Services

        | Service | Context | Gateway route | Direct port | Owns |
        |---|---|---|---|---|
        {{#services}}
        | [`{{serviceName}}`]({{folder}}/) | {{{contextName}}} | `{{gatewayPath}}` | {{hostPort}} (`{{portVariable}}`) | {{{entities}}} |
        {{/services}}
        {{#services}}

        ### {{{contextName}}} (`{{folder}}`)

        - Entities: {{{entities}}}
        - Aggregates: {{{aggregates}}}
        - Use cases: {{{useCases}}}
        - Teams: {{{owners}}}
        {{/services}}

        ## Context map

        {{#hasRelationships}}
        Upstream contexts publish what downstream contexts depend on; the pattern is the one `decompose analyze`
        suggested for the relationship.

        | Upstream | Downstream | Pattern | Why | What crosses |
        |---|---|---|---|---|
        {{#relationships}}
        | {{{upstream}}} | {{{downstream}}} | {{{pattern}}} | {{{reasons}}} | {{{crossings}}} |
        {{/relationships}}
        {{/hasRelationships}}
        {{^hasRelationships}}
        The contexts do not depend on each other.
        {{/hasRelationships}}
        {{#hasEvents}}

        ## Domain events

        What the model says the use cases publish (`emits`) and react to (`on`), by service; each service's
        `asyncapi.yaml` describes its side as CloudEvents 1.0 messages.

        | Event | Published by | Reacted to by |
        |---|---|---|
        {{#events}}
        | {{{nameMarkdown}}} | {{{publishersMarkdown}}} | {{{subscribersMarkdown}}} |
        {{/events}}
        {{/hasEvents}}
        {{#hasSagas}}

        ## Sagas to implement

        These use cases write in more than one context: each needs a saga (local transactions with
        compensations) instead of one database transaction.

        {{#sagas}}
        - **{{{useCase}}}** ({{{contexts}}}): {{{reason}}}
        {{/sagas}}
        {{/hasSagas}}

        ## Re-generating

        Run `decompose scaffold` again after changing the model; to move entities or rename contexts, edit a copy of
        `decomposition.json` and pass it with `--decomposition FILE`. Files you have not touched are updated, files
        you edited or added are left alone and reported (`--force` overwrites them), and nothing is ever deleted.
        `.decompose/manifest.json` records what was generated.

        """#,
        "workspace/decomposition.json.mustache": #"""
        {{{json}}}
        """#,
        "workspace/docker-compose.yml.mustache": #"""
        # Generated by decompose scaffold: the {{{systemComment}}} services behind one API gateway, each with its own
        # PostgreSQL database. Ports, settings and every password come from .env (copy .env.example and fill it in);
        # nothing secret is written here.
        name: {{projectName}}

        services:
          {{gatewayService}}:
            image: nginx:1.27-alpine
            ports:
              - "{{{gatewayPortBinding}}}"
            volumes:
              - ./gateway/nginx.conf:/etc/nginx/nginx.conf:ro
            healthcheck:
              test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
              interval: 10s
              timeout: 3s
              retries: 5
              start_period: 5s
            depends_on:
        {{#services}}
              {{serviceName}}:
                condition: service_healthy
        {{/services}}
            restart: unless-stopped

          # One server, one database and role per service (postgres/init-databases.sh, run when the volume is new); no
          # service's role may connect to another service's database.
          {{postgresService}}:
            image: postgres:17-alpine
            environment:
              POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}"
        {{#services}}
              {{databasePasswordVariable}}: "{{{databasePasswordReference}}}"
        {{/services}}
            volumes:
              - ./postgres/init-databases.sh:/docker-entrypoint-initdb.d/init-databases.sh:ro
              - postgres-data:/var/lib/postgresql/data
            healthcheck:
              test: ["CMD-SHELL", "pg_isready --username postgres --dbname postgres"]
              interval: 5s
              timeout: 3s
              retries: 10
              start_period: 10s
            restart: unless-stopped
        {{#services}}

          # {{{contextNameComment}}}: owns {{{entitiesComment}}}
          {{serviceName}}:
            build:
              # The workspace root: the service depends on ./chassis.
              context: .
              dockerfile: {{folder}}/Dockerfile
            environment:
              HTTP_HOST: "0.0.0.0"
              HTTP_PORT: "{{containerPort}}"
              LOG_LEVEL: ${LOG_LEVEL:-info}
              STORAGE: postgres
              POSTGRES_HOST: {{postgresService}}
              POSTGRES_USER: {{databaseName}}
              POSTGRES_DATABASE: {{databaseName}}
              POSTGRES_PASSWORD: "{{{databasePasswordReference}}}"
            depends_on:
              {{postgresService}}:
                condition: service_healthy
            ports:
              - "{{{hostPortBinding}}}"
            healthcheck:
              test: ["CMD", "curl", "-fsS", "http://127.0.0.1:{{containerPort}}/health"]
              interval: 10s
              timeout: 3s
              retries: 5
              start_period: 10s
            restart: unless-stopped
        {{/services}}

        volumes:
          postgres-data:

        """#,
        "workspace/gateway/nginx.conf.mustache": #"""
        # Generated by decompose scaffold: the API gateway of {{{systemComment}}}.
        # /api/<service>/... is passed to that service with the prefix removed; Location headers get it back.
        worker_processes auto;
        pid /tmp/nginx.pid;

        events {
            worker_connections 1024;
        }

        http {
            client_body_temp_path /tmp/client_body;
            proxy_temp_path /tmp/proxy;
            access_log /dev/stdout;
            error_log /dev/stderr warn;
        {{#services}}

            upstream {{serviceName}} {
                server {{serviceName}}:{{containerPort}};
            }
        {{/services}}

            server {
                listen {{containerPort}};

                location = /health {
                    default_type text/plain;
                    return 200 "ok\n";
                }
        {{#services}}

                # {{{contextNameComment}}}: its events stay between the services (POST /events and the outbox's operator
                # endpoints are not published).
                location ~ ^{{gatewayPath}}events(/|$) {
                    default_type application/problem+json;
                    return 404 '{"type":"about:blank","title":"Not Found","status":404}';
                }
                location {{gatewayPath}} {
                    proxy_pass http://{{serviceName}}/;
                    proxy_redirect / {{gatewayPath}};
                    proxy_set_header Host $host;
                    proxy_set_header X-Request-ID $request_id;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Prefix {{gatewayPath}};
                }
        {{/services}}

                location / {
                    default_type application/problem+json;
                    return 404 '{"type":"about:blank","title":"Not Found","status":404}';
                }
            }
        }

        """#,
        "workspace/postgres/init-databases.sh.mustache": #"""
        #!/usr/bin/env bash
        # Database per service: creates one PostgreSQL role and one database per {{{systemComment}}} service, each owned by
        # its role, with every privilege PUBLIC has by default (CONNECT, TEMPORARY) revoked, so that no service's role can
        # connect to another service's database. Passwords come from the environment (`.env`), never from this file.
        #
        # docker compose runs it once, when the postgres volume is first initialised (/docker-entrypoint-initdb.d). To run it
        # against another server as its superuser: PGHOST=… PGUSER=postgres ORDER_DB_PASSWORD=… bash postgres/init-databases.sh
        set -euo pipefail

        create() { # database and role name, the environment variable holding the role's password
            local name=$1 variable=$2
            local password=${!variable:-}
            if [[ -z "$password" ]]; then
                echo "init-databases: $variable is not set (copy .env.example to .env and give every password)" >&2
                exit 1
            fi
            # psql quotes the variables itself (:"name" as an identifier, :'password' as a literal).
            psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-${PGUSER:-postgres}}" --dbname postgres \
                -v name="$name" -v password="$password" <<'SQL'
        CREATE ROLE :"name" LOGIN PASSWORD :'password';
        CREATE DATABASE :"name" OWNER :"name";
        REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
        SQL
            echo "init-databases: created the role and database $name"
        }

        {{#services}}
        create {{databaseName}} {{databasePasswordVariable}}
        {{/services}}

        """#,
        "workspace/services/Package.swift.mustache": #"""
        // swift-tools-version:6.2
        import PackageDescription

        /// Every {{projectName}} service in one package graph, so that their dependencies are resolved and compiled once
        /// for all of them. It has no targets of its own; build the services by product, from the workspace root:
        ///
        ///     for product in{{#services}} {{executableName}}{{/services}}; do
        ///         swift build --package-path services --product "$product" || break
        ///     done
        let package = Package(
            name: "services",
            platforms: [.macOS(.v15)],
            dependencies: [
        {{#services}}
                .package(path: "{{packageIdentity}}"),
        {{/services}}
            ],
            targets: []
        )

        """#,
    ]
}
