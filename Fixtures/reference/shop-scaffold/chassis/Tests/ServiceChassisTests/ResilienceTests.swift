import Configuration
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import ServiceChassis

/// An upstream that answers from a script, counting the calls and keeping the headers it was sent.
actor ScriptedUpstream {
    enum Answer: Sendable {
        case status(Int)
        case failure
        case slow(Duration)
    }

    struct Unreachable: Error {}

    private var answers: [Answer]
    private(set) var calls = 0
    private(set) var headers: [HTTPFields] = []

    init(_ answers: [Answer]) {
        self.answers = answers
    }

    func answer(_ request: HTTPRequest) async throws -> (HTTPResponse, HTTPBody?) {
        calls += 1
        headers.append(request.headerFields)
        let answer = answers.count > 1 ? answers.removeFirst() : answers[0]
        switch answer {
        case .status(let code): return (HTTPResponse(status: .init(code: code)), nil)
        case .failure: throw Unreachable()
        case .slow(let delay):
            try await Task.sleep(for: delay)
            return (HTTPResponse(status: .ok), nil)
        }
    }
}

/// Records the waits a retry asked for instead of waiting them.
actor Waits {
    private(set) var all: [Duration] = []
    func add(_ wait: Duration) { all.append(wait) }
}

@Suite struct ResilienceTests {
    let url = URL(string: "http://payment:8080")!

    func call(
        _ middleware: some ClientMiddleware, _ upstream: ScriptedUpstream, method: HTTPRequest.Method = .get,
        headers: HTTPFields = [:], body: HTTPBody? = nil
    ) async throws -> HTTPResponse {
        let request = HTTPRequest(method: method, scheme: "http", authority: "payment", path: "/payments", headerFields: headers)
        return try await middleware.intercept(request, body: body, baseURL: url, operationID: "op") { request, _, _ in
            try await upstream.answer(request)
        }.0
    }

    func retry(_ waits: Waits, attempts: Int = 3) -> RetryMiddleware {
        RetryMiddleware(
            upstream: "payment", maxAttempts: attempts, backoff: Backoff(first: .milliseconds(100), cap: .seconds(1), jitter: .full),
            random: { 1 }, sleep: { await waits.add($0) })
    }

    @Test func fullJitterDrawsFromNothingToTheDoubledCeiling() {
        let backoff = Backoff(first: .milliseconds(100), cap: .milliseconds(300), jitter: .full)
        #expect((1...4).map { backoff.delay(afterFailures: $0, random: { 1 }) } == [100, 200, 300, 300].map { .milliseconds($0) })
        #expect(backoff.delay(afterFailures: 2, random: { 0 }) == .zero)
    }

    @Test func anIdempotentCallIsRetriedWithGrowingWaitsUntilItSucceeds() async throws {
        let upstream = ScriptedUpstream([.status(503), .failure, .status(200)])
        let waits = Waits()
        #expect(try await call(retry(waits), upstream).status == .ok)
        #expect(await upstream.calls == 3)
        #expect(await waits.all == [.milliseconds(100), .milliseconds(200)])
    }

    @Test func aCommandIsRetriedOnlyWithAnIdempotencyKey() async throws {
        let waits = Waits()
        let plain = ScriptedUpstream([.status(503), .status(200)])
        #expect(try await call(retry(waits), plain, method: .post).status == .serviceUnavailable)
        #expect(await plain.calls == 1)
        let keyed = ScriptedUpstream([.status(503), .status(200)])
        let key: HTTPFields = [RetryMiddleware.idempotencyKey: "order-1-reserve"]
        #expect(try await call(retry(waits), keyed, method: .post, headers: key).status == .ok)
        #expect(await keyed.calls == 2)
    }

    @Test func retriesStopAtTheLastAttemptAndAtAnAnswerARetryCannotMend() async throws {
        let waits = Waits()
        let down = ScriptedUpstream([.status(503)])
        #expect(try await call(retry(waits, attempts: 3), down).status == .serviceUnavailable)
        #expect(await down.calls == 3)
        let refusing = ScriptedUpstream([.status(400), .status(200)])
        #expect(try await call(retry(waits), refusing).status == .badRequest)
        #expect(await refusing.calls == 1)
        let once = ScriptedUpstream([.status(503), .status(200)])
        let single = HTTPBody([UInt8]("{}".utf8), length: .known(2), iterationBehavior: .single)
        #expect(try await call(retry(waits), once, method: .put, body: single).status == .serviceUnavailable, "a body that cannot be sent twice")
    }

    @Test func aCallWithoutAnAnswerInTimeTimesOutAndTellsTheUpstreamItsBudget() async throws {
        let slow = ScriptedUpstream([.slow(.seconds(5))])
        let timeout = TimeoutMiddleware(upstream: "payment", timeout: .milliseconds(50))
        let started = ContinuousClock.now
        await #expect(throws: UpstreamUnavailable(upstream: "payment", retryAfter: .seconds(1), reason: .timedOut)) {
            _ = try await call(timeout, slow)
        }
        #expect(started.duration(to: .now) < .seconds(2))
        let budget = try #require(await slow.headers.first?[RequestDeadline.header]).flatMap { Int($0) }
        #expect(budget == 50)
    }

    @Test func theDeadlineOfTheRequestBeingServedShortensTheCall() async throws {
        let upstream = ScriptedUpstream([.status(200)])
        let timeout = TimeoutMiddleware(upstream: "payment", timeout: .seconds(10))
        try await RequestDeadline.$current.withValue(ContinuousClock.now.advanced(by: .milliseconds(300))) {
            _ = try await call(timeout, upstream)
        }
        let budget = try #require(await upstream.headers.first?[RequestDeadline.header].flatMap { Int($0) })
        #expect(budget > 0 && budget <= 300)
        let never = ScriptedUpstream([.status(200)])
        await #expect(throws: UpstreamUnavailable.self) {
            try await RequestDeadline.$current.withValue(ContinuousClock.now.advanced(by: .milliseconds(-1))) {
                _ = try await call(timeout, never)
            }
        }
        #expect(await never.calls == 0, "a call past its deadline is not sent")
    }

    @Test func theServerTakesItsDeadlineFromTheHeader() async throws {
        let request = HTTPRequest(
            method: .get, scheme: nil, authority: nil, path: "/", headerFields: [RequestDeadline.header: "250"])
        let seen = try await DeadlineMiddleware().intercept(
            request, body: nil, metadata: ServerRequestMetadata(), operationID: "op"
        ) { _, _, _ in
            let left = RequestDeadline.current.map { ContinuousClock.now.duration(to: $0) } ?? .zero
            return (HTTPResponse(status: left > .zero && left <= .milliseconds(250) ? .ok : .badRequest), nil)
        }
        #expect(seen.0.status == .ok)
    }

    @Test func theBreakerOpensAfterFailuresInARowFailsFastThenTriesOneCall() async throws {
        let breaker = CircuitBreaker(upstream: "payment", failureThreshold: 2, coolDown: .milliseconds(100))
        let middleware = CircuitBreakerMiddleware(breaker: breaker)
        let down = ScriptedUpstream([.status(500), .failure, .status(200)])
        #expect(try await call(middleware, down).status == .internalServerError)
        await #expect(throws: ScriptedUpstream.Unreachable.self) { _ = try await call(middleware, down) }
        let started = ContinuousClock.now
        do {
            _ = try await call(middleware, down)
            Issue.record("an open breaker let a call through")
        } catch let error as UpstreamUnavailable {
            #expect(error.reason == .circuitOpen)
            #expect(error.retryAfter <= .milliseconds(100))
            #expect(error.problem.status == 503)
            #expect(error.retryAfterSeconds == 1)
        }
        #expect(started.duration(to: .now) < .milliseconds(50), "failing fast")
        #expect(await down.calls == 2)
        try await Task.sleep(for: .milliseconds(120))
        #expect(try await call(middleware, down).status == .ok, "the trial call after the cool-down")
        #expect(await breaker.state == .closed(failures: 0))
    }

    @Test func aFailedTrialCallOpensTheBreakerAgainAndOnlyOneTrialGoesOut() async throws {
        let breaker = CircuitBreaker(upstream: "payment", failureThreshold: 1, coolDown: .milliseconds(50))
        await breaker.record(success: false)
        try await Task.sleep(for: .milliseconds(60))
        try await breaker.acquire()
        await #expect(throws: UpstreamUnavailable.self) { try await breaker.acquire() }
        await breaker.record(success: false)
        guard case .open = await breaker.state else {
            Issue.record("a failed trial left the breaker \(await breaker.state)")
            return
        }
    }

    @Test func aStoppedUpstreamIsRefusedFastOnceItsBreakerIsOpen() async throws {
        let settings = UpstreamSettings(
            timeout: .milliseconds(200), maxAttempts: 2, backoff: Backoff(first: .milliseconds(1), cap: .milliseconds(1), jitter: .full),
            failureThreshold: 2, coolDown: .seconds(30))
        let breaker = CircuitBreaker(upstream: "payment", failureThreshold: settings.failureThreshold, coolDown: settings.coolDown)
        let stack = settings.middlewares(upstream: "payment", breaker: breaker)
        let down = ScriptedUpstream([.failure])
        func callThroughStack() async throws {
            let request = HTTPRequest(method: .get, scheme: "http", authority: "payment", path: "/payments")
            var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, _, _ in
                try await down.answer(request)
            }
            for middleware in stack.reversed() {
                let inner = next
                next = { request, body, url in
                    try await middleware.intercept(request, body: body, baseURL: url, operationID: "op", next: inner)
                }
            }
            _ = try await next(request, nil, url)
        }
        await #expect(throws: (any Error).self) { try await callThroughStack() }
        #expect(await down.calls == 2, "two tries, and the breaker opens")
        let started = ContinuousClock.now
        await #expect(throws: UpstreamUnavailable.self) { try await callThroughStack() }
        #expect(started.duration(to: .now) < .milliseconds(100))
        #expect(await down.calls == 2, "no call reaches a stopped upstream while the breaker is open")
    }

    @Test func upstreamSettingsAreReadUnderTheUpstreamsName() throws {
        let config = ServiceSettings.reader(
            arguments: ["service"], environment: ["PAYMENT_TIMEOUT_MS": "500", "PAYMENT_BREAKER_FAILURES": "3"])
        let settings = try UpstreamSettings(reading: config, upstream: "payment")
        #expect(settings.timeout == .milliseconds(500))
        #expect(settings.failureThreshold == 3)
        #expect(settings.maxAttempts == 3)
        let bad = ServiceSettings.reader(arguments: ["service"], environment: ["PAYMENT_ATTEMPTS": "many"])
        #expect(throws: SettingsError(setting: "PAYMENT_ATTEMPTS", value: "many", expected: "a whole number above 0")) {
            try UpstreamSettings(reading: bad, upstream: "payment")
        }
    }
}
