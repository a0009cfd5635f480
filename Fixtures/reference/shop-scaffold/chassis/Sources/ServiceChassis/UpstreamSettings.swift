import Configuration
import OpenAPIRuntime

/// How a service calls one upstream service: the timeout of a call, its retries, and its circuit breaker. Read per
/// upstream from the settings under its name: `<upstream>.timeout.ms` (`PAYMENT_TIMEOUT_MS`), `.attempts`,
/// `.backoff.first.ms`, `.backoff.cap.ms`, `.breaker.failures`, `.breaker.cooldown.ms`.
public struct UpstreamSettings: Sendable, Equatable {
    /// The longest a call waits for its answer.
    public var timeout: Duration
    /// How many times a call that can be repeated is tried in all.
    public var maxAttempts: Int
    /// The waits between tries: exponential, with full jitter.
    public var backoff: Backoff
    /// Failures in a row that open the circuit breaker.
    public var failureThreshold: Int
    /// How long an open breaker waits before it lets a trial call through.
    public var coolDown: Duration

    public init(
        timeout: Duration = .seconds(2), maxAttempts: Int = 3,
        backoff: Backoff = Backoff(first: .milliseconds(100), cap: .seconds(2), jitter: .full),
        failureThreshold: Int = 5, coolDown: Duration = .seconds(10)
    ) {
        self.timeout = timeout
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.failureThreshold = failureThreshold
        self.coolDown = coolDown
    }

    /// Reads the settings of the upstream `upstream` from `config`; a value that is not a whole number above 0 is an
    /// error naming it.
    public init(reading config: ConfigReader, upstream: String) throws(SettingsError) {
        let defaults = UpstreamSettings()
        func milliseconds(_ key: String, _ value: Duration) throws(SettingsError) -> Duration {
            .milliseconds(try config.positiveInteger(forKey: upstream + "." + key, default: Int(value.nanoseconds / 1_000_000)))
        }
        self.init(
            timeout: try milliseconds("timeout.ms", defaults.timeout),
            maxAttempts: try config.positiveInteger(forKey: upstream + ".attempts", default: defaults.maxAttempts),
            backoff: Backoff(
                first: try milliseconds("backoff.first.ms", defaults.backoff.first),
                cap: try milliseconds("backoff.cap.ms", defaults.backoff.cap), jitter: .full),
            failureThreshold: try config.positiveInteger(
                forKey: upstream + ".breaker.failures", default: defaults.failureThreshold),
            coolDown: try milliseconds("breaker.cooldown.ms", defaults.coolDown))
    }

    /// The client middlewares of a call to `upstream`, outermost first: retries around the breaker around the
    /// timeout of each try.
    public func middlewares(upstream: String, breaker: CircuitBreaker) -> [any ClientMiddleware] {
        [
            RetryMiddleware(upstream: upstream, maxAttempts: maxAttempts, backoff: backoff),
            CircuitBreakerMiddleware(breaker: breaker), TimeoutMiddleware(upstream: upstream, timeout: timeout),
        ]
    }
}
