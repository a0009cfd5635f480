/// Exponential backoff: the n-th wait is drawn from `first` × 2ⁿ⁻¹ (at most `cap`), so that retries of many callers
/// spread out instead of arriving together.
public struct Backoff: Sendable, Equatable {
    /// How much of each wait is random.
    public enum Jitter: Sendable, Equatable {
        /// Between half and all of it: each wait is at least as long as the one before (the outbox relay's).
        case equal
        /// Anywhere from nothing to all of it: the least load on a struggling upstream (the clients' retries).
        case full
    }

    public var first: Duration
    public var cap: Duration
    public var jitter: Jitter

    public init(first: Duration = .seconds(1), cap: Duration = .seconds(300), jitter: Jitter = .equal) {
        self.first = first
        self.cap = cap
        self.jitter = jitter
    }

    /// The wait after `failures` failed attempts (1 for the first); `random` picks a fraction from 0 to 1.
    public func delay(afterFailures failures: Int, random: () -> Double = { Double.random(in: 0...1) }) -> Duration {
        let exponent = min(max(failures - 1, 0), 30)
        let ceiling = min(first * (1 << exponent), cap).nanoseconds
        let fraction = min(max(random(), 0), 1)
        switch jitter {
        case .equal: return .nanoseconds(ceiling / 2 + Int64(Double(ceiling / 2) * fraction))
        case .full: return .nanoseconds(Int64(Double(ceiling) * fraction))
        }
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
