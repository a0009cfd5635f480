import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Retries a call to an upstream service that failed in a way a retry can mend (no connection, a timeout, `429`,
/// `502`, `503`, `504`), up to `maxAttempts` in all, waiting an exponential backoff with full jitter in between. Only
/// calls that are safe to repeat are retried: idempotent methods (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`) and
/// calls that carry an `Idempotency-Key`, whose upstream answers a repeat with its first answer. An open circuit
/// breaker is not retried, nor a wait that would end past the deadline of the request being served.
public struct RetryMiddleware: ClientMiddleware {
    public let upstream: String
    public let maxAttempts: Int
    public let backoff: Backoff
    let random: @Sendable () -> Double
    let sleep: @Sendable (Duration) async throws -> Void

    public init(
        upstream: String, maxAttempts: Int, backoff: Backoff,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.upstream = upstream
        self.maxAttempts = max(maxAttempts, 1)
        self.backoff = backoff
        self.random = random
        self.sleep = sleep
    }

    /// The header of a command's idempotency key.
    public static let idempotencyKey = HTTPField.Name("Idempotency-Key")!

    /// The methods a repeat of changes nothing more than the first call.
    static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .put, .delete, .options]

    /// The answers a retry may mend.
    static let transientStatuses: Set<Int> = [429, 502, 503, 504]

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let repeatable =
            Self.idempotentMethods.contains(request.method) || request.headerFields[Self.idempotencyKey] != nil
        guard repeatable, maxAttempts > 1, (body?.iterationBehavior ?? .multiple) == .multiple else {
            return try await next(request, body, baseURL)
        }
        var attempt = 1
        while true {
            do {
                let answer = try await next(request, body, baseURL)
                guard Self.transientStatuses.contains(answer.0.status.code), attempt < maxAttempts else { return answer }
            } catch let error as UpstreamUnavailable where error.reason == .circuitOpen {
                throw error
            } catch {
                guard attempt < maxAttempts, !Task.isCancelled else { throw error }
            }
            let wait = backoff.delay(afterFailures: attempt, random: random)
            if let deadline = RequestDeadline.current, ContinuousClock.now.advanced(by: wait) >= deadline {
                throw UpstreamUnavailable(upstream: upstream, retryAfter: .seconds(1), reason: .timedOut)
            }
            try await sleep(wait)
            attempt += 1
        }
    }
}
