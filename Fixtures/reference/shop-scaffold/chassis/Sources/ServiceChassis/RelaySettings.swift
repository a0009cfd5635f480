import Configuration

/// How the outbox relay delivers events: how often it looks, how long it waits for a receiver, and how it retries.
public struct RelaySettings: Sendable, Equatable {
    /// The pause between two looks at the outbox when nothing was due (`relay.poll.ms`: `RELAY_POLL_MS`).
    public var pollInterval: Duration
    /// The most events one look takes.
    public var batchSize: Int
    /// How long a taken event is left to its relay before another may send it again (`relay.lease.ms`): a relay
    /// that dies after sending leaves it to be sent again once the lease is over.
    public var lease: Duration
    /// How long a receiver has to answer (`relay.timeout.ms`).
    public var requestTimeout: Duration
    /// The retry delays: the first, doubled after each failure up to the cap, half of it fixed and half random.
    public var backoff: Backoff
    /// How long an event is retried before it goes to the dead letters (`relay.max.age.s`: `RELAY_MAX_AGE_S`).
    public var maxAge: Duration

    public init(
        pollInterval: Duration = .milliseconds(500), batchSize: Int = 50, lease: Duration = .seconds(30),
        requestTimeout: Duration = .seconds(10), backoff: Backoff = Backoff(), maxAge: Duration = .seconds(3600)
    ) {
        self.pollInterval = pollInterval
        self.batchSize = batchSize
        self.lease = lease
        self.requestTimeout = requestTimeout
        self.backoff = backoff
        self.maxAge = maxAge
    }

    /// Reads the settings from `config`; a value that is not a positive whole number is an error naming it.
    public init(reading config: ConfigReader) throws(SettingsError) {
        func number(_ key: String, _ variable: String, default value: Int) throws(SettingsError) -> Int {
            let text = config.string(forKey: ConfigKey(key.split(separator: ".").map(String.init)), default: String(value))
            guard let number = Int(text), number > 0 else {
                throw SettingsError(setting: variable, value: text, expected: "a whole number above 0")
            }
            return number
        }
        self.init(
            pollInterval: .milliseconds(try number("relay.poll.ms", "RELAY_POLL_MS", default: 500)),
            lease: .milliseconds(try number("relay.lease.ms", "RELAY_LEASE_MS", default: 30_000)),
            requestTimeout: .milliseconds(try number("relay.timeout.ms", "RELAY_TIMEOUT_MS", default: 10_000)),
            backoff: Backoff(
                first: .milliseconds(try number("relay.backoff.first.ms", "RELAY_BACKOFF_FIRST_MS", default: 1000)),
                cap: .milliseconds(try number("relay.backoff.cap.ms", "RELAY_BACKOFF_CAP_MS", default: 300_000))),
            maxAge: .seconds(try number("relay.max.age.s", "RELAY_MAX_AGE_S", default: 3600)))
    }
}

/// Exponential backoff with "equal jitter": the n-th retry waits between half and all of `first` × 2ⁿ (at most
/// `cap`), so retries of many senders spread out, and each wait is at least as long as the one before.
public struct Backoff: Sendable, Equatable {
    public var first: Duration
    public var cap: Duration

    public init(first: Duration = .seconds(1), cap: Duration = .seconds(300)) {
        self.first = first
        self.cap = cap
    }

    /// The wait after `failures` failed attempts (1 for the first); `random` picks a fraction from 0 to 1.
    public func delay(afterFailures failures: Int, random: () -> Double = { Double.random(in: 0...1) }) -> Duration {
        let exponent = min(max(failures - 1, 0), 30)
        let half = min(first * (1 << exponent), cap).nanoseconds / 2
        return .nanoseconds(half + Int64(Double(half) * min(max(random(), 0), 1)))
    }
}
