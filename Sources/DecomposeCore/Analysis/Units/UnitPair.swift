/// An unordered pair of node numbers, stored smaller first, ordered for deterministic iteration.
struct UnitPair: Sendable, Hashable, Comparable {
    let first: Int
    let second: Int

    init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }

    static func < (lhs: UnitPair, rhs: UnitPair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
}
