import Foundation
import ServiceChassis
import CustomerAPI

/// The Customer service's implementation of the generated `APIProtocol`. It keeps its resources in the repositories it is
/// given: in memory for tests and a quick start, a database in production. Every response that holds a resource
/// carries its version as an `ETag`; a change whose `If-Match` names another version is refused with `412`.
struct ServiceAPI: APIProtocol {
    /// Where Customer resources are kept.
    var customerRepository: any Repository<Components.Schemas.Customer>

    /// A service that keeps everything in memory, empty at start: one store, so that a command's writes to several
    /// resources (and its events) are made together.
    static func inMemory() -> Self {
        let store = InMemoryStore()
        return Self(
            customerRepository: InMemoryRepository(store: store, table: "customer")
        )
    }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    // MARK: Customer

    func listCustomers(_ input: Operations.ListCustomers.Input) async throws -> Operations.ListCustomers.Output {
        let paging = Paging(limit: input.query.limit, offset: input.query.offset)
        if let problem = paging.problem {
            return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
        }
        let page = try await customerRepository.list(limit: paging.limit, offset: paging.offset)
        return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
    }

    func createCustomer(_ input: Operations.CreateCustomer.Input) async throws -> Operations.CreateCustomer.Output {
        let id = UUID().uuidString.lowercased()
        let customer: Components.Schemas.Customer
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.customerInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            customer = .init(value1: fields, value2: .init(id: id))
        }
        try await customerRepository.insert(customer, id: id)
        return .created(
            .init(headers: .init(location: "/customers/\(id)", eTag: EntityTag.of(version: 1)), body: .json(customer)))
    }

    func getCustomer(_ input: Operations.GetCustomer.Input) async throws -> Operations.GetCustomer.Output {
        guard let stored = try await customerRepository.find(id: input.path.id) else {
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Customer", id: input.path.id)))))
        }
        return .ok(.init(headers: .init(eTag: EntityTag.of(version: stored.version)), body: .json(stored.item)))
    }

    func updateCustomer(_ input: Operations.UpdateCustomer.Input) async throws -> Operations.UpdateCustomer.Output {
        let customer: Components.Schemas.Customer
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.customerInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            customer = .init(value1: fields, value2: .init(id: input.path.id))
        }
        let expected: Int?
        switch try await customerRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Customer", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Customer", id: input.path.id)))))
        }
        switch try await customerRepository.replace(customer, id: input.path.id, expectedVersion: expected) {
        case .done(let version):
            return .ok(.init(headers: .init(eTag: EntityTag.of(version: version)), body: .json(customer)))
        case .notFound:
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Customer", id: input.path.id)))))
        case .stale:
            return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Customer", id: input.path.id)))))
        }
    }

    func deleteCustomer(_ input: Operations.DeleteCustomer.Input) async throws -> Operations.DeleteCustomer.Output {
        let expected: Int?
        switch try await customerRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Customer", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Customer", id: input.path.id)))))
        }
        switch try await customerRepository.remove(id: input.path.id, expectedVersion: expected) {
        case .done: return .noContent(.init())
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Customer", id: input.path.id)))))
        case .stale: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Customer", id: input.path.id)))))
        }
    }
}
