import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

/// The exported coupling graph: its sections, that it is exactly the graph the clustering sees, and that the same
/// model always gives the same bytes.
@Suite struct CouplingGraphWriterTests {
    static let source = """
        entity Customer { id: UUID, email: String }
        aggregate Order {
          root Order { id: UUID, customer -> Customer, lines: [OrderLine] }
          entity OrderLine { product -> Product, quantity: Int }
        }
        entity Product { id: UUID, name: String }
        entity Payment security critical { id: UUID, orderId: UUID }
        keep-apart Customer, Payment
        usecase PlaceOrder {
          reads Customer, Product
          writes Order, OrderLine
        }
        usecase Pay {
          reads Order
          writes Payment
        }
        usecase Register { writes Customer }
        query ListProducts { reads Product }
        """

    private func analyse() -> AnalysisResult {
        let parsed = DomainParser().parse(Self.source, path: "shop.domain")
        let built = ModelBuilder().build(parsed.model)
        #expect(!(parsed.diagnostics + built.diagnostics).contains { $0.severity == .error })
        return ContextAnalyzer().analyze(built.model)
    }

    /// The text split into its three sections' lines, checking each section's count.
    private func sections(_ text: String) -> (nodes: [[String]], edges: [[String]], cannotLink: [[String]]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeLast() == "")
        lines.removeAll { $0.hasPrefix("#") }
        func section(_ name: String) -> [[String]] {
            let header = lines.removeFirst().split(separator: " ").map(String.init)
            #expect(header.first == name)
            let count = Int(header.last ?? "") ?? -1
            let body = lines.prefix(count).map { $0.split(separator: " ").map(String.init) }
            lines.removeFirst(min(count, lines.count))
            return body
        }
        let result = (section("nodes"), section("edges"), section("cannot-link"))
        #expect(lines.isEmpty)
        return result
    }

    @Test func nodesAreTheAtomicUnitsInOrder() {
        let (nodes, _, _) = sections(CouplingGraphWriter().write(analyse()))
        #expect(nodes == [["0", "Customer"], ["1", "Order", "OrderLine"], ["2", "Product"], ["3", "Payment"]])
    }

    @Test func edgesAreTheUnitGraphTheClusteringSees() {
        let result = analyse()
        let (_, edges, _) = sections(CouplingGraphWriter().write(result))
        let graph = result.graph.unitGraph(result.partition)
        var expected: [[String]] = []
        for node in 0..<graph.nodeCount {
            for neighbor in graph.neighbors(of: node) where neighbor.node >= node {
                expected.append(["\(node)", "\(neighbor.node)", "\(neighbor.weight)"])
            }
        }
        #expect(edges.count == 8)
        #expect(edges == expected)
        let pairs = edges.map { (Int($0[0])!, Int($0[1])!) }
        #expect(pairs.allSatisfy { $0.0 <= $0.1 })
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(edges.allSatisfy { Double($0[2])! > 0 })
        // Weights read back as the same doubles.
        #expect(edges.map { Double($0[2])! } == expected.map { Double($0[2])! })
    }

    @Test func cannotLinkPairsAreListed() {
        let (_, _, cannotLink) = sections(CouplingGraphWriter().write(analyse()))
        #expect(cannotLink == [["0", "3"]])
    }

    @Test func theSameModelGivesTheSameBytes() {
        #expect(CouplingGraphWriter().write(analyse()) == CouplingGraphWriter().write(analyse()))
    }

    /// Clustering the graph read back from the text, as another tool would, at the analysis's resolution, then
    /// joining its one-entity contexts, gives the analysis's contexts: the file holds everything the clustering uses.
    @Test(arguments: ["ecommerce.domain", "fintech.domain"]) func theFileReproducesTheAnalysisClusters(name: String)
        throws
    {
        let path = PackagePaths.fixture(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let model = ModelBuilder().build(DomainParser().parse(text, path: path).model).model
        let result = ContextAnalyzer().analyze(model)
        let (nodes, edges, cannotLink) = sections(CouplingGraphWriter().write(result))
        let graph = WeightedGraph(
            nodeCount: nodes.count, edges: edges.map { (Int($0[0])!, Int($0[1])!, Double($0[2])!) })
        let pairs = cannotLink.map { (Int($0[0])!, Int($0[1])!) }
        let clustered = LeidenClustering(
            resolution: ContextAnalyzer.resolution(unitCount: nodes.count), seed: 1, quality: .modularity
        )
        .cluster(graph, cannotLink: pairs).labels
        // Then each one-entity context joins what pulls it more than its own work (no fixture pins an entity).
        let labels = OneEntityContexts(graph: graph, movable: nodes.map { $0.count == 2 }, cannotLink: pairs)
            .joined(clustered).labels
        var clusters: [Int: Set<String>] = [:]
        for (node, label) in labels.enumerated() { clusters[label, default: []].formUnion(nodes[node].dropFirst()) }
        #expect(Set(clusters.values) == Set(result.decomposition.contexts.map { Set($0.entities) }))
        #expect(clusters.count > 2)
    }

    @Test func namesWithSpacesOrPercentSignsAreEncoded() {
        #expect(CouplingGraphWriter.encode("Order") == "Order")
        #expect(CouplingGraphWriter.encode("Sales Order") == "Sales%20Order")
        #expect(CouplingGraphWriter.encode("100%\t") == "100%25%09")
        #expect(CouplingGraphWriter.encode("Bestellüng") == "Bestellüng")
    }
}
