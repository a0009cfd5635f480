import Foundation
import ServiceChassis
import ProductAPI

/// The Product service's implementation of the generated `APIProtocol`. It keeps its resources in the repositories it is
/// given: in memory for tests and a quick start, a database in production. Every response that holds a resource
/// carries its version as an `ETag`; a change whose `If-Match` names another version is refused with `412`.
struct ServiceAPI: APIProtocol {
    /// Where Category resources are kept.
    var categoryRepository: any Repository<Components.Schemas.Category>
    /// Where Product resources are kept.
    var productRepository: any Repository<Components.Schemas.Product>

    /// A service that keeps everything in memory, empty at start: one store, so that a command's writes to several
    /// resources (and its events) are made together.
    static func inMemory() -> Self {
        let store = InMemoryStore()
        return Self(
            categoryRepository: InMemoryRepository(store: store, table: "category"),
            productRepository: InMemoryRepository(store: store, table: "product")
        )
    }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    // MARK: Category

    func listCategories(_ input: Operations.ListCategories.Input) async throws -> Operations.ListCategories.Output {
        let paging = Paging(limit: input.query.limit, offset: input.query.offset)
        if let problem = paging.problem {
            return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
        }
        let page = try await categoryRepository.list(limit: paging.limit, offset: paging.offset)
        return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
    }

    func createCategory(_ input: Operations.CreateCategory.Input) async throws -> Operations.CreateCategory.Output {
        let id = UUID().uuidString.lowercased()
        let category: Components.Schemas.Category
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.categoryInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            category = .init(value1: fields, value2: .init(id: id))
        }
        try await categoryRepository.insert(category, id: id)
        return .created(
            .init(headers: .init(location: "/categories/\(id)", eTag: EntityTag.of(version: 1)), body: .json(category)))
    }

    func getCategory(_ input: Operations.GetCategory.Input) async throws -> Operations.GetCategory.Output {
        guard let stored = try await categoryRepository.find(id: input.path.id) else {
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Category", id: input.path.id)))))
        }
        return .ok(.init(headers: .init(eTag: EntityTag.of(version: stored.version)), body: .json(stored.item)))
    }

    func updateCategory(_ input: Operations.UpdateCategory.Input) async throws -> Operations.UpdateCategory.Output {
        let category: Components.Schemas.Category
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.categoryInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            category = .init(value1: fields, value2: .init(id: input.path.id))
        }
        let expected: Int?
        switch try await categoryRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Category", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Category", id: input.path.id)))))
        }
        switch try await categoryRepository.replace(category, id: input.path.id, expectedVersion: expected) {
        case .done(let version):
            return .ok(.init(headers: .init(eTag: EntityTag.of(version: version)), body: .json(category)))
        case .notFound:
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Category", id: input.path.id)))))
        case .stale:
            return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Category", id: input.path.id)))))
        }
    }

    func deleteCategory(_ input: Operations.DeleteCategory.Input) async throws -> Operations.DeleteCategory.Output {
        let expected: Int?
        switch try await categoryRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Category", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Category", id: input.path.id)))))
        }
        switch try await categoryRepository.remove(id: input.path.id, expectedVersion: expected) {
        case .done: return .noContent(.init())
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Category", id: input.path.id)))))
        case .stale: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Category", id: input.path.id)))))
        }
    }

    // MARK: Product

    func listProducts(_ input: Operations.ListProducts.Input) async throws -> Operations.ListProducts.Output {
        let paging = Paging(limit: input.query.limit, offset: input.query.offset)
        if let problem = paging.problem {
            return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
        }
        let page = try await productRepository.list(limit: paging.limit, offset: paging.offset)
        return .ok(.init(body: .json(.init(items: page.items, total: page.total, limit: paging.limit, offset: paging.offset))))
    }

    func createProduct(_ input: Operations.CreateProduct.Input) async throws -> Operations.CreateProduct.Output {
        let id = UUID().uuidString.lowercased()
        let product: Components.Schemas.Product
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.productInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            product = .init(value1: fields, value2: .init(id: id))
        }
        try await productRepository.insert(product, id: id)
        return .created(
            .init(headers: .init(location: "/products/\(id)", eTag: EntityTag.of(version: 1)), body: .json(product)))
    }

    func getProduct(_ input: Operations.GetProduct.Input) async throws -> Operations.GetProduct.Output {
        guard let stored = try await productRepository.find(id: input.path.id) else {
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Product", id: input.path.id)))))
        }
        return .ok(.init(headers: .init(eTag: EntityTag.of(version: stored.version)), body: .json(stored.item)))
    }

    func updateProduct(_ input: Operations.UpdateProduct.Input) async throws -> Operations.UpdateProduct.Output {
        let product: Components.Schemas.Product
        switch input.body {
        case .json(let fields):
            if let problem = FieldRule.problem(in: fields, rules: FieldRule.productInput) {
                return .badRequest(.init(body: .applicationProblemJson(.init(problem))))
            }
            product = .init(value1: fields, value2: .init(id: input.path.id))
        }
        let expected: Int?
        switch try await productRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Product", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Product", id: input.path.id)))))
        }
        switch try await productRepository.replace(product, id: input.path.id, expectedVersion: expected) {
        case .done(let version):
            return .ok(.init(headers: .init(eTag: EntityTag.of(version: version)), body: .json(product)))
        case .notFound:
            return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Product", id: input.path.id)))))
        case .stale:
            return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Product", id: input.path.id)))))
        }
    }

    func deleteProduct(_ input: Operations.DeleteProduct.Input) async throws -> Operations.DeleteProduct.Output {
        let expected: Int?
        switch try await productRepository.precondition(ifMatch: input.headers.ifMatch, id: input.path.id) {
        case .proceed(let version): expected = version
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Product", id: input.path.id)))))
        case .failed: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Product", id: input.path.id)))))
        }
        switch try await productRepository.remove(id: input.path.id, expectedVersion: expected) {
        case .done: return .noContent(.init())
        case .notFound: return .notFound(.init(body: .applicationProblemJson(.init(.notFound("Product", id: input.path.id)))))
        case .stale: return .preconditionFailed(.init(body: .applicationProblemJson(.init(.stale("Product", id: input.path.id)))))
        }
    }
}
