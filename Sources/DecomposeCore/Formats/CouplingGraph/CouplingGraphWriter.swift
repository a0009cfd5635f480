/// Writes the weighted coupling graph the clustering of an analysis sees, so other tools (networkx, igraph) can
/// cluster exactly the same input.
///
/// The format is line-based text (UTF-8, `\n` line ends); lines starting with `#` are comments:
///
/// ```
/// # decompose coupling graph 1
/// nodes 3
/// 0 Order OrderLine
/// 1 Customer
/// 2 Product
/// edges 3
/// 0 0 1.5
/// 0 1 2.5
/// 1 2 0.75
/// cannot-link 1
/// 0 2
/// ```
///
/// - `nodes N`, then N lines `index entity…`: one node per atomic unit (the entities the analysis never separates:
///   an aggregate, a hierarchy, a keep-together group, a pin), numbered `0..<N` in order of their first entity.
///   Names are percent-encoded where they hold `%`, whitespace or control characters.
/// - `edges M`, then M lines `u v weight` with `u ≤ v`, sorted by `(u, v)`: the summed, prioritised coupling
///   between two units; `u == v` is a unit's internal coupling (a self-loop). Weights are positive and written in
///   the shortest form that reads back as the same `Double`.
/// - `cannot-link K`, then K lines `u v` (`u < v`, sorted): units a pin, zone or keep-apart forbids to share a
///   context.
///
/// The same model and options always give byte-identical text.
public struct CouplingGraphWriter: Sendable {
    public init() {}

    /// The graph behind `result`.
    public func write(_ result: AnalysisResult) -> String {
        let partition = result.partition
        let graph = result.graph.unitGraph(partition)
        let cannotLink = partition.allCannotLinkPairs()
        var lines = ["# decompose coupling graph 1", "nodes \(partition.units.count)"]
        lines.reserveCapacity(partition.units.count + graph.edgeCount + cannotLink.count + 4)
        for (index, unit) in partition.units.enumerated() {
            lines.append(
                ([String(index)] + unit.members.map { Self.encode(result.graph.names[$0]) }).joined(separator: " "))
        }
        lines.append("edges \(graph.edgeCount)")
        for node in 0..<graph.nodeCount {
            for index in graph.offsets[node]..<graph.offsets[node + 1] where graph.targets[index] >= node {
                lines.append("\(node) \(graph.targets[index]) \(graph.weights[index])")
            }
        }
        lines.append("cannot-link \(cannotLink.count)")
        for (a, b) in cannotLink { lines.append("\(a) \(b)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name` with `%`, whitespace and control characters written as `%XX` per UTF-8 byte.
    static func encode(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: needsEscape) else { return name }
        var encoded = ""
        for scalar in name.unicodeScalars {
            guard needsEscape(scalar) else {
                encoded.unicodeScalars.append(scalar)
                continue
            }
            for byte in String(scalar).utf8 { encoded += "%" + hexDigits(byte) }
        }
        return encoded
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "%" || scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
