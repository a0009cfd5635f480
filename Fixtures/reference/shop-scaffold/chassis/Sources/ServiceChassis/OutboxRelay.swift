import Foundation
import Logging
import ServiceLifecycle

/// Delivers the outbox: takes the due entries, sends each with the publisher, and removes it once delivered. A
/// failed attempt is retried after a growing delay (`Backoff`); an entry refused by its receiver, or still failing
/// when older than the maximum age, goes to the dead letters. Runs in the service's `ServiceGroup` and stops at
/// graceful shutdown after the entries in hand.
public struct OutboxRelay: Service {
    let outbox: Outbox
    let publisher: any EventPublisher
    let settings: RelaySettings
    let logger: Logger
    /// The time now; tests set it.
    let now: @Sendable () -> Date
    /// A fraction from 0 to 1 for the backoff's jitter; tests set it.
    let random: @Sendable () -> Double

    public init(
        outbox: Outbox, publisher: any EventPublisher, settings: RelaySettings, logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.outbox = outbox
        self.publisher = publisher
        self.settings = settings
        self.logger = logger
        self.now = now
        self.random = random
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let handled: Int
            do {
                handled = try await deliverDue()
            } catch {
                logger.error("The outbox relay could not read the outbox: \(error)")
                handled = 0
            }
            if handled == 0 {
                let pause = settings.pollInterval
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }
            }
        }
    }

    /// Takes the due entries once and handles each; answers how many it took.
    @discardableResult
    public func deliverDue() async throws -> Int {
        let entries = try await outbox.take(now: now(), lease: settings.lease, limit: settings.batchSize)
        for entry in entries {
            try await handle(entry, publisher.publish(entry.event, to: entry.destination))
        }
        return entries.count
    }

    /// Removes, retries or gives up `entry` as `delivery` says.
    func handle(_ entry: OutboxEntry, _ delivery: Delivery) async throws {
        let time = now()
        var tried = entry
        tried.attempts += 1
        var metadata: Logger.Metadata = [
            "event.id": "\(entry.event.id)", "event.type": "\(entry.event.type)", "destination": "\(entry.destination)",
        ]
        switch delivery {
        case .delivered:
            try await outbox.delivered(entry)
            logger.debug("Event delivered", metadata: metadata)
        case .refused(let answer):
            try await outbox.giveUp(tried, at: time, reason: "refused: " + answer)
            logger.error("Event refused by its receiver; moved to the dead letters", metadata: metadata)
        case .failed(let error):
            metadata["attempts"] = "\(tried.attempts)"
            let age = time.timeIntervalSince(entry.enqueuedAt)
            let maxAge = Double(settings.maxAge.components.seconds)
            if age >= maxAge {
                try await outbox.giveUp(tried, at: time, reason: "failed for \(Int(age)) s: " + error)
                logger.error("Event still failing at its maximum age; moved to the dead letters", metadata: metadata)
            } else {
                let delay = settings.backoff.delay(afterFailures: tried.attempts, random: random)
                try await outbox.retry(entry, at: time.adding(delay), error: error)
                metadata["retry.in"] = "\(delay)"
                logger.warning("Event delivery failed; retrying", metadata: metadata)
            }
        }
    }
}
