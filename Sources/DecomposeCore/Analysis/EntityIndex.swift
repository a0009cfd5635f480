/// The model's entities by position, and the lookups every analysis step needs.
///
/// Entities are numbered in model order; names in `pin`, `zone`, `keep-apart` and `keep-together`
/// may name an aggregate, which stands for all of its members.
struct EntityIndex: Sendable {
    let model: DomainModel
    /// Entity names in model order; an entity's number is its position here.
    let names: [String]
    private let positions: [String: Int]
    private let aggregateMembers: [String: [String]]
    /// For each entity number, the offsets (in model order) of the aggregates whose root it is.
    let aggregatesRootedAt: [[Int]]
    /// The names of every aggregate's root.
    let rootNames: Set<String>
    /// For each use case (in model order), the distinct entity numbers it writes, in first-write order.
    let writesOfUseCase: [[Int]]
    /// For each use case (in model order), the distinct entity numbers it reads, in first-read order.
    let readsOfUseCase: [[Int]]
    /// The model's projections (see `Projections`).
    let projections: Set<Int>
    /// For each entity number, whether it stands alone: outside any aggregate of several entities and any
    /// inheritance hierarchy, so it has no lifecycle to follow but its own.
    let standsAlone: [Bool]

    init(_ model: DomainModel) {
        self.model = model
        names = model.entities.map(\.name)
        let positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions
        aggregateMembers = Dictionary(
            model.aggregates.map { ($0.name, $0.members) }, uniquingKeysWith: { first, _ in first })
        var rooted = Array(repeating: [Int](), count: names.count)
        for (offset, aggregate) in model.aggregates.enumerated() {
            if let root = positions[aggregate.root] { rooted[root].append(offset) }
        }
        aggregatesRootedAt = rooted
        rootNames = Set(model.aggregates.map(\.root))
        // Every step asks which entities each use case touches: resolve the names once.
        writesOfUseCase = model.useCases.map { Self.entities(of: $0.writes, positions) }
        readsOfUseCase = model.useCases.map { Self.entities(of: $0.reads, positions) }
        projections = Projections.entities(useCases: model.useCases, writes: writesOfUseCase)
        let parents = Set(model.entities.compactMap(\.parent))
        let aggregated = Set(model.aggregates.filter { $0.members.count > 1 }.flatMap(\.members))
        standsAlone = model.entities.map {
            !aggregated.contains($0.name) && $0.parent == nil && !parents.contains($0.name)
        }
    }

    var count: Int { names.count }

    /// The number of the entity called `name`.
    func position(of name: String) -> Int? { positions[name] }

    /// The entity numbers a constraint name stands for: the entity, or every member of the aggregate.
    func resolve(_ name: String) -> [Int] {
        if let position = positions[name] { return [position] }
        return (aggregateMembers[name] ?? []).compactMap { positions[$0] }
    }

    /// The entity numbers of the distinct entities an access list touches, in first-access order.
    private static func entities(of accesses: [Access], _ positions: [String: Int]) -> [Int] {
        var seen: Set<Int> = []
        return accesses.compactMap { access in
            guard let position = positions[access.entity], seen.insert(position).inserted else { return nil }
            return position
        }
    }

    /// The offsets, in model order, of the aggregates whose root is one of `members`.
    func aggregates(rootedIn members: [Int]) -> [Int] {
        members.flatMap { aggregatesRootedAt[$0] }.sorted()
    }
}
