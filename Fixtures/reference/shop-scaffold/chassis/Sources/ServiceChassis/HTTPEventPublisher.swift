import AsyncHTTPClient
import Foundation
import NIOCore

/// Delivers events as CloudEvents 1.0 over HTTP in binary mode: a `POST` to the destination URL, the attributes in
/// `ce-*` headers and the data as the JSON body. What Knative Eventing's broker, Dapr's pub/sub and the services'
/// own `/events` endpoints accept.
public struct HTTPEventPublisher: EventPublisher {
    let client: HTTPClient
    /// How long a receiver has to answer.
    let timeout: Duration

    public init(client: HTTPClient = .shared, timeout: Duration = .seconds(10)) {
        self.client = client
        self.timeout = timeout
    }

    public func publish(_ event: DomainEvent, to destination: String) async -> Delivery {
        var request = HTTPClientRequest(url: destination)
        request.method = .POST
        for header in event.headers {
            request.headers.add(name: header.name, value: header.value)
        }
        request.body = .bytes(ByteBuffer(bytes: event.data))
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(timeout.nanoseconds))
            let body = try await response.body.collect(upTo: 64 * 1024)
            let status = response.status.code
            let answer = "\(response.status.code) \(response.status.reasonPhrase): \(String(buffer: body).prefix(500))"
            switch status {
            case 200..<300: return .delivered
            case 408, 429: return .failed(answer)
            case 400..<500: return .refused(answer)
            default: return .failed(answer)
            }
        } catch {
            return .failed(String(describing: error))
        }
    }
}
