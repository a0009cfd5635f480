import DecomposeCore

/// A coupling graph as `decompose analyze --export-graph` writes it, read back: the nodes' entities and the graph.
struct GraphFile {
    /// The entities of each node.
    let nodes: [[String]]
    let graph: WeightedGraph
    let cannotLink: [(Int, Int)]

    /// Reads the text; the benchmark only reads what it wrote, so a malformed file stops it.
    init(_ text: String) {
        var lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }[...]
        func section(_ name: String) -> [[Substring]] {
            guard let header = lines.popFirst(), header.hasPrefix(name + " "),
                let count = Int(header.dropFirst(name.count + 1)), count <= lines.count
            else { Options.fail("the exported graph has no '\(name)' section") }
            defer { lines = lines.dropFirst(count) }
            return lines.prefix(count).map { $0.split(separator: " ") }
        }
        nodes = section("nodes").map { $0.dropFirst().map(String.init) }
        let edges = section("edges").map { (Int($0[0]) ?? 0, Int($0[1]) ?? 0, Double($0[2]) ?? 0) }
        cannotLink = section("cannot-link").map { (Int($0[0]) ?? 0, Int($0[1]) ?? 0) }
        graph = WeightedGraph(nodeCount: nodes.count, edges: edges)
    }
}
