import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceChassis
import Testing

@testable import OrderService

/// The Order service's routes, exercised through its router.
@Suite struct RouteTests {
    let json: HTTPFields = [.contentType: "application/json"]

    @Test func healthSaysOK() async throws {
        let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let health = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(health?["status"] as? String == "ok")
            }
        }
    }

    @Test func createdResourceIsReadableAtItsLocation() async throws {
        let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
        try await app.test(.router) { client in
            let location = try await client.execute(
                uri: "/orders", method: .post, headers: json, body: ByteBuffer(string: "{\"placedAt\":\"2026-01-01T00:00:00Z\",\"status\":\"example\",\"customerId\":\"00000000-0000-4000-8000-000000000001\",\"items\":[]}")
            ) { response in
                #expect(response.status == .created)
                return response.headers[.location] ?? ""
            }
            #expect(location.hasPrefix("/orders/"))
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(String(location.dropFirst("/orders/".count))))
            }
            try await client.execute(uri: "/orders?limit=5", method: .get) { response in
                #expect(response.status == .ok)
                let page = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(page?["total"] as? Int == 1)
            }
            try await client.execute(uri: location, method: .delete) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test func malformedJSONIsABadRequestProblem() async throws {
        let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/orders", method: .post, headers: json, body: ByteBuffer(string: "{not json")
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test func wrongContentTypeIsUnsupported() async throws {
        let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/orders", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: "{\"placedAt\":\"2026-01-01T00:00:00Z\",\"status\":\"example\",\"customerId\":\"00000000-0000-4000-8000-000000000001\",\"items\":[]}")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test func aChangeWithAStaleIfMatchIsRefused() async throws {
        let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
        try await app.test(.router) { client in
            let (location, created) = try await client.execute(
                uri: "/orders", method: .post, headers: json, body: ByteBuffer(string: "{\"placedAt\":\"2026-01-01T00:00:00Z\",\"status\":\"example\",\"customerId\":\"00000000-0000-4000-8000-000000000001\",\"items\":[]}")
            ) { response in
                (response.headers[.location] ?? "", response.headers[.eTag])
            }
            #expect(created == "\"1\"")
            var ifMatch = json
            ifMatch[.ifMatch] = "\"1\""
            try await client.execute(
                uri: location, method: .put, headers: ifMatch, body: ByteBuffer(string: "{\"placedAt\":\"2026-01-01T00:00:00Z\",\"status\":\"example\",\"customerId\":\"00000000-0000-4000-8000-000000000001\",\"items\":[]}")
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == "\"2\"")
            }
            try await client.execute(
                uri: location, method: .put, headers: ifMatch, body: ByteBuffer(string: "{\"placedAt\":\"2026-01-01T00:00:00Z\",\"status\":\"example\",\"customerId\":\"00000000-0000-4000-8000-000000000001\",\"items\":[]}")
            ) { response in
                #expect(response.status == .preconditionFailed)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.headers[.eTag] == "\"2\"")
            }
            ifMatch[.ifMatch] = "\"2\""
            try await client.execute(uri: location, method: .delete, headers: ifMatch) { response in
                #expect(response.status == .noContent)
            }
        }
    }

    @Test func aStoreThatFailsIsAServiceProblem() async throws {
        var api = ServiceAPI.inMemory()
        api.orderRepository = UnreachableRepository()
        let app = try buildApplication(settings: ServiceSettings(), api: api)
        try await app.test(.router) { client in
            try await client.execute(uri: "/orders", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                #expect(!String(buffer: response.body).contains("Unreachable"))
            }
        }
    }

    @Test func pageSizeOutOfBoundsIsABadRequest() async throws {
        let app = try buildApplication(settings: ServiceSettings(), api: .inMemory())
        try await app.test(.router) { client in
            try await client.execute(uri: "/orders?limit=0", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}

/// A store that cannot be reached: every call fails.
struct UnreachableRepository<Item: Sendable>: Repository {
    struct Unreachable: Error {}

    func list(limit: Int, offset: Int) async throws -> RepositoryPage<Item> { throw Unreachable() }
    func find(id: String) async throws -> Versioned<Item>? { throw Unreachable() }
    func pending(_ write: RepositoryWrite<Item>) throws -> PendingChange { throw Unreachable() }
}
