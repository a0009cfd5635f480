/// Decides which `Aggregate` block every entity, value object, enum and event is written in.
///
/// Each suggested context gets one block per model aggregate with entities in it (in the order the
/// context lists its entities); an entity in no aggregate gets a block of its own, named after it, because
/// CML declares domain objects inside aggregates. CML has no global types, so each value object, enum and
/// event goes into the first block that uses it (events: the first block holding an entity they refer to);
/// one used nowhere goes into the first block.
struct CMLLayout: Sendable {
    /// The blocks of each context, in the decomposition's context order.
    private(set) var blocks: [[CMLAggregateBlock]] = []

    init(model: DomainModel, decomposition: Decomposition) {
        let aggregateOf = Dictionary(
            model.entities.compactMap { entity in entity.aggregate.map { (entity.name, $0) } },
            uniquingKeysWith: { first, _ in first })
        let aggregates = Dictionary(model.aggregates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var usedNames: Set<String> = []
        for context in decomposition.contexts {
            var contextBlocks: [CMLAggregateBlock] = []
            var blockIndex: [String: Int] = [:]
            for entity in context.entities {
                let key = aggregateOf[entity].map { "aggregate:\($0)" } ?? "entity:\(entity)"
                if let index = blockIndex[key] {
                    contextBlocks[index].entities.append(entity)
                    continue
                }
                blockIndex[key] = contextBlocks.count
                let aggregate = aggregateOf[entity].flatMap { aggregates[$0] }
                let name = aggregate?.name ?? entity
                let unique = usedNames.contains(name) ? "\(name)_\(context.name)" : name
                usedNames.insert(unique)
                contextBlocks.append(
                    CMLAggregateBlock(name: unique, aggregate: aggregate, root: entity, entities: [entity]))
            }
            blocks.append(contextBlocks.map { Self.ordered($0, in: context) })
        }
        place(model: model)
    }

    /// The block with the aggregate's root first (or its first member present in this context) and the
    /// other entities in the aggregate's member order.
    private static func ordered(_ block: CMLAggregateBlock, in context: BoundedContext) -> CMLAggregateBlock {
        guard let aggregate = block.aggregate else { return block }
        var block = block
        // What is left in `present` once the members are taken out of it is the rest, in the block's order.
        var present = Set(block.entities)
        let members = ([aggregate.root] + aggregate.members).filter { present.remove($0) != nil }
        block.entities = members + block.entities.filter { present.contains($0) }
        block.root = block.entities[0]
        return block
    }

    /// Places value objects, enums and events.
    private mutating func place(model: DomainModel) {
        let positions = blocks.indices.flatMap { context in blocks[context].indices.map { (context, $0) } }
        guard let first = positions.first else { return }
        let blockOfEntity = Dictionary(
            positions.flatMap { position in blocks[position.0][position.1].entities.map { ($0, position) } },
            uniquingKeysWith: { first, _ in first })
        let entityFields = Dictionary(
            model.entities.map { ($0.name, $0.fields) }, uniquingKeysWith: { first, _ in first })
        let valueFields = Dictionary(model.values.map { ($0.name, $0.fields) }, uniquingKeysWith: { first, _ in first })
        let eventFields = Dictionary(model.events.map { ($0.name, $0.fields) }, uniquingKeysWith: { first, _ in first })
        let valueNames = Set(model.values.map(\.name))
        let enumNames = Set(model.enums.map(\.name))

        var home: [String: (Int, Int)] = [:]
        for event in model.events {
            let target = (eventFields[event.name] ?? []).lazy.compactMap { blockOfEntity[$0.type.name] }.first
            home[event.name] = target ?? first
        }
        // The events at home in each block, in model order, so that no block looks through every event.
        var eventsIn = blocks.map { Array(repeating: [String](), count: $0.count) }
        for event in model.events {
            guard let (context, block) = home[event.name] else { continue }
            eventsIn[context][block].append(event.name)
        }
        for position in positions {
            var pending = blocks[position.0][position.1].entities.flatMap { entityFields[$0] ?? [] }
            pending += eventsIn[position.0][position.1].flatMap { eventFields[$0] ?? [] }
            while let field = pending.popLast() {
                let type = field.type.name
                guard home[type] == nil, valueNames.contains(type) || enumNames.contains(type) else { continue }
                home[type] = position
                pending += valueFields[type] ?? []
            }
        }
        for value in model.values {
            let (context, block) = home[value.name] ?? first
            blocks[context][block].values.append(value.name)
        }
        for item in model.enums {
            let (context, block) = home[item.name] ?? first
            blocks[context][block].enums.append(item.name)
        }
        for event in model.events {
            let (context, block) = home[event.name] ?? first
            blocks[context][block].events.append(event.name)
        }
    }
}
