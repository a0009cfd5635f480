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
