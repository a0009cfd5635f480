/// The resources of a service kept in the process's memory, for unit tests and a quick start without a database:
/// one table per kind of resource, shared by the service's `InMemoryRepository`s so that a `ChangeSet` across them
/// is made in one step of the actor, all or nothing. Empty again after each restart.
public actor InMemoryStore {
    /// One change of a change set, made on the tables: done, or why not. It records how to undo what it did.
    typealias Step = @Sendable (inout Tables, inout [Undo]) throws -> WriteOutcome
    /// Puts back what a step changed.
    typealias Undo = @Sendable (inout Tables) -> Void

    /// Every table by name.
    struct Tables: Sendable {
        var tables: [String: Table] = [:]

        /// Adds `item` at version 1 under `key`, last in the order of `table` (the outbox's and inbox's rows).
        mutating func append(_ item: any Sendable, key: String, to table: String) {
            tables[table, default: Table()].rows[key] = Row(item: item, version: 1)
            tables[table, default: Table()].order.append(key)
        }

        /// Removes the row under `key` from `table`, if there is one.
        mutating func delete(_ key: String, from table: String) {
            guard tables[table]?.rows.removeValue(forKey: key) != nil else { return }
            tables[table]?.order.removeAll { $0 == key }
        }
    }

    /// The rows of one kind of resource.
    struct Table: Sendable {
        var rows: [String: Row] = [:]
        /// The ids in the order they were first stored.
        var order: [String] = []
    }

    /// One resource and its version.
    struct Row: Sendable {
        var item: any Sendable
        var version: Int
    }

    private var tables = Tables()

    public init() {}

    /// The table `name` as it is now.
    func table(_ name: String) -> Table {
        tables.tables[name] ?? Table()
    }

    /// Runs `body` on the tables in one step of the actor, for changes outside a change set (the outbox relay's).
    func modify<Result: Sendable>(_ body: (inout Tables) throws -> Result) rethrows -> Result {
        try body(&tables)
    }

    /// Makes the steps in order; at the first that is not done, or throws, undoes the ones before it.
    func apply(_ steps: [Step]) throws -> StepResults {
        var undos: [Undo] = []
        var versions: [Int] = []
        do {
            for (index, step) in steps.enumerated() {
                let outcome = try step(&tables, &undos)
                guard case .done(let version) = outcome else {
                    undo(undos)
                    return .failed(step: index, outcome: outcome)
                }
                versions.append(version)
            }
        } catch {
            undo(undos)
            throw error
        }
        return .done(versions: versions)
    }

    private func undo(_ undos: [Undo]) {
        for undo in undos.reversed() { undo(&tables) }
    }
}
