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
