import PostgresNIO

/// Where a service keeps its resources, as its settings chose (`STORAGE`).
public enum Storage: Sendable {
    /// In the process's memory: for tests and a quick start without a database; lost on restart.
    case memory
    /// In the service's own PostgreSQL database, through this client.
    case postgres(PostgresClient)
}
