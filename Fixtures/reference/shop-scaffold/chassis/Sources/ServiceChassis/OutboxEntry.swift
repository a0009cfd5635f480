import Foundation

/// An event waiting in the outbox for one of its destinations.
public struct OutboxEntry: Sendable, Equatable {
    public var event: DomainEvent
    /// The URL it is sent to.
    public var destination: String
    /// How many times sending it failed.
    public var attempts: Int
    /// When it was written, with the change it reports.
    public var enqueuedAt: Date
    /// Why the last attempt failed.
    public var lastError: String?

    public init(event: DomainEvent, destination: String, attempts: Int = 0, enqueuedAt: Date, lastError: String? = nil) {
        self.event = event
        self.destination = destination
        self.attempts = attempts
        self.enqueuedAt = enqueuedAt
        self.lastError = lastError
    }
}

/// An event the relay gave up on: refused by its receiver, or still failing when it reached the maximum age. An
/// operator lists them and sends one again (`replay`).
public struct DeadLetter: Sendable, Equatable, Codable {
    public var eventID: String
    public var type: String
    public var source: String
    public var subject: String
    public var destination: String
    public var attempts: Int
    public var enqueuedAt: Date
    public var deadAt: Date
    /// Why it was given up: the receiver's answer, or the last failure.
    public var reason: String

    public init(entry: OutboxEntry, deadAt: Date, reason: String) {
        eventID = entry.event.id
        type = entry.event.type
        source = entry.event.source
        subject = entry.event.subject
        destination = entry.destination
        attempts = entry.attempts
        enqueuedAt = entry.enqueuedAt
        self.deadAt = deadAt
        self.reason = reason
    }
}

/// How far behind the relay is: what an operator and the metrics watch.
public struct OutboxStatus: Sendable, Equatable, Codable {
    /// Deliveries waiting (one per event and destination).
    public var pending: Int
    /// How long the oldest waiting delivery has waited, in seconds: the relay's lag (0 when none waits).
    public var lagSeconds: Double
    /// Deliveries given up.
    public var deadLetters: Int

    public init(pending: Int, lagSeconds: Double, deadLetters: Int) {
        self.pending = pending
        self.lagSeconds = lagSeconds
        self.deadLetters = deadLetters
    }
}
