import Testing

@testable import DecomposeCore

/// Lookup data (never written, never read on its own) lives with the one entity it is reached through.
@Suite struct LookupDataTests {
    private func analyse(_ source: String) -> (result: AnalysisResult, index: EntityIndex) {
        let parsed = DomainParser().parse(source, path: "test.domain")
        let built = ModelBuilder().build(parsed.model)
        #expect(!(parsed.diagnostics + built.diagnostics).contains { $0.severity == .error })
        return (ContextAnalyzer().analyze(built.model), EntityIndex(built.model))
    }

    private func lookups(_ source: String) -> [String: String] {
        let index = analyse(source).index
        var owners: [String: String] = [:]
        for lookup in LookupData.all(in: index) { owners[index.names[lookup.lookup]] = index.names[lookup.owner] }
        return owners
    }

    static let cinema = """
        entity Country { id: UUID, name: String }
        entity State { id: UUID, name: String, countryId: UUID }
        entity City { id: UUID, name: String, stateId: UUID, cinemaIds: [UUID] }
        entity Cinema { id: UUID, name: String, cityId: UUID }
        entity Movie { id: UUID, title: String }
        entity Booking { id: UUID, cinemaId: UUID, movieId: UUID, seats: Int }
        command OpenCinema { writes Cinema }
        query ListMovies { reads Movie }
        command Book {
          reads Cinema, Movie
          writes Booking
        }
        query ListCinemasOfCity { reads Cinema, City }
        """

    @Test func aChainOfListsReachedThroughOneEntityJoinsIt() {
        #expect(lookups(Self.cinema) == ["Country": "Cinema", "State": "Cinema", "City": "Cinema"])
        let decomposition = analyse(Self.cinema).result.decomposition
        let cinema = decomposition.context(of: "Cinema")
        #expect(cinema?.entities == ["Cinema", "City", "Country", "State"])
        #expect(
            cinema?.rationale.contains(
                "City is lookup data reached only through Cinema: no use case writes it or reads it alone") == true,
            "\(cinema?.rationale ?? [])")
    }

    @Test func aModelWithoutUseCasesHasNoLookupData() {
        let relationsOnly = Self.cinema.split(separator: "\n").filter { $0.hasPrefix("entity") }.joined(separator: "\n")
        #expect(lookups(relationsOnly).isEmpty, "no use case writes it is no evidence when there are none")
        let decomposition = analyse(relationsOnly).result.decomposition
        #expect(!decomposition.contexts.flatMap(\.rationale).contains { $0.contains("lookup data") })
    }

    @Test func aListReachedFromTwoEntitiesStaysOnItsOwn() {
        let source = """
            entity Currency { code: String identity, name: String }
            entity Invoice { id: UUID, currencyCode: String, currency -> Currency }
            entity PriceList { id: UUID, currency -> Currency }
            command Bill { writes Invoice }
            command Publish { writes PriceList }
            """
        #expect(lookups(source).isEmpty)
    }

    /// An inventory whose tables only seed data fills: the stock of a product in a warehouse and the shipments
    /// between warehouses and addresses are facts between things, not values to look up, so the cart that refers to
    /// a product does not take the whole inventory (the event-sourcing store of the tuning set did).
    @Test func associationsAreNoLookupDataAndKeepTheirListApart() {
        let source = """
            entity Product { id: UUID, name: String }
            entity Warehouse { id: UUID, name: String, addressId: UUID }
            entity Address { id: UUID, street: String }
            entity Inventory { id: UUID, product -> Product, warehouse -> Warehouse, units: Int }
            entity Shipment { id: UUID, warehouse -> Warehouse, addressId: UUID, inventories -> [Inventory] }
            entity CartEvent { id: UUID, productId: UUID, quantity: Int }
            command AddCartEvent {
              reads Product
              writes CartEvent
            }
            command Checkout {
              reads Product, Inventory, Shipment
              writes CartEvent
            }
            """
        #expect(lookups(source).isEmpty)
        let context = analyse(source).result.decomposition.context(of: "CartEvent")
        #expect(context?.entities.contains("Shipment") == false)
    }

    @Test func anEntityWithAQueryOfItsOwnOrAWriterIsNoLookup() {
        let source = """
            entity Movie { id: UUID, title: String }
            entity Genre { id: UUID, name: String }
            entity Showing { id: UUID, movie -> Movie, genre -> Genre }
            query ListMovies { reads Movie }
            command AddGenre { writes Genre }
            command Schedule {
              reads Movie, Genre
              writes Showing
            }
            """
        #expect(lookups(source).isEmpty)
    }

    @Test func aggregateMembersAreNeverLookupData() {
        let source = """
            aggregate Order {
              root Order { id: UUID, lines: [OrderLine] }
              entity OrderLine { id: UUID, productId: UUID }
            }
            entity Product { id: UUID, name: String }
            command Place {
              reads Product
              writes Order
            }
            """
        #expect(lookups(source) == ["Product": "OrderLine"])
    }

    @Test func aListNoEntityPointsIntoStaysOnItsOwn() {
        let source = """
            entity Order { id: UUID, total: Decimal }
            entity Note { id: UUID, orderId: UUID, text: String }
            command Place { writes Order }
            """
        #expect(lookups(source).isEmpty)
    }
}

/// A command that writes a single entity is that entity's own work, whatever it reads to check or display.
@Suite struct CommandOfItsOwnTests {
    @Test func aCommandWritingOneEntityGivesItASelfCoupling() throws {
        let source = """
            entity Customer { id: UUID, name: String }
            entity Vehicle { id: UUID, customerId: UUID, brand: String }
            command RegisterVehicle {
              reads Customer.name
              writes Vehicle
            }
            """
        let built = ModelBuilder().build(DomainParser().parse(source, path: "t.domain").model)
        let index = EntityIndex(built.model)
        var collector = CouplingCollector()
        UseCaseScorer(unitOfEntity: Array(0..<index.count)).collect(index, into: &collector)
        let vehicle = try #require(index.position(of: "Vehicle"))
        let selfScores = collector.couplings.filter { $0.first == vehicle && $0.second == vehicle }.map(\.score)
        #expect(selfScores == [UseCaseScorer.readAlone])
        let customer = try #require(index.position(of: "Customer"))
        #expect(!collector.couplings.contains { $0.first == customer && $0.second == customer })
    }
}
