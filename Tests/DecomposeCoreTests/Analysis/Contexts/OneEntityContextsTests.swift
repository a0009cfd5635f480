import DecomposeTestSupport
import Testing

@testable import DecomposeCore

/// A context of one entity joins the context that pulls it more than its own work holds it; a one-to-one companion
/// shares its owner's identity.
@Suite struct OneEntityContextsTests {
    /// Units 0 and 1 form a context; unit 2 stands alone with `self` of its own work and `pull` toward unit 0.
    private func joined(self own: Double, pull: Double, apart: [(Int, Int)] = [], movable: Bool = true)
        -> (labels: [Int], joined: [Int])
    {
        var edges = [(0, 1, 4.0), (0, 2, pull)]
        if own > 0 { edges.append((2, 2, own)) }
        let graph = WeightedGraph(nodeCount: 3, edges: edges)
        return OneEntityContexts(graph: graph, movable: [false, false, movable], cannotLink: apart)
            .joined([0, 0, 1])
    }

    @Test func anEntityPulledMoreThanItsOwnWorkJoins() {
        #expect(joined(self: 2.5, pull: 3).labels == [0, 0, 0])
        #expect(joined(self: 2.5, pull: 3).joined == [2])
        // Without work of its own, any pull is enough.
        #expect(joined(self: 0, pull: 0.1).labels == [0, 0, 0])
    }

    @Test func anEntityWithMoreWorkOfItsOwnThanPullStays() {
        #expect(joined(self: 3, pull: 3).labels == [0, 0, 1])
        #expect(joined(self: 5, pull: 2).joined.isEmpty)
    }

    @Test func constraintsAndPinsAndLargerUnitsKeepTheirPlace() {
        #expect(joined(self: 1, pull: 3, apart: [(0, 2)]).labels == [0, 0, 1])
        #expect(joined(self: 1, pull: 3, movable: false).labels == [0, 0, 1])
    }

    /// Kept apart from what pulls it most, an entity stays alone rather than join a weaker neighbour.
    @Test func aConstraintOnTheStrongestPullKeepsItAlone() {
        let graph = WeightedGraph(nodeCount: 4, edges: [(0, 1, 4), (2, 3, 4), (0, 2, 9), (1, 3, 1)])
        let result = OneEntityContexts(graph: graph, movable: [true, false, false, false], cannotLink: [(0, 2)])
            .joined([0, 1, 2, 2])
        #expect(result.labels == [0, 1, 2, 2])
    }

    /// Two lone entities pulling each other: the first joins the second, which then is no longer alone.
    @Test func twoLoneEntitiesBecomeOneContext() {
        let graph = WeightedGraph(nodeCount: 2, edges: [(0, 1, 3), (0, 0, 1), (1, 1, 1)])
        let result = OneEntityContexts(graph: graph, movable: [true, true], cannotLink: []).joined([0, 1])
        #expect(result.labels == [1, 1])
        #expect(result.joined == [0])
    }

    private func analyse(_ source: String) -> AnalysisResult {
        let parsed = DomainParser().parse(source, path: "test.domain")
        let built = ModelBuilder().build(parsed.model)
        #expect(!(parsed.diagnostics + built.diagnostics).contains { $0.severity == .error })
        return ContextAnalyzer().analyze(built.model)
    }

    /// A store whose catalogue and accounts are each worked on by their own use cases; `profile` declares how the
    /// profile refers to its user.
    private func store(profile: String) -> String {
        """
        entity User { id: UUID, login: String }
        entity Profile { id: UUID, \(profile), bio: String }
        entity Product { id: UUID, name: String }
        entity Category { id: UUID, name: String }
        entity Review { id: UUID, productId: UUID, text: String }
        entity Order { id: UUID, userId: UUID, total: Decimal }
        command Register { writes User }
        command Login { reads User }
        command EditProfile { writes Profile }
        query ViewProfile { reads Profile }
        command AddProduct {
          reads Category
          writes Product
        }
        command AddCategory { writes Category }
        query Browse { reads Product, Category }
        command WriteReview {
          reads Product
          writes Review
        }
        command PlaceOrder {
          reads Product, User
          writes Order
        }
        query ListOrders { reads Order }
        """
    }

    @Test func aOneToOneCompanionStaysWithItsOwner() throws {
        let result = analyse(store(profile: "user -> User unique"))
        #expect(result.graph.evidence.contains(.companion(companion: "Profile", field: "user", owner: "User")))
        let context = try #require(result.decomposition.context(of: "User"))
        #expect(context.entities.contains("Profile"))
        #expect(context.rationale.contains("Profile is a one-to-one companion of User (Profile.user is unique)"))
    }

    /// A unique id is how another context keeps its own view of the same identity: no companion.
    @Test func aUniqueIdOrAPlainReferenceIsNoCompanion() {
        for profile in ["userId: UUID unique", "user -> User"] {
            let result = analyse(store(profile: profile))
            #expect(!result.graph.evidence.contains { if case .companion = $0 { true } else { false } }, "\(profile)")
        }
    }

    /// A lone entity's reason to join is stated with the numbers behind it: in the e-commerce example, adding to a
    /// wishlist writes only the wishlist (2.5 of its own work) and reads the product, which with the wishlist's
    /// reference to it pulls harder.
    @Test func theJoinIsExplained() throws {
        let path = PackagePaths.fixture("ecommerce.domain").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: path).model)
        let result = ContextAnalyzer().analyze(model)
        let context = try #require(result.decomposition.context(of: "Wishlist"))
        #expect(context.entities.contains("Product"))
        #expect(
            context.rationale.contains(
                "Wishlist is no service of its own: the rest of this context pulls it 2.86, more than the 2.5 of its "
                    + "own work (the use cases that touch or write only it)"))
    }
}
