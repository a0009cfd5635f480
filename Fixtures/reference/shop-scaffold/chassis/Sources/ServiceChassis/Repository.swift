/// Where a service keeps the resources of one kind, by id, each with a version that every change increments
/// (optimistic concurrency: a change may say which version it expects, and is refused if another came first). The
/// API implementation gets one per resource at start-up (injected), so tests and a quick start use
/// `InMemoryRepository` and production `PostgresRepository`.
///
/// A repository reads by itself; it writes through a `ChangeSet`, so that a command writing several resources
/// makes every change or none. `insert`, `replace` and `remove` below are change sets of one change.
///
/// Every call may fail (a lost connection, a full disk): the error reaches the HTTP layer as a problem `500`, and
/// the log says why.
public protocol Repository<Item>: Sendable {
    associatedtype Item: Sendable

    /// A page of the resources in the order they were first stored, and how many there are in all.
    func list(limit: Int, offset: Int) async throws -> RepositoryPage<Item>
    /// The resource with this id and its version, if any.
    func find(id: String) async throws -> Versioned<Item>?
    /// `write`, ready to be made with the other changes of a `ChangeSet` (it fails only when the item cannot be
    /// encoded for the store).
    func pending(_ write: RepositoryWrite<Item>) throws -> PendingChange
}

extension Repository {
    /// Stores a new resource under `id`, at version 1.
    public func insert(_ item: Item, id: String) async throws {
        var changes = ChangeSet()
        try changes.add(.insert(item, id: id), to: self, named: "resource")
        _ = try await changes.commit()
    }

    /// Replaces the resource with this id if it is at `expectedVersion` (any version when nil).
    public func replace(_ item: Item, id: String, expectedVersion: Int?) async throws -> WriteOutcome {
        try await single(.replace(item, id: id, expectedVersion: expectedVersion))
    }

    /// Removes the resource with this id if it is at `expectedVersion` (any version when nil).
    public func remove(id: String, expectedVersion: Int?) async throws -> WriteOutcome {
        try await single(.remove(id: id, expectedVersion: expectedVersion))
    }

    /// The resources with these ids, each once, in the order of their first mention; an id that names none is
    /// left out (a reference may outlive what it names). One `find` per id: meant for a page's references.
    public func found(ids: some Sequence<String>) async throws -> [Item] {
        var seen: Set<String> = []
        var items: [Item] = []
        for id in ids where seen.insert(id).inserted {
            if let found = try await find(id: id) { items.append(found.item) }
        }
        return items
    }

    /// Every stored resource, a page of `pageSize` at a time, in the order of the list: for a reaction that makes
    /// one change per stored resource of a kind.
    public func all(pageSize: Int = 100) async throws -> [Item] {
        var items: [Item] = []
        while true {
            let page = try await list(limit: pageSize, offset: items.count)
            items += page.items
            if page.items.count < pageSize || items.count >= page.total { return items }
        }
    }

    private func single(_ write: RepositoryWrite<Item>) async throws -> WriteOutcome {
        var changes = ChangeSet()
        try changes.add(write, to: self, named: "resource")
        switch try await changes.commit() {
        case .done(let versions): return .done(version: versions[0])
        case .failed(let failure): return failure.outcome
        }
    }
}

/// One write of a repository.
public enum RepositoryWrite<Item: Sendable>: Sendable {
    /// Store a new resource under `id`, at version 1 (an id stored already is an error).
    case insert(Item, id: String)
    /// Replace the resource `id` if it is at `expectedVersion` (any version when nil).
    case replace(Item, id: String, expectedVersion: Int?)
    /// Remove the resource `id` if it is at `expectedVersion` (any version when nil).
    case remove(id: String, expectedVersion: Int?)

    /// The id of the resource written.
    public var id: String {
        switch self {
        case .insert(_, let id), .replace(_, let id, _), .remove(let id, _): id
        }
    }
}

/// A resource and its version.
public struct Versioned<Item: Sendable>: Sendable {
    public var item: Item
    /// 1 when created, one more with every change.
    public var version: Int

    public init(item: Item, version: Int) {
        self.item = item
        self.version = version
    }
}

/// What became of a change.
public enum WriteOutcome: Sendable, Equatable {
    /// Done; the resource is now at this version (removed: the version it had).
    case done(version: Int)
    /// No resource has the id.
    case notFound
    /// The resource is at another version than expected: someone changed it since the client read it.
    case stale(current: Int)
}

/// One page of a list.
public struct RepositoryPage<Item: Sendable>: Sendable {
    /// The resources of the page, in the order they were first stored.
    public var items: [Item]
    /// How many resources there are in all.
    public var total: Int

    public init(items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}
