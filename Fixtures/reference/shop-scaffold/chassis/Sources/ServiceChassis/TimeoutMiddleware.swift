import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Bounds each call to an upstream service by `timeout`, or by what is left of the deadline of the request being
/// served when that is sooner, and tells the upstream how long it has (`X-Request-Timeout-Ms`). A call without an
/// answer in time is `UpstreamUnavailable` (`.timedOut`); so is one whose deadline has already passed, unsent.
public struct TimeoutMiddleware: ClientMiddleware {
    public let upstream: String
    public let timeout: Duration

    public init(upstream: String, timeout: Duration) {
        self.upstream = upstream
        self.timeout = timeout
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let budget = RequestDeadline.current.map { min(timeout, ContinuousClock.now.duration(to: $0)) } ?? timeout
        let timedOut = UpstreamUnavailable(upstream: upstream, retryAfter: .seconds(1), reason: .timedOut)
        guard budget > .zero else { throw timedOut }
        var request = request
        request.headerFields[RequestDeadline.header] = String(max(budget.nanoseconds / 1_000_000, 1))
        let sent = request
        // The task group ends before this method returns, so `next` does not outlive the call.
        return try await withoutActuallyEscaping(next) { next in
            try await withThrowingTaskGroup(of: (HTTPResponse, HTTPBody?)?.self) { group in
                group.addTask { try await next(sent, body, baseURL) }
                group.addTask {
                    try await Task.sleep(for: budget)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let answer = first else { throw timedOut }
                return answer
            }
        }
    }
}
