import Foundation

/// A circuit breaker for one upstream service: after `failureThreshold` failures in a row it opens, and calls fail
/// at once instead of waiting for an upstream that is down; after `coolDown` it lets one call through (half-open),
/// whose outcome closes it again or keeps it open for another cool-down.
public actor CircuitBreaker {
    /// Where the breaker is.
    public enum State: Sendable, Equatable {
        /// Calls go through; `failures` in a row so far.
        case closed(failures: Int)
        /// Calls fail at once until `until`.
        case open(until: ContinuousClock.Instant)
        /// One trial call is out; the others fail at once until it ends.
        case halfOpen
    }

    /// The upstream's name, for errors and logs.
    public let upstream: String
    public let failureThreshold: Int
    public let coolDown: Duration
    public private(set) var state: State = .closed(failures: 0)
    let clock: ContinuousClock

    public init(upstream: String, failureThreshold: Int, coolDown: Duration, clock: ContinuousClock = ContinuousClock()) {
        self.upstream = upstream
        self.failureThreshold = max(failureThreshold, 1)
        self.coolDown = coolDown
        self.clock = clock
    }

    /// Asks to make a call: returns when it may go ahead, throws `UpstreamUnavailable` when the breaker is open (or
    /// half-open with its trial call out), naming how long until it may be tried again.
    public func acquire() throws(UpstreamUnavailable) {
        switch state {
        case .closed:
            return
        case .open(let until):
            let now = clock.now
            guard now >= until else {
                throw UpstreamUnavailable(upstream: upstream, retryAfter: now.duration(to: until), reason: .circuitOpen)
            }
            state = .halfOpen
        case .halfOpen:
            throw UpstreamUnavailable(upstream: upstream, retryAfter: coolDown, reason: .circuitOpen)
        }
    }

    /// Records how an acquired call ended.
    public func record(success: Bool) {
        switch (state, success) {
        case (_, true):
            state = .closed(failures: 0)
        case (.closed(let failures), false) where failures + 1 < failureThreshold:
            state = .closed(failures: failures + 1)
        case (_, false):
            state = .open(until: clock.now.advanced(by: coolDown))
        }
    }
}
