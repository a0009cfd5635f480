/// A namespace filled one name at a time, where a name already taken gets the first free number: `Order`,
/// `Order2`; `gateway`, `gateway-2`; `orders`, `orders_2`. Every place decompose invents names (contexts, services,
/// tables, operation ids, CML and JDL identifiers, HTML anchors, fields read from Service Cutter) claims them here,
/// so the rule is written once; each place keeps its own spelling of the number, the one its format reads best.
public struct UniqueNames: Sendable {
    /// The names claimed so far, and any reserved at the start.
    public private(set) var taken: Set<String>

    /// A namespace in which `reserved` are already taken.
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// Whether `name` is taken.
    public func contains(_ name: String) -> Bool {
        taken.contains(name)
    }

    /// Takes `name` as it is, whether or not it was taken already.
    public mutating func insert(_ name: String) {
        taken.insert(name)
    }

    /// The first of `candidate(1)`, `candidate(2)`, `candidate(3)`, … that is neither taken nor refused by
    /// `isFree`, which it takes. `candidate(1)` is the name without a number.
    public mutating func claim(_ candidate: (_ number: Int) -> String, isFree: (String) -> Bool = { _ in true })
        -> String
    {
        let name = Self.first(candidate) { !taken.contains($0) && isFree($0) }
        taken.insert(name)
        return name
    }

    /// `base`, or `base` with `separator` and the first free number from 2 (`Order2`, `gateway-2`), which it takes.
    public mutating func claim(_ base: String, separator: String = "") -> String {
        claim(Self.numbered(base, separator: separator))
    }

    /// The first of `candidate(1)`, `candidate(2)`, … that `isFree` accepts, for a namespace kept elsewhere.
    public static func first(_ candidate: (_ number: Int) -> String, isFree: (String) -> Bool) -> String {
        var number = 1
        var name = candidate(number)
        while !isFree(name) {
            number += 1
            name = candidate(number)
        }
        return name
    }

    /// `base` for 1, then `base` with `separator` and the number: the usual candidates.
    public static func numbered(_ base: String, separator: String = "") -> @Sendable (_ number: Int) -> String {
        { $0 == 1 ? base : base + separator + String($0) }
    }
}
