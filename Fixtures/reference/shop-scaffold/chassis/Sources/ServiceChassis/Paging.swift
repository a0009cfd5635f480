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
