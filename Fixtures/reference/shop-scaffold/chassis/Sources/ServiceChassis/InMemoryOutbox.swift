import Foundation

/// An outbox in the service's `InMemoryStore`: its rows in a table of the store, so that a change set writes them
/// in the same step as the resources; the dead letters in another.
struct InMemoryOutbox: OutboxStorage {
    let store: InMemoryStore
    static let table = "_outbox"
    static let deadLetterTable = "_deadLetters"

    /// A waiting delivery and when it is next due.
    struct Row: Sendable {
        var entry: OutboxEntry
        var dueAt: Date
    }

    /// A given-up delivery, with the event to send again.
    struct Letter: Sendable {
        var letter: DeadLetter
        var entry: OutboxEntry
    }

    static func key(_ entry: OutboxEntry) -> String {
        key(eventID: entry.event.id, destination: entry.destination)
    }

    static func key(eventID: String, destination: String) -> String {
        eventID + " " + destination
    }

    func pending(_ entry: OutboxEntry) -> PendingChange {
        let step: InMemoryStore.Step = { tables, undos in
            let key = Self.key(entry)
            guard tables.tables[Self.table]?.rows[key] == nil else { return .done(version: 1) }
            tables.append(Row(entry: entry, dueAt: entry.enqueuedAt), key: key, to: Self.table)
            undos.append { tables in tables.delete(key, from: Self.table) }
            return .done(version: 1)
        }
        return PendingChange(id: entry.event.id, application: .memory(store, step))
    }

    func take(now: Date, lease: Duration, limit: Int) async -> [OutboxEntry] {
        await store.modify { tables in
            let table = tables.tables[Self.table] ?? InMemoryStore.Table()
            var heads: Set<String> = []
            var taken: [OutboxEntry] = []
            for key in table.order where taken.count < limit {
                guard let row = table.rows[key]?.item as? Row else { continue }
                let (inserted, _) = heads.insert(row.entry.destination + " " + row.entry.event.subject)
                guard inserted, row.dueAt <= now else { continue }
                taken.append(row.entry)
                tables.tables[Self.table]?.rows[key]?.item = Row(entry: row.entry, dueAt: now.adding(lease))
            }
            return taken
        }
    }

    func remove(_ entry: OutboxEntry) async {
        await store.modify { tables in tables.delete(Self.key(entry), from: Self.table) }
    }

    func retry(_ entry: OutboxEntry, at time: Date, error: String) async {
        await store.modify { tables in
            let key = Self.key(entry)
            guard var row = tables.tables[Self.table]?.rows[key]?.item as? Row else { return }
            row.entry.attempts += 1
            row.entry.lastError = error
            row.dueAt = time
            tables.tables[Self.table]?.rows[key]?.item = row
        }
    }

    func giveUp(_ entry: OutboxEntry, letter: DeadLetter) async {
        await store.modify { tables in
            let key = Self.key(entry)
            tables.delete(key, from: Self.table)
            tables.delete(key, from: Self.deadLetterTable)
            tables.append(Letter(letter: letter, entry: entry), key: key, to: Self.deadLetterTable)
        }
    }

    func deadLetters(limit: Int, offset: Int) async -> [DeadLetter] {
        let table = await store.table(Self.deadLetterTable)
        return table.order.dropFirst(max(offset, 0)).prefix(max(limit, 0)).compactMap {
            (table.rows[$0]?.item as? Letter)?.letter
        }
    }

    func replay(eventID: String, destination: String, now: Date) async -> Bool {
        await store.modify { tables in
            let key = Self.key(eventID: eventID, destination: destination)
            guard let letter = tables.tables[Self.deadLetterTable]?.rows[key]?.item as? Letter else { return false }
            tables.delete(key, from: Self.deadLetterTable)
            var entry = letter.entry
            entry.attempts = 0
            entry.lastError = nil
            tables.delete(key, from: Self.table)
            tables.append(Row(entry: entry, dueAt: now), key: key, to: Self.table)
            return true
        }
    }

    func status(now: Date) async -> OutboxStatus {
        let (waiting, dead) = await (store.table(Self.table), store.table(Self.deadLetterTable))
        let oldest = waiting.rows.values.compactMap { ($0.item as? Row)?.entry.enqueuedAt }.min()
        return OutboxStatus(
            pending: waiting.order.count, lagSeconds: oldest.map { max(now.timeIntervalSince($0), 0) } ?? 0,
            deadLetters: dead.order.count)
    }
}
