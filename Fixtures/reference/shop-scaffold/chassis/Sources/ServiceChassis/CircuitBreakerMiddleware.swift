import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Passes each call to an upstream service through its `CircuitBreaker`: an open breaker fails the call at once
/// (`UpstreamUnavailable`, `.circuitOpen`); a call that throws, or that the upstream answers `5xx` or `429`, counts
/// as a failure; any other answer, `4xx` included, shows the upstream is up.
public struct CircuitBreakerMiddleware: ClientMiddleware {
    public let breaker: CircuitBreaker

    public init(breaker: CircuitBreaker) {
        self.breaker = breaker
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        try await breaker.acquire()
        do {
            let answer = try await next(request, body, baseURL)
            let code = answer.0.status.code
            await breaker.record(success: code < 500 && code != 429)
            return answer
        } catch {
            await breaker.record(success: false)
            throw error
        }
    }
}
