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
