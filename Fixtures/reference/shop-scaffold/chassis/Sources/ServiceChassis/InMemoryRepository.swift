/// A repository in the process's memory: one table of an `InMemoryStore`, for unit tests and a quick start without
/// a database; empty again after each restart.
public struct InMemoryRepository<Item: Sendable>: Repository {
    public let store: InMemoryStore
    /// The name of its table in the store.
    public let table: String

    /// A repository keeping its resources in the table `table` of `store` (a store of its own by default).
    public init(store: InMemoryStore = InMemoryStore(), table: String = "items") {
        self.store = store
        self.table = table
    }

    public func list(limit: Int, offset: Int) async -> RepositoryPage<Item> {
        let rows = await store.table(table)
        let ids = rows.order.dropFirst(max(offset, 0)).prefix(max(limit, 0))
        return RepositoryPage(items: ids.compactMap { rows.rows[$0]?.item as? Item }, total: rows.order.count)
    }

    public func find(id: String) async -> Versioned<Item>? {
        guard let row = await store.table(table).rows[id], let item = row.item as? Item else { return nil }
        return Versioned(item: item, version: row.version)
    }

    public func pending(_ write: RepositoryWrite<Item>) -> PendingChange {
        let table = table
        let step: InMemoryStore.Step = { tables, undos in
            let id = write.id
            let current = tables.tables[table]?.rows[id]
            switch write {
            case .insert(let item, _):
                guard current == nil else { throw RepositoryError.duplicateID(id) }
                tables.tables[table, default: InMemoryStore.Table()].rows[id] = InMemoryStore.Row(item: item, version: 1)
                tables.tables[table, default: InMemoryStore.Table()].order.append(id)
                undos.append { tables in
                    tables.tables[table]?.rows[id] = nil
                    tables.tables[table]?.order.removeLast()
                }
                return .done(version: 1)
            case .replace(let item, _, let expectedVersion):
                guard let current else { return .notFound }
                if let expectedVersion, expectedVersion != current.version { return .stale(current: current.version) }
                tables.tables[table]?.rows[id] = InMemoryStore.Row(item: item, version: current.version + 1)
                undos.append { tables in tables.tables[table]?.rows[id] = current }
                return .done(version: current.version + 1)
            case .remove(_, let expectedVersion):
                guard let current else { return .notFound }
                if let expectedVersion, expectedVersion != current.version { return .stale(current: current.version) }
                let position = tables.tables[table]?.order.firstIndex(of: id)
                tables.tables[table]?.rows[id] = nil
                if let position { tables.tables[table]?.order.remove(at: position) }
                undos.append { tables in
                    tables.tables[table]?.rows[id] = current
                    if let position { tables.tables[table]?.order.insert(id, at: position) }
                }
                return .done(version: current.version)
            }
        }
        return PendingChange(id: write.id, application: .memory(store, step))
    }
}
