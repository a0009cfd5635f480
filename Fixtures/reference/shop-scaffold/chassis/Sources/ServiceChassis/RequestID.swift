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
