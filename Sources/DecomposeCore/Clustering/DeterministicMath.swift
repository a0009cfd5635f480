/// Elementary functions computed with basic IEEE-754 operations only, so that results are bit-identical on every
/// machine (platform `exp` implementations may differ in the last bit, which could change a random choice).
enum DeterministicMath {
    /// e^x for x ≤ 0 (larger x is clamped to 0), accurate to a few ulps.
    static func exp(_ x: Double) -> Double {
        guard x < 0 else { return 1 }
        guard x > -700 else { return 0 }
        let ln2 = 0.693_147_180_559_945_3
        let halvings = Int((-x / ln2).rounded())
        let reduced = x + Double(halvings) * ln2
        var term = 1.0
        var sum = 1.0
        for power in 1...14 {
            term = term * reduced / Double(power)
            sum += term
        }
        return Double(sign: .plus, exponent: -halvings, significand: sum)
    }
}
