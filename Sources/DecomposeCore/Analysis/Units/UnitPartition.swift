/// The model cut into atomic units, with what keeps units out of one context: pins, and pairs of units.
struct UnitPartition: Sendable {
    /// Units ordered by their smallest entity number.
    let units: [AtomicUnit]
    /// For each entity number, the index of its unit.
    let unitOfEntity: [Int]
    /// Pairs of unit indices (smaller first, sorted) that a zone or a keep-apart hint keeps in different contexts.
    /// Units pinned to different contexts are kept apart too, but by `pinLabels`: as pairs, every two pinned
    /// contexts would be one, and a model whose every context is pinned would have a number of pairs growing with
    /// the square of its contexts.
    let cannotLink: [(Int, Int)]
    /// Constraints that contradict each other or the model's structure.
    let conflicts: [Finding]
    /// Per unit, the number of its pin's context in name order, or −1 for an unpinned unit: units of different
    /// numbers never share a context.
    let pinLabels: [Int]
    /// Why each pair of `cannotLink` is kept apart, in domain words (`keep-apart Customer, Payment`).
    private let separationOfPair: [UnitPair: String]

    /// `separations` gives the reason of each pair of `cannotLink`, in the same order.
    init(
        units: [AtomicUnit], unitOfEntity: [Int], cannotLink: [(Int, Int)], separations: [String],
        conflicts: [Finding]
    ) {
        self.units = units
        self.unitOfEntity = unitOfEntity
        self.cannotLink = cannotLink
        self.conflicts = conflicts
        let pins = Set(units.compactMap(\.pin)).sorted()
        let numbers = Dictionary(uniqueKeysWithValues: pins.enumerated().map { ($1, $0) })
        pinLabels = units.map { unit in unit.pin.flatMap { numbers[$0] } ?? -1 }
        var separationOfPair: [UnitPair: String] = [:]
        for ((a, b), reason) in zip(cannotLink, separations) { separationOfPair[UnitPair(a, b)] = reason }
        self.separationOfPair = separationOfPair
    }

    /// Why units `a` and `b` may not share a context, if a constraint says so: their pins first, then a zone or a
    /// keep-apart hint.
    func separation(_ a: Int, _ b: Int) -> String? {
        let (first, second) = (min(a, b), max(a, b))
        if pinLabels[first] >= 0, pinLabels[second] >= 0, pinLabels[first] != pinLabels[second] {
            return "pinned to different contexts (\(units[first].pin!) and \(units[second].pin!))"
        }
        return separationOfPair[UnitPair(first, second)]
    }

    /// The first of `others` (in unit order) that `unit` may not share a context with, and why.
    func firstSeparation(of unit: Int, from others: Set<Int>) -> String? {
        for other in others.sorted() where other != unit {
            if let reason = separation(unit, other) { return reason }
        }
        return nil
    }

    /// Every pair of units that may not share a context, pins included, smaller first and sorted: what the
    /// exported graph lists. It grows with the square of the pinned contexts, so only the export builds it.
    func allCannotLinkPairs() -> [(Int, Int)] {
        var pairs = Set(cannotLink.map { UnitPair($0.0, $0.1) })
        let pinned = units.indices.filter { pinLabels[$0] >= 0 }
        for (position, a) in pinned.enumerated() {
            for b in pinned[(position + 1)...] where pinLabels[a] != pinLabels[b] { pairs.insert(UnitPair(a, b)) }
        }
        return pairs.sorted().map { ($0.first, $0.second) }
    }
}
