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
