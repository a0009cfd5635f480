/// A call to another service that did not get an answer: its circuit breaker is open, it timed out, or it failed
/// after its retries. The handler answers `503` problem+json with `Retry-After` (`problem`, `retryAfterSeconds`).
public struct UpstreamUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The breaker is open: the upstream failed too often, and is left alone for a while.
        case circuitOpen
        /// No answer within the call's timeout (or what was left of the caller's deadline).
        case timedOut
        /// The upstream could not be reached, or answered that it cannot serve.
        case failed(String)
    }

    /// The upstream service's name.
    public var upstream: String
    /// When a retry may succeed.
    public var retryAfter: Duration
    public var reason: Reason

    public init(upstream: String, retryAfter: Duration, reason: Reason) {
        self.upstream = upstream
        self.retryAfter = retryAfter
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .circuitOpen: "The \(upstream) service is unavailable: its circuit breaker is open."
        case .timedOut: "The \(upstream) service did not answer in time."
        case .failed(let why): "The \(upstream) service failed: \(why)"
        }
    }

    /// `Retry-After` in whole seconds, at least 1.
    public var retryAfterSeconds: Int {
        max(Int(retryAfter.components.seconds) + (retryAfter.components.attoseconds > 0 ? 1 : 0), 1)
    }

    /// The `503` problem the caller's client gets.
    public var problem: ProblemDetails {
        ProblemDetails(title: "Service Unavailable", status: 503, detail: description)
    }
}
