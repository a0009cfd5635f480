/// Which context every entity landed in, with the contexts' names, in the decomposition's order.
struct ContextAssignment: Sendable {
    /// Context names, largest context first, then by name.
    let names: [String]
    /// Entity numbers of each context, ascending.
    let members: [[Int]]
    /// Whether each context took its name from a `pin`.
    let isPinned: [Bool]
    /// How each context's name was chosen, in domain words.
    let namingReasons: [String]
    /// The context index of each entity.
    let contextOfEntity: [Int]

    /// Orders named clusters largest first, then by name, and indexes them.
    init(clusters: [[Int]], namings: [ContextNamer.Naming], entityCount: Int) {
        let names = namings.map(\.name)
        let order = clusters.indices.sorted { (clusters[$1].count, names[$0]) < (clusters[$0].count, names[$1]) }
        self.names = order.map { names[$0] }
        members = order.map { clusters[$0] }
        isPinned = order.map { namings[$0].isPinned }
        namingReasons = order.map { namings[$0].reason }
        var contextOfEntity = Array(repeating: 0, count: entityCount)
        for (context, entities) in members.enumerated() { for entity in entities { contextOfEntity[entity] = context } }
        self.contextOfEntity = contextOfEntity
    }

    var count: Int { names.count }

    /// The context indices a list of entity numbers spans, in first-appearance order.
    func contexts(of entities: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return entities.map { contextOfEntity[$0] }.filter { seen.insert($0).inserted }
    }
}
