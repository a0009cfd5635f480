/// What crosses between contexts: for each downstream → upstream direction, the references, reads,
/// handled events and orchestrated writes; and, per pair, the use cases that write in both.
///
/// A use case is driven from its primary home, the context of its first write: its reads of other
/// contexts and its writes in other contexts (a saga's later steps) are that context's dependencies,
/// and a handled event links the handler's primary home to the emitter's.
struct ContextDependencies: Sendable {
    /// A downstream context that uses an upstream one.
    struct Direction: Sendable, Hashable, Comparable {
        let downstream: Int
        let upstream: Int

        static func < (lhs: Direction, rhs: Direction) -> Bool {
            (lhs.downstream, lhs.upstream) < (rhs.downstream, rhs.upstream)
        }
    }

    /// The crossings in each direction, in model order, without repeats.
    private(set) var crossings: [Direction: [String]] = [:]
    /// The upstream entities each direction touches.
    private(set) var touched: [Direction: Set<Int>] = [:]
    /// Use cases writing in both contexts of a pair, in model order.
    private(set) var sharedWrites: [UnitPair: [String]] = [:]

    init(_ assignment: ContextAssignment, _ index: EntityIndex, _ homes: UseCaseHomes) {
        let contextOf = assignment.contextOfEntity
        for (position, entity) in index.model.entities.enumerated() {
            for field in entity.fields {
                guard let target = field.kind.target.flatMap(index.position(of:)) else { continue }
                let sentence: String
                switch field.kind {
                case .reference: sentence = "\(entity.name).\(field.name) references \(index.names[target])"
                case .idReference: sentence = "\(entity.name).\(field.name) refers to \(index.names[target]) by id"
                default: continue
                }
                add(from: contextOf[position], to: contextOf[target], target, sentence)
            }
        }
        for (offset, useCase) in index.model.useCases.enumerated() {
            let home = homes.homes[offset]
            guard let primary = home.first else { continue }
            for access in useCase.reads {
                guard let target = index.position(of: access.entity) else { continue }
                add(from: primary, to: contextOf[target], target, "\(useCase.name) reads \(access)")
            }
            for access in useCase.writes {
                guard let target = index.position(of: access.entity) else { continue }
                add(from: primary, to: contextOf[target], target, "\(useCase.name) also writes \(access)")
            }
            for (i, a) in home.enumerated() {
                for b in home[(i + 1)...] { sharedWrites[UnitPair(a, b), default: []].append(useCase.name) }
            }
        }
        addEventFlow(index, homes)
    }

    /// Handlers depend on the contexts whose use cases emit the events they handle.
    private mutating func addEventFlow(_ index: EntityIndex, _ homes: UseCaseHomes) {
        let useCases = index.model.useCases
        var emittersOfEvent: [String: [Int]] = [:]
        for (e, emitter) in useCases.enumerated() {
            for event in Set(emitter.emits.map(\.name)) { emittersOfEvent[event, default: []].append(e) }
        }
        for (h, handler) in useCases.enumerated() {
            for event in handler.handles.map(\.name) {
                for e in emittersOfEvent[event] ?? [] where e != h {
                    let emitter = useCases[e]
                    guard let downstream = homes.homes[h].first, let upstream = homes.homes[e].first else { continue }
                    add(
                        from: downstream, to: upstream, nil,
                        "\(handler.name) handles \(event) emitted by \(emitter.name)")
                }
            }
        }
    }

    private mutating func add(from downstream: Int, to upstream: Int, _ entity: Int?, _ sentence: String) {
        guard downstream != upstream else { return }
        let direction = Direction(downstream: downstream, upstream: upstream)
        if !(crossings[direction]?.contains(sentence) ?? false) { crossings[direction, default: []].append(sentence) }
        if let entity { touched[direction, default: []].insert(entity) }
    }

    /// Every direction with crossings, ordered.
    var directions: [Direction] { crossings.keys.sorted() }

    /// The crossings of one direction.
    func crossings(from downstream: Int, to upstream: Int) -> [String] {
        crossings[Direction(downstream: downstream, upstream: upstream)] ?? []
    }
}
