import Testing

@testable import DecomposeCore

@Suite struct UniqueNamesTests {
    @Test func aTakenNameGetsTheFirstFreeNumberFromTwo() {
        var names = UniqueNames(reserved: ["gateway"])
        #expect(names.claim("Order") == "Order")
        #expect(names.claim("Order") == "Order2")
        #expect(names.claim("Order") == "Order3")
        #expect(names.claim("gateway", separator: "-") == "gateway-2")
        #expect(names.claim("Order2") == "Order22")
        #expect(names.taken == ["gateway", "gateway-2", "Order", "Order2", "Order3", "Order22"])
    }

    @Test func aNumberFillsTheGapAnEarlierClaimLeft() {
        var names = UniqueNames(reserved: ["a", "a_3"])
        #expect(names.claim("a", separator: "_") == "a_2")
        #expect(names.claim("a", separator: "_") == "a_4")
    }

    @Test func refusedNamesAreSkippedAndCandidatesMaySpellTheNumber() {
        var names = UniqueNames()
        let name = names.claim({ $0 == 1 ? "class" : "class_\($0)" }, isFree: { $0 != "class" })
        #expect(name == "class_2")
        #expect(UniqueNames.first(UniqueNames.numbered("x")) { !["x", "x2"].contains($0) } == "x3")
    }
}
