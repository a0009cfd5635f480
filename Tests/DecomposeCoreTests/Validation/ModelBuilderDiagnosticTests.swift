import Testing

@testable import DecomposeCore

@Suite struct ModelBuilderDiagnosticTests {
    /// Parses and builds `marked`, checking diagnostic ids and positions against the markers.
    @discardableResult
    private func check(
        _ marked: String, _ expected: [(id: String, marker: Int)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        let source = MarkedSource(marked)
        let parsed = DomainParser().parse(source.text, path: "t.domain")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)", sourceLocation: sourceLocation)
        let diagnostics = ModelBuilder().build(parsed.model).diagnostics
        #expect(
            diagnostics.map(\.idAndPosition) == expected.map { "\($0.id)@\(source.position($0.marker))" },
            sourceLocation: sourceLocation)
        return diagnostics
    }

    @Test func unknownNamesSuggestTheClosest() {
        let diagnostics = check(
            """
            team Growth
            event Paid { x: Int }
            entity 1️⃣Customer owned-by Grwth { 2️⃣email: Strng, 3️⃣friend -> Custmer }
            entity 4️⃣Vip extends Custome { x: Int }
            usecase U {
              reads 5️⃣Custmer, Customer.6️⃣emial
              emits 7️⃣Payd
            }
            """,
            [
                ("model.unknownTeam", 1), ("model.unknownType", 2), ("model.unknownEntity", 3),
                ("model.unknownEntity", 4), ("model.unknownEntity", 5), ("model.unknownField", 6),
                ("model.unknownEvent", 7),
            ])
        #expect(
            diagnostics.map(\.message) == [
                "unknown team 'Grwth' owning entity 'Customer'; did you mean 'Growth'?",
                "unknown type 'Strng' in field 'Customer.email'; did you mean 'String'?",
                "unknown entity 'Custmer' in field 'Customer.friend'; did you mean 'Customer'?",
                "unknown entity 'Custome' extended by 'Vip'; did you mean 'Customer'?",
                "unknown entity 'Custmer'; did you mean 'Customer'?",
                "unknown field 'emial' of entity 'Customer'; did you mean 'email'?",
                "unknown event 'Payd'; did you mean 'Paid'?",
            ])
    }

    @Test func anUnknownAggregateOwnerIsReportedOnce() {
        check(
            """
            aggregate 1️⃣Order owned-by Sails {
              root Order { lines: [Line] }
              entity Line {}
            }
            entity 2️⃣Cart owned-by Sails { items: [Item] }
            entity Item {}
            """,
            [("model.unknownTeam", 1), ("model.unknownTeam", 2)])
    }

    @Test func inheritedFieldsCanBeAccessed() {
        check("entity A { x: Int }\nentity B extends A { y: Int }\nusecase U { reads B.x, B.y }", [])
    }

    @Test func duplicatesPointAtTheFirst() {
        let diagnostics = check(
            """
            team T, 1️⃣T
            enum 2️⃣E { a, a }
            value Money { x: Int }
            entity 3️⃣Money { y: Int, 4️⃣y: Int }
            event Ev {}
            event 5️⃣Ev {}
            usecase U {}
            query 6️⃣U {}
            """,
            [
                ("model.duplicateDeclaration", 1), ("model.duplicateEnumCase", 2), ("model.duplicateDeclaration", 3),
                ("model.duplicateField", 4), ("model.duplicateDeclaration", 5), ("model.duplicateDeclaration", 6),
            ])
        #expect(diagnostics[2].notes.first?.location?.start.line == 3)
    }

    @Test func compositionProblems() {
        check(
            """
            entity A { 1️⃣b: [B] }
            entity B { a: A }
            entity C { d: D }
            entity E { 3️⃣d: D }
            entity D { x: Int }
            aggregate G {
              root G { 4️⃣m: M }
            }
            aggregate H {
              root H { x: Int }
              entity M { y: Int }
            }
            """,
            [
                ("model.compositionCycle", 1), ("model.multipleCompositionOwners", 3),
                ("model.entityInTwoAggregates", 4),
            ])
    }

    @Test func anEntityListedByTwoAggregatesIsReported() {
        let model = DomainModel(
            entities: [Entity(name: "A"), Entity(name: "B"), Entity(name: "Shared")],
            aggregates: [
                Aggregate(name: "A", root: "A", members: ["A", "Shared"]),
                Aggregate(name: "B", root: "B", members: ["B", "Shared"]),
            ])
        let diagnostics = ModelBuilder().build(model).diagnostics
        #expect(diagnostics.map(\.id) == ["model.entityInTwoAggregates"])
        #expect(diagnostics.first?.message == "'Shared' is listed in aggregate 'A' and in aggregate 'B'")
    }

    @Test func aggregateWithoutRootAndInheritanceCycle() {
        check(
            """
            aggregate 1️⃣G {
              entity X { x: Int }
            }
            entity 2️⃣P extends Q {}
            entity Q extends P {}
            """,
            [("model.aggregateRoot", 1), ("model.inheritanceCycle", 2)])
    }

    @Test func referencesToNonEntities() {
        let diagnostics = check(
            "value Money { x: Int }\nentity A { 1️⃣price -> Money, 2️⃣name -> String }",
            [("model.referenceToValue", 1), ("model.referenceToNonEntity", 2)])
        #expect(diagnostics.map(\.severity) == [.warning, .error])
    }

    @Test func contradictoryConstraints() {
        let diagnostics = check(
            """
            entity Order { lines: [Line] }
            entity Line { x: Int }
            entity Card { x: Int }
            entity Payment { x: Int }
            entity Stock { x: Int }
            zone Z1 { Card, Order }
            zone Z2 { 1️⃣Card, 2️⃣Payment }
            keep-together Line, Payment
            pin Stock to Inventory
            pin 3️⃣Stock to Warehouse
            keep-apart Order, 4️⃣Line
            keep-apart Stock, Card, 5️⃣Strock
            """,
            [
                ("model.conflictingZones", 1), ("model.conflictingZones", 2), ("model.conflictingPins", 3),
                ("model.conflictingKeepApart", 4), ("model.unknownEntity", 5),
            ])
        #expect(diagnostics[1].message.contains("keep-together 'Line', 'Payment'"))
        #expect(diagnostics[3].message.contains("aggregate 'Order'"))
    }

    @Test func everythingThatForcesEntitiesTogetherConflictsWithKeepApart() {
        let diagnostics = check(
            """
            entity A {}
            entity B extends A {}
            entity C {}
            entity D {}
            entity E {}
            entity F {}
            keep-together C, D
            pin E, F to Core
            keep-apart A, 1️⃣B
            keep-apart C, 2️⃣D
            keep-apart E, 3️⃣F, A
            keep-apart A, 4️⃣A
            """,
            [
                ("model.conflictingKeepApart", 1), ("model.conflictingKeepApart", 2),
                ("model.conflictingKeepApart", 3), ("model.conflictingKeepApart", 4),
            ])
        #expect(
            diagnostics.map(\.message) == [
                "'A' and 'B' cannot be kept apart: 'B' extends 'A'",
                "'C' and 'D' cannot be kept apart: keep-together 'C', 'D'",
                "'E' and 'F' cannot be kept apart: 'E' and 'F' are pinned to 'Core'",
                "'A' and 'A' cannot be kept apart: it is named twice",
            ])
    }

    @Test func aLargeKeepApartGroupReportsOnlyItsForcedPairsInOrder() {
        let lone = (0..<300).map { "entity L\($0) {}" }.joined(separator: "\n")
        let loneNames = (0..<300).map { "L\($0)" }.joined(separator: ", ")
        let diagnostics = ModelBuilder().build(
            DomainParser().parse(
                """
                aggregate A {
                  root R {}
                  entity M {}
                  entity N {}
                }
                entity P {}
                entity Q extends P {}
                \(lone)
                keep-apart R, L5, \(loneNames), M, Q, A, L5, P, N
                """, path: "t.domain"
            ).model
        ).diagnostics
        #expect(
            diagnostics.map(\.message) == [
                "'L5' and 'L5' cannot be kept apart: it is named twice",
                "'R' and 'M' cannot be kept apart: 'M' is in aggregate 'A' with 'R'",
                "'R' and 'A' cannot be kept apart: 'R' belongs to both",
                "'M' and 'A' cannot be kept apart: 'M' belongs to both",
                "'L5' and 'L5' cannot be kept apart: it is named twice",
                "'L5' and 'L5' cannot be kept apart: it is named twice",
                "'Q' and 'P' cannot be kept apart: 'Q' extends 'P'",
                "'R' and 'N' cannot be kept apart: 'N' is in aggregate 'A' with 'R'",
                "'M' and 'N' cannot be kept apart: 'M' is in aggregate 'A' with 'R'; 'N' is in aggregate 'A' with 'R'",
                "'A' and 'N' cannot be kept apart: 'N' belongs to both",
            ])
    }

    @Test func pinsAndZonesOfEntitiesForcedTogether() {
        let diagnostics = check(
            """
            aggregate Order {
              root Order {}
              entity Line {}
            }
            entity Other {}
            keep-together Other, Order
            pin Line to Sales
            pin 1️⃣Other to Billing
            """,
            [("model.conflictingPins", 1)])
        #expect(
            diagnostics.first?.message
                == "'Line' (context 'Sales') and 'Other' (context 'Billing') must share a context: 'Line' is in aggregate 'Order' with 'Order'; keep-together 'Other', 'Order'"
        )
    }

    /// The current decomposition is a fact, not a constraint: it may split an aggregate or cross a zone, but its
    /// names must be known, an entity sits in one current context, and no two share a name.
    @Test func currentContextsNameKnownEntitiesOnce() {
        let diagnostics = check(
            """
            aggregate Orders {
              root Order {}
              entity Line {}
            }
            entity Card {}
            zone Payments { Card }
            current-context Sales { Orders, Card }
            current-context Billing { 1️⃣Line, 2️⃣Crad }
            current-context Stock { 3️⃣Card }
            current-context 4️⃣Sales {}
            """,
            [
                ("model.conflictingCurrentContexts", 1), ("model.unknownEntity", 2),
                ("model.conflictingCurrentContexts", 3), ("model.duplicateDeclaration", 4),
            ])
        #expect(
            diagnostics.map(\.message) == [
                "'Line' is in current context 'Sales' and in current context 'Billing'",
                "unknown entity or aggregate 'Crad'; did you mean 'Card'?",
                "'Card' is in current context 'Sales' and in current context 'Stock'",
                "duplicate current context 'Sales'",
            ])
    }

    @Test func unknownConstraintNames() {
        check(
            "entity Card {}\nzone Z { 1️⃣Crad }\npin 2️⃣X to C", [("model.unknownEntity", 1), ("model.unknownEntity", 2)])
    }
}
