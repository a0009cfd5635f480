import Testing

@testable import DecomposeCore

@Suite struct DomainModelLocationsTests {
    @Test func layoutNoLongerMattersWithoutLocations() {
        let compact = """
            system S
            team T
            enum E { a }
            value V { x: Int }
            entity A owned-by T { id: UUID, v: V }
            aggregate G { root R { x: Int } }
            event Ev { a -> A }
            usecase U {
              reads A.id
              writes R
              emits Ev
              on Ev
            }
            zone Z { A }
            keep-apart A, R
            keep-together A, R
            pin A to C
            """
        let spread =
            "\n\n"
            + compact.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n\n")
            .replacingWhitespaceAfterCommas()
        let first = DomainParser().parse(compact, path: "a.domain")
        let second = DomainParser().parse(spread, path: "b.domain")
        #expect(first.diagnostics.isEmpty && second.diagnostics.isEmpty, "\(second.diagnostics)")
        #expect(first.model != second.model)
        #expect(first.model.withoutLocations() == second.model.withoutLocations())
        #expect(first.model.withoutLocations().useCases.first?.reads.first?.location == nil)
        #expect(first.model.withoutLocations().keepApart.first?.members.first?.location == nil)
    }
}

extension String {
    fileprivate func replacingWhitespaceAfterCommas() -> String {
        split(separator: ",", omittingEmptySubsequences: false).joined(separator: " ,   ")
    }
}
