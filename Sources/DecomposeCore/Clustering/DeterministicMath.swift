/// Elementary functions computed with basic IEEE-754 operations only, so that results are bit-identical on every
/// machine (platform `exp` implementations may differ in the last bit, which could change a random choice).
enum DeterministicMath {
    /// e^x for x ≤ 0 (larger x is clamped to 0), accurate to a few ulps.
    static func exp(_ x: Double) -> Double {
        guard x < 0 else { return 1 }
        guard x > -700 else { return 0 }
        // Cody–Waite reduction x = r − n·ln 2 with ln 2 split in two, so that n·ln2High is exact.
        let ln2High = 6.931_471_803_691_238_164_90e-01
        let ln2Low = 1.908_214_929_270_587_700_02e-10
        let halvings = Int((-x / 0.693_147_180_559_945_3).rounded())
        let reduced = (x + Double(halvings) * ln2High) + Double(halvings) * ln2Low
        var term = 1.0
        var sum = 1.0
        for power in 1...14 {
            term = term * reduced / Double(power)
            sum += term
        }
        return Double(sign: .plus, exponent: -halvings, significand: sum)
    }
}
