import Foundation
import Logging
import Testing

@testable import ServiceChassis

/// A receiver that answers from a script, recording what it was sent.
actor ScriptedPublisher: EventPublisher {
    /// The answers, in turn; the last one repeats.
    var answers: [Delivery]
    private(set) var sent: [(id: String, destination: String)] = []

    init(_ answers: [Delivery] = [.delivered]) {
        self.answers = answers
    }

    func publish(_ event: DomainEvent, to destination: String) async -> Delivery {
        sent.append((event.id, destination))
        return answers.count > 1 ? answers.removeFirst() : answers[0]
    }

    func sentIDs() -> [String] { sent.map(\.id) }
}

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var time = Date(timeIntervalSince1970: 1_800_000_000)

    var now: Date { lock.withLock { time } }

    func advance(_ seconds: Double) {
        lock.withLock { time = time.addingTimeInterval(seconds) }
    }
}

struct Named: Codable, Equatable, Sendable {
    var name: String
}

@Suite struct OutboxTests {
    let store = InMemoryStore()
    let clock = TestClock()
    let routes = EventRoutes(destinations: ["shop.Named": ["http://a/events", "http://b/events"]])
    var outbox: Outbox { .inMemory(store, routes: routes) }
    var repository: InMemoryRepository<Named> { InMemoryRepository(store: store, table: "named") }

    func event(subject: String = "s1", name: String = "x") throws -> DomainEvent {
        try DomainEvent(type: "shop.Named", source: "/test", subject: subject, payload: Named(name: name), time: clock.now)
    }

    func relay(_ publisher: ScriptedPublisher, maxAge: Duration = .seconds(60)) -> OutboxRelay {
        let clock = clock
        return OutboxRelay(
            outbox: outbox, publisher: publisher,
            settings: RelaySettings(lease: .seconds(30), backoff: Backoff(first: .seconds(1), cap: .seconds(8)), maxAge: maxAge),
            logger: Logger(label: "relay-tests"), now: { clock.now }, random: { 0.5 })
    }

    @Test func anEventIsWrittenWithTheChangeOneRowPerDestination() async throws {
        var changes = ChangeSet()
        try changes.add(.insert(Named(name: "x"), id: "1"), to: repository, named: "Named")
        changes.publish(try event(), to: outbox, now: clock.now)
        #expect(try await changes.commit() == .done(versions: [1, 1, 1]))
        let status = try await outbox.status(now: clock.now)
        #expect(status == OutboxStatus(pending: 2, lagSeconds: 0, deadLetters: 0))
    }

    @Test func anEventOfAChangeThatIsUndoneIsNeverWritten() async throws {
        var changes = ChangeSet()
        changes.publish(try event(), to: outbox, now: clock.now)
        try changes.add(.replace(Named(name: "y"), id: "missing", expectedVersion: nil), to: repository, named: "Named")
        guard case .failed = try await changes.commit() else {
            Issue.record("a change of a missing resource was made")
            return
        }
        #expect(try await outbox.status(now: clock.now).pending == 0)
    }

    @Test func aTypeNobodyReactsToWritesNoRow() async throws {
        var changes = ChangeSet()
        changes.publish(
            try DomainEvent(type: "shop.Other", source: "/test", subject: "s", payload: Named(name: "x")), to: outbox)
        #expect(try await changes.commit() == .done(versions: []))
    }

    @Test func theRelayDeliversEachRowAndRemovesIt() async throws {
        var changes = ChangeSet()
        let sent = try event()
        changes.publish(sent, to: outbox, now: clock.now)
        _ = try await changes.commit()
        let publisher = ScriptedPublisher()
        #expect(try await relay(publisher).deliverDue() == 2)
        #expect(await publisher.sent.map(\.destination) == ["http://a/events", "http://b/events"])
        #expect(try await outbox.status(now: clock.now).pending == 0)
    }

    @Test func eventsAboutOneResourceAreDeliveredInOrderOthersDoNotWait() async throws {
        let single = EventRoutes(destinations: ["shop.Named": ["http://a/events"]])
        let outbox = Outbox.inMemory(store, routes: single)
        let first = try event(subject: "s1", name: "1"), second = try event(subject: "s1", name: "2")
        let other = try event(subject: "s2", name: "3")
        for event in [first, second, other] {
            var changes = ChangeSet()
            changes.publish(event, to: outbox, now: clock.now)
            _ = try await changes.commit()
        }
        let publisher = ScriptedPublisher([.failed("down"), .delivered])
        let clock = clock
        let relay = OutboxRelay(
            outbox: outbox, publisher: publisher, settings: RelaySettings(backoff: Backoff(first: .seconds(1))),
            logger: Logger(label: "relay-tests"), now: { clock.now }, random: { 0 })
        try await relay.deliverDue()
        // The first failed: the second, about the same resource, waits for it; the third went.
        #expect(await publisher.sentIDs() == [first.id, other.id])
        try await relay.deliverDue()
        #expect(await publisher.sentIDs() == [first.id, other.id])
        clock.advance(1)
        try await relay.deliverDue()
        try await relay.deliverDue()
        #expect(await publisher.sentIDs() == [first.id, other.id, first.id, second.id])
    }

    @Test func failuresAreRetriedWithGrowingDelaysThenGivenUpAtTheMaximumAge() async throws {
        var changes = ChangeSet()
        let single = EventRoutes(destinations: ["shop.Named": ["http://a/events"]])
        let outbox = Outbox.inMemory(store, routes: single)
        changes.publish(try event(), to: outbox, now: clock.now)
        _ = try await changes.commit()
        let publisher = ScriptedPublisher([.failed("500 Internal Server Error")])
        let clock = clock
        let relay = OutboxRelay(
            outbox: outbox, publisher: publisher,
            settings: RelaySettings(backoff: Backoff(first: .seconds(1), cap: .seconds(8)), maxAge: .seconds(20)),
            logger: Logger(label: "relay-tests"), now: { clock.now }, random: { 1 })
        var waits: [Double] = []
        var waited = 0.0
        while try await outbox.status(now: clock.now).deadLetters == 0 {
            let before = await publisher.sent.count
            try await relay.deliverDue()
            if await publisher.sent.count > before {
                waits.append(waited)
                waited = 0
            }
            clock.advance(0.5)
            waited += 0.5
        }
        // Sent at once, then after 1, 2, 4, 8 and 8 s (the cap); given up at the first failure past 20 s.
        #expect(waits == [0, 1, 2, 4, 8, 8])
        let letters = try await outbox.deadLetters(limit: 10, offset: 0)
        #expect(letters.count == 1)
        #expect(letters.first?.attempts == 6)
        #expect(letters.first?.reason.hasPrefix("failed for 23 s: 500") == true)
        #expect(try await outbox.status(now: clock.now).pending == 0)
    }

    @Test func aRefusedEventIsADeadLetterAtOnceAndCanBeReplayed() async throws {
        var changes = ChangeSet()
        let single = EventRoutes(destinations: ["shop.Named": ["http://a/events"]])
        let outbox = Outbox.inMemory(store, routes: single)
        let refused = try event()
        changes.publish(refused, to: outbox, now: clock.now)
        _ = try await changes.commit()
        let publisher = ScriptedPublisher([.refused("400 Bad Request"), .delivered])
        let clock = clock
        let relay = OutboxRelay(
            outbox: outbox, publisher: publisher, settings: RelaySettings(), logger: Logger(label: "relay-tests"),
            now: { clock.now })
        try await relay.deliverDue()
        #expect(try await outbox.status(now: clock.now) == OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 1))
        #expect(try await outbox.deadLetters(limit: 10, offset: 0).map(\.reason) == ["refused: 400 Bad Request"])
        #expect(try await outbox.replay(eventID: refused.id, destination: "http://a/events", now: clock.now))
        #expect(try await !outbox.replay(eventID: refused.id, destination: "http://a/events", now: clock.now))
        try await relay.deliverDue()
        #expect(await publisher.sentIDs() == [refused.id, refused.id])
        #expect(try await outbox.status(now: clock.now) == OutboxStatus(pending: 0, lagSeconds: 0, deadLetters: 0))
    }

    @Test func aTakenRowIsHiddenForTheLeaseThenSentAgain() async throws {
        var changes = ChangeSet()
        changes.publish(try event(), to: outbox, now: clock.now)
        _ = try await changes.commit()
        // A relay that took the rows and died before marking them.
        #expect(try await outbox.take(now: clock.now, lease: .seconds(30), limit: 10).count == 2)
        #expect(try await outbox.take(now: clock.now, lease: .seconds(30), limit: 10).isEmpty)
        clock.advance(10)
        #expect(try await outbox.status(now: clock.now).lagSeconds == 10)
        clock.advance(20)
        #expect(try await outbox.take(now: clock.now, lease: .seconds(30), limit: 10).count == 2)
    }
}

@Suite struct InboxTests {
    @Test func anEventRecordedWithItsEffectIsRecognisedAsARepeat() async throws {
        let store = InMemoryStore()
        let inbox = Inbox.inMemory(store)
        let repository = InMemoryRepository<Named>(store: store, table: "named")
        let event = try DomainEvent(type: "shop.Named", source: "/test", subject: "s", payload: Named(name: "x"))
        #expect(try await !inbox.contains(event))
        for (attempt, id) in ["1", "2"].enumerated() {
            var changes = ChangeSet()
            changes.record(event, in: inbox)
            try changes.add(.insert(Named(name: "x"), id: id), to: repository, named: "Named")
            let outcome = try await changes.commit()
            if attempt == 0 {
                #expect(outcome == .done(versions: [1, 1]))
            } else {
                #expect(outcome == .failed(ChangeFailure(index: 0, resource: "event", id: event.id, outcome: .stale(current: 1))))
            }
        }
        #expect(try await inbox.contains(event))
        #expect(await repository.list(limit: 10, offset: 0).total == 1)
    }

    @Test func aRecordUndoneWithItsEffectLeavesTheEventNew() async throws {
        let store = InMemoryStore()
        let inbox = Inbox.inMemory(store)
        let repository = InMemoryRepository<Named>(store: store, table: "named")
        let event = try DomainEvent(type: "shop.Named", source: "/test", subject: "s", payload: Named(name: "x"))
        var changes = ChangeSet()
        changes.record(event, in: inbox)
        try changes.add(.replace(Named(name: "x"), id: "missing", expectedVersion: nil), to: repository, named: "Named")
        _ = try await changes.commit()
        #expect(try await !inbox.contains(event))
    }
}

@Suite struct EventSettingsTests {
    @Test func eventsGoToTheReactingServicesUnlessASinkTakesThemAll() throws {
        let subscribers = ["shop.ProductCreated": ["stock-item", "search"]]
        let local = ServiceSettings.reader(
            arguments: ["service"], environment: ["STOCK_ITEM_URL": "http://127.0.0.1:9001"])
        #expect(
            try EventSettings(reading: local, services: ["stock-item", "search"]).routes(subscribers: subscribers)
                == EventRoutes(destinations: [
                    "shop.ProductCreated": ["http://127.0.0.1:9001/events", "http://search:8080/events"]
                ]))
        let broker = ServiceSettings.reader(
            arguments: ["service"], environment: ["K_SINK": "http://broker-ingress/shop/default"])
        #expect(
            try EventSettings(reading: broker, services: ["stock-item"]).routes(subscribers: subscribers)
                == EventRoutes(destinations: ["shop.ProductCreated": ["http://broker-ingress/shop/default"]]))
    }

    @Test func anUnusableRelaySettingIsAnErrorNamingIt() {
        let config = ServiceSettings.reader(arguments: ["service"], environment: ["RELAY_MAX_AGE_S": "soon"])
        #expect(throws: SettingsError(setting: "RELAY_MAX_AGE_S", value: "soon", expected: "a whole number above 0")) {
            try RelaySettings(reading: config)
        }
    }

    @Test func theBackoffDoublesUpToItsCapWithHalfOfItRandom() {
        let backoff = Backoff(first: .seconds(1), cap: .seconds(8))
        #expect((1...6).map { backoff.delay(afterFailures: $0, random: { 1 }) } == [1, 2, 4, 8, 8, 8].map { .seconds($0) })
        #expect(backoff.delay(afterFailures: 3, random: { 0 }) == .seconds(2))
    }

    @Test func theHeadersAreCloudEventsBinaryMode() throws {
        let event = DomainEvent(
            id: "e1", type: "shop.Named", source: "/test", subject: "s", time: Date(timeIntervalSince1970: 0),
            data: Data("{}".utf8))
        #expect(event.headers.map(\.name) == ["ce-specversion", "ce-id", "ce-source", "ce-type", "ce-subject", "ce-time", "content-type"])
        #expect(event.headers.first { $0.name == "ce-time" }?.value == "1970-01-01T00:00:00.000Z")
    }
}
