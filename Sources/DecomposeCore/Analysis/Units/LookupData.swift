/// Lookup data that lives with the one entity it is reached through.
///
/// In a model with use cases, a list of countries, states or carriers that no use case writes and none reads on its
/// own (it has no screen or API of its own), that is no aggregate member and in no hierarchy, and that is no
/// association (single references to two or more other entities record facts between them: the stock of a product
/// in a warehouse), exists only to be joined from the entities that refer to it. Lookup entities referring to
/// each other form one list (countries, their states, their cities); when the whole list is linked by references
/// (either way) to exactly one other entity, that entity's context owns it: the list is glued to it as a
/// dependent record is glued to its owner (the cinema referring to its city takes the city, its state and its
/// country). Lookup data linked to several entities stays on its own, and the clustering places it with the
/// strongest referrer; an unwritten entity that only points at another (a note kept about an order) is no list
/// anyone reaches through, and stays on its own too.
struct LookupData: Sendable, Hashable {
    /// The lookup entity's number.
    var lookup: Int
    /// The number of the one entity the list it belongs to is reached through.
    var owner: Int

    /// The lookup data of the model behind `index`, in entity order; none when the model has no use cases, since
    /// then "no use case writes it or reads it alone" is no evidence (a JDL or Service Cutter model of relations
    /// only says nothing about who writes what).
    static func all(in index: EntityIndex) -> [LookupData] {
        let model = index.model
        guard !model.useCases.isEmpty else { return [] }
        // Aggregate members and hierarchies have a lifecycle of their own to follow: they are never lookup data.
        var served = index.standsAlone.map { !$0 }
        for (offset, written) in index.writesOfUseCase.enumerated() {
            for entity in written { served[entity] = true }
            let read = index.readsOfUseCase[offset]
            if written.isEmpty, read.count == 1 { served[read[0]] = true }
        }
        // An entity with single references to two or more others records facts between them (stock of a product in a
        // warehouse, a shipment from a warehouse to an address): an association, not a value anyone looks up. (A list
        // of ids, a city's `cinemaIds`, is the other side of one-to-many references, not a fact of its own.)
        for (position, entity) in model.entities.enumerated() {
            let single = entity.fields.filter { !$0.type.isList }
            let targets = Set(single.compactMap { $0.kind.referenceTarget.flatMap(index.position(of:)) })
            if targets.subtracting([position]).count > 1 { served[position] = true }
        }
        var lists = DisjointSets(count: index.count)
        var links: [(lookup: Int, other: Int, pointsIn: Bool)] = []
        for (position, entity) in model.entities.enumerated() {
            for target in entity.fields.compactMap({ $0.kind.referenceTarget.flatMap(index.position(of:)) }) {
                link(position, target, served, &lists, &links)
            }
        }
        var owners: [Int: Set<Int>] = [:]
        var pointedAt = Set<Int>()
        for (lookup, other, pointsIn) in links {
            owners[lists.root(of: lookup), default: []].insert(other)
            if pointsIn { pointedAt.insert(lists.root(of: lookup)) }
        }
        return (0..<index.count).compactMap { position in
            let list = lists.root(of: position)
            guard !served[position], pointedAt.contains(list), let linked = owners[list], linked.count == 1 else {
                return nil
            }
            return LookupData(lookup: position, owner: linked.first!)
        }
    }

    /// Joins two lookup entities into one list, or records that a lookup entity is linked to a served one.
    /// `a` refers to `b`.
    private static func link(
        _ a: Int, _ b: Int, _ served: [Bool], _ lists: inout DisjointSets,
        _ links: inout [(lookup: Int, other: Int, pointsIn: Bool)]
    ) {
        guard a != b else { return }
        switch (served[a], served[b]) {
        case (false, false): lists.join([a, b])
        case (false, true): links.append((a, b, false))
        case (true, false): links.append((b, a, true))
        case (true, true): break
        }
    }
}
