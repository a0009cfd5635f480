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
