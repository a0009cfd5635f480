/// Sends an event to one destination: the seam between the outbox relay and a transport. The chassis has
/// `HTTPEventPublisher` (CloudEvents over HTTP, binary mode); a Kafka, NATS or RabbitMQ client fits behind this
/// protocol with the destination naming a topic or subject, and the relay keeps its ordering, retries and dead
/// letters.
public protocol EventPublisher: Sendable {
    /// Delivers `event` to `destination` once, answering what became of it; never throws.
    func publish(_ event: DomainEvent, to destination: String) async -> Delivery
}

/// What became of one attempt to deliver an event.
public enum Delivery: Sendable, Equatable {
    /// The receiver took it (a 2xx answer).
    case delivered
    /// The receiver refused it for good (a 4xx answer other than 408 and 429): retrying cannot help.
    case refused(String)
    /// It did not arrive, or the receiver failed (no connection, a timeout, a 5xx, 408 or 429): retry later.
    case failed(String)
}
