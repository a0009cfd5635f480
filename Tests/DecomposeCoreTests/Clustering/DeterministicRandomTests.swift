import Foundation
import Testing

@testable import DecomposeCore

@Suite struct DeterministicRandomTests {
    @Test func splitMixMatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func permutationIsAPermutationAndRepeatable() {
        var first = SplitMix64(seed: 9)
        var second = SplitMix64(seed: 9)
        let order = first.permutation(of: 50)
        #expect(order.sorted() == Array(0..<50))
        #expect(order == second.permutation(of: 50))
        #expect(order != Array(0..<50))
    }

    @Test func boundedValuesStayInRange() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<1000 {
            #expect((0..<7).contains(random.nextInt(below: 7)))
            #expect((0..<1).contains(random.nextUnit()))
        }
    }

    @Test(arguments: [0.0, -1e-9, -0.3, -1, -2.5, -10, -37.2, -300, -699])
    func expAgreesWithThePlatform(x: Double) {
        let value = DeterministicMath.exp(x)
        #expect(abs(value - Foundation.exp(x)) <= 4 * Foundation.exp(x).ulp)
    }

    @Test func expUnderflowsToZero() {
        #expect(DeterministicMath.exp(-800) == 0)
    }
}
