import Foundation

/// Something that happened in a service, as the services of the system tell each other: a CloudEvents 1.0 event
/// whose data is the event's fields as JSON. Sent in binary mode over HTTP, its attributes travel as `ce-*` headers
/// and its data as the body.
public struct DomainEvent: Sendable, Equatable {
    /// `ce-id`: unique for its source, so that a receiver can tell a repeated delivery from a new event.
    public var id: String
    /// `ce-type`: what happened, `<system>.<Event>` (`shop.ProductCreated`).
    public var type: String
    /// `ce-source`: the service it happened in, `/<service>` (`/product`).
    public var source: String
    /// `ce-subject`: the id of the resource it is about; events about one resource are delivered in order.
    public var subject: String
    /// `ce-time`: when it happened.
    public var time: Date
    /// The event's fields, as JSON (`application/json`).
    public var data: Data

    public init(id: String, type: String, source: String, subject: String, time: Date, data: Data) {
        self.id = id
        self.type = type
        self.source = source
        self.subject = subject
        self.time = time
        self.data = data
    }

    /// An event with a new id and the time now, whose data is `payload` as JSON.
    public init(
        type: String, source: String, subject: String, payload: some Encodable, time: Date = Date()
    ) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        self.init(
            id: UUID().uuidString.lowercased(), type: type, source: source, subject: subject, time: time,
            data: try encoder.encode(payload))
    }

    /// An event received in binary mode: its `ce-*` headers and its body. A version other than 1.0, an empty id,
    /// source or type, or a time that is not RFC 3339 is a `400` problem naming the header.
    public init(
        specVersion: String, id: String, source: String, type: String, subject: String?, time: String?, data: Data
    ) throws(ProblemDetails) {
        guard specVersion == Self.specVersion else {
            throw .badRequest("ce-specversion must be \(Self.specVersion), not \(specVersion).")
        }
        for (header, value) in [("ce-id", id), ("ce-source", source), ("ce-type", type)] where value.isEmpty {
            throw .badRequest("\(header) must not be empty.")
        }
        var occurred = Date()
        if let time {
            let plain = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
            let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
            guard let parsed = (try? fractional.parse(time)) ?? (try? plain.parse(time)) else {
                throw .badRequest("ce-time must be an RFC 3339 timestamp, not \(time).")
            }
            occurred = parsed
        }
        self.init(id: id, type: type, source: source, subject: subject ?? "", time: occurred, data: data)
    }

    /// The CloudEvents version the events follow (`ce-specversion`).
    public static let specVersion = "1.0"

    /// The attributes as the HTTP headers of binary mode, with the data's content type.
    public var headers: [(name: String, value: String)] {
        [
            ("ce-specversion", Self.specVersion), ("ce-id", id), ("ce-source", source), ("ce-type", type),
            ("ce-subject", subject), ("ce-time", Self.timestamp(time)), ("content-type", "application/json"),
        ]
    }

    /// `time` as an RFC 3339 timestamp, with milliseconds, in UTC.
    static func timestamp(_ time: Date) -> String {
        time.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
    }

    /// The data decoded as `Payload`.
    public func payload<Payload: Decodable>(as _: Payload.Type) throws -> Payload {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Payload.self, from: data)
    }
}
