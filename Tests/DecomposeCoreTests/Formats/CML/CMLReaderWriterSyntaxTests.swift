import Testing

@testable import DecomposeCore

/// The CML the writer relies on, read on its own: `^` keyword escapes, `hint = "identity"`, the
/// `decompose:inferred` aggregates and `storage=` hints, application-layer flows, and `-` to value objects
/// inside value objects and events.
@Suite struct CMLReaderWriterSyntaxTests {
    private func build(_ text: String) throws -> (model: DomainModel, diagnostics: [Diagnostic]) {
        let result = ModelReader.read(text, path: "m.cml")
        return (try #require(result.model, "\(result.diagnostics)"), result.diagnostics)
    }

    @Test func escapedKeywordsAreNamesEverywhere() throws {
        let (model, diagnostics) = try build(
            """
            BoundedContext ^ContextMap {
              Aggregate ^Aggregate {
                Entity ^Entity {
                  aggregateRoot
                  UUID id
                  String ^type key
                  - ^enum ^key nullable
                  ^Service ^def
                }
                Entity ^Service { UUID id }
                enum ^enum { ^type, ^hint, ready }
              }
            }
            """)
        #expect(diagnostics.filter { $0.severity != .note }.isEmpty, "\(diagnostics)")
        let entity = try #require(model.entity(named: "Entity"))
        #expect(entity.fields.map(\.name) == ["id", "type", "key", "def"])
        #expect(entity.fields[1].isUnique && entity.fields[2].type.isOptional)
        #expect(entity.fields[2].kind == .enumeration)
        #expect(entity.fields[3].kind == .composition(target: "Service"))
        #expect(model.enums.first?.cases == ["type", "hint", "ready"])
        #expect(model.currentDecomposition.first?.name == "ContextMap")
        #expect(model.aggregates.map(\.name) == ["Aggregate"])
    }

    @Test func anUnescapedKeywordStillStartsItsConstruct() {
        let result = CMLReader().read(
            "BoundedContext A { Aggregate G { Entity E { aggregateRoot Service s } } }", path: "m.cml")
        #expect(result.diagnostics.contains { $0.id == "cml.unsupported" })
    }

    @Test func hintIdentityMarksTheIdentity() throws {
        let (model, _) = try build(
            """
            BoundedContext D { Aggregate Deliveries {
              Entity Delivery {
                aggregateRoot
                String deliveryId hint = "identity"
                String note hint = "other"
              }
            } }
            """)
        let fields = try #require(model.entity(named: "Delivery")?.fields)
        #expect(fields[0].isIdentity && fields[0].kind == .scalar)
        #expect(!fields[1].isIdentity)
    }

    @Test func inferredAggregatesAreInferredAgainWithTheirOwnerAndCharacteristics() throws {
        let (model, diagnostics) = try build(
            """
            BoundedContext Sales {
              Aggregate Order {
                owner = Checkout
                likelihoodForChange = OFTEN
                securityZone = "Zone"
                Entity Order {
                  aggregateRoot
                  hint = "decompose:inferred"
                  UUID id
                  List<OrderLine> lines
                }
                Entity OrderLine { UUID id }
              }
              Aggregate Note {
                Entity Note {
                  aggregateRoot
                  hint = "decompose:inferred"
                  UUID id
                }
              }
            }
            BoundedContext Checkout { type = TEAM }
            """)
        #expect(diagnostics.filter { $0.severity != .note }.isEmpty, "\(diagnostics)")
        let order = try #require(model.aggregates.first)
        #expect(model.aggregates.count == 1 && order.isInferred && order.members == ["Order", "OrderLine"])
        #expect(model.entity(named: "OrderLine")?.owner == "Checkout")
        #expect(model.entity(named: "OrderLine")?.characteristics.structuralVolatility == .high)
        #expect(model.entity(named: "Note")?.aggregate == nil)
        #expect(model.currentDecomposition.first?.members.map(\.name) == ["Order", "OrderLine", "Note"])
        #expect(model.zones.first?.members.map(\.name) == ["Order", "OrderLine"])
    }

    @Test func aDashToAValueObjectInsideValueObjectsAndEventsEmbedsIt() throws {
        let (model, diagnostics) = try build(
            """
            BoundedContext A { Aggregate G {
              Entity E { aggregateRoot UUID id }
              ValueObject Money { BigDecimal amount - Currency currency }
              enum Currency { EUR, USD }
              DomainEvent Paid { - Money total - E payer }
            } }
            """)
        #expect(!diagnostics.contains { $0.id == "model.referenceToValue" || $0.severity == .error }, "\(diagnostics)")
        #expect(model.values.first?.fields.last?.kind == .enumeration)
        #expect(model.events.first?.fields.map(\.kind) == [.value, .reference(target: "E")])
    }

    @Test func flowsGiveUseCasesTheirEmittedAndHandledEvents() throws {
        let (model, diagnostics) = try build(
            """
            BoundedContext Sales {
              Application {
                Command PlaceOrder
                Command Ship { }
                Flow SalesFlow {
                  event Paid + Approved triggers command PlaceOrder
                  command PlaceOrder emits event Placed + Approved
                  command Ship delegates to G [ -> SHIPPED ] emits event Placed
                  command Missing emits event Placed
                }
              }
              Aggregate G {
                Entity E { aggregateRoot UUID id }
                DomainEvent Placed { - E e }
                DomainEvent Paid { - E e }
                DomainEvent Approved { - E e }
              }
            }
            UseCase PlaceOrder { interactions = update "E" }
            UseCase Ship { interactions = read "E" }
            """)
        #expect(diagnostics.filter { $0.severity != .note }.map(\.id) == ["cml.unknownUseCase"], "\(diagnostics)")
        let place = try #require(model.useCases.first)
        #expect(place.emits.map(\.name) == ["Placed", "Approved"])
        #expect(place.handles.map(\.name) == ["Paid", "Approved"])
        #expect(model.useCases.last?.emits.map(\.name) == ["Placed"])
        #expect(model.events.map(\.name) == ["Placed", "Paid", "Approved"])
    }

    @Test func aStorageHintSetsTheEntitysStorage() throws {
        let (model, _) = try build(
            """
            BoundedContext A { Aggregate G {
              Entity E { aggregateRoot hint = "decompose:inferred, storage=key-value" UUID id }
              Entity F { hint = "storage=unknown" UUID id }
            } }
            """)
        #expect(model.entity(named: "E")?.characteristics.storage == .keyValue)
        #expect(model.entity(named: "E")?.aggregate == nil)
        #expect(model.entity(named: "F")?.characteristics.storage == nil)
    }
}
