import ServiceChassis

/// Starts the Product service: reads its settings (`HTTP_HOST`/`--http-host`, `HTTP_PORT`/`--http-port`, default
/// 0.0.0.0:8080, `LOG_LEVEL`, `STORAGE` and the database's; a value it cannot use ends it with status 78),
/// migrates its PostgreSQL database, then serves until SIGTERM or SIGINT asks it to shut down gracefully.
@main
struct App {
    static func main() async {
        let settings = ServiceSettings.load(defaultPort: 8080, databaseName: "product")
        let logger = ServiceHost.logger(label: "product", settings: settings)
        await ServiceHost.run(settings: settings, logger: logger, migrations: Migration.bundled) { storage in
            let api = ServiceAPI(storage: storage, logger: logger)
            return [
                try buildApplication(settings: settings, api: api, logger: logger)
            ]
        }
    }
}
