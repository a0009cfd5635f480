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
        self.init(
            pollInterval: .milliseconds(try config.positiveInteger(forKey: "relay.poll.ms", default: 500)),
            lease: .milliseconds(try config.positiveInteger(forKey: "relay.lease.ms", default: 30_000)),
            requestTimeout: .milliseconds(try config.positiveInteger(forKey: "relay.timeout.ms", default: 10_000)),
            backoff: Backoff(
                first: .milliseconds(try config.positiveInteger(forKey: "relay.backoff.first.ms", default: 1000)),
                cap: .milliseconds(try config.positiveInteger(forKey: "relay.backoff.cap.ms", default: 300_000))),
            maxAge: .seconds(try config.positiveInteger(forKey: "relay.max.age.s", default: 3600)))
    }
}
