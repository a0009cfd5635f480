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
