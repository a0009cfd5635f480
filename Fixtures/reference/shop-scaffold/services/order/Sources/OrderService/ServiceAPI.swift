import Foundation
import ServiceChassis
import OrderAPI

/// The Order service's implementation of the generated `APIProtocol`. It keeps its resources in the repositories it is
/// given: in memory for tests and a quick start, a database in production. Every response that holds a resource
/// carries its version as an `ETag`; a change whose `If-Match` names another version is refused with `412`.
struct ServiceAPI: APIProtocol {
    /// Where Order resources are kept.
    var orderRepository: any Repository<Components.Schemas.Order>

    /// A service that keeps everything in memory, empty at start: one store, so that a command's writes to several
    /// resources (and its events) are made together.
    static func inMemory() -> Self {
        let store = InMemoryStore()
        return Self(
            orderRepository: InMemoryRepository(store: store, table: "order")
        )
    }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    // MARK: Order

    func listOrders(_ input: Operations.ListOrders.Input) async throws -> Operations.ListOrders.Output {
        let paging = Paging(limit: input.query.limit, offset: input.query.offset)
        if let problem = paging.problem {
            return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
        }
        let page = try await orderRepository.list(limit: paging.limit, offset: paging.offset)
        return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
    }

    func createOrder(_ input: Operations.CreateOrder.Input) async throws -> Operations.CreateOrder.Output {
        let id = UUID().uuidString.lowercased()
        let order: Components.Schemas.Order
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.orderInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            order = .init(value1: fields, value2: .init(id: id))
        }
        try await orderRepository.insert(order, id: id)
        return .created(
            .init(headers: .init(location: "/orders/\(id)", eTag: EntityTag.of(version: 1)), body: .json(order)))
    }

    func getOrder(_ input: Operations.GetOrder.Input) async throws -> Operations.GetOrder.Output {
        guard let stored = try await orderRepository.find(id: input.path.id) else {
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Order", id: input.path.id)))))
        }
        return .ok(.init(headers: .init(eTag: EntityTag.of(version: stored.version)), body: .json(stored.item)))
    }

    func updateOrder(_ input: Operations.UpdateOrder.Input) async throws -> Operations.UpdateOrder.Output {
        let order: Components.Schemas.Order
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.orderInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            order = .init(value1: fields, value2: .init(id: input.path.id))
        }
        let expected: Int?
        switch try await orderRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Order", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Order", id: input.path.id)))))
        }
        switch try await orderRepository.replace(order, id: input.path.id, expectedVersion: expected) {
        case .done(let version):
            return .ok(.init(headers: .init(eTag: EntityTag.of(version: version)), body: .json(order)))
        case .notFound:
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Order", id: input.path.id)))))
        case .stale:
            return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Order", id: input.path.id)))))
        }
    }

    func deleteOrder(_ input: Operations.DeleteOrder.Input) async throws -> Operations.DeleteOrder.Output {
        let expected: Int?
        switch try await orderRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Order", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Order", id: input.path.id)))))
        }
        switch try await orderRepository.remove(id: input.path.id, expectedVersion: expected) {
        case .done: return .noContent(.init())
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Order", id: input.path.id)))))
        case .stale: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Order", id: input.path.id)))))
        }
    }
}
