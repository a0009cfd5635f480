/// Writes a context map as a Graphviz DOT digraph: one box per context (name, entity count, aggregates and
/// finding marks; marked contexts dashed and orange), one labelled arrow per relationship from upstream to
/// downstream, and a legend note.
struct DOTWriter: Sendable {
    func write(_ graph: ContextMapGraph) -> String {
        var out = "digraph context_map {\n"
        out +=
            "  graph [label=\(quote(graph.title)), labelloc=t, fontname=\"Helvetica\", fontsize=18, rankdir=TB, "
            + "nodesep=0.6, ranksep=0.8];\n"
        out +=
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f1f5f9\", color=\"#334155\", "
            + "fontcolor=\"#0f172a\", fontname=\"Helvetica\", fontsize=12];\n"
        out += "  edge [color=\"#475569\", fontname=\"Helvetica\", fontsize=10];\n"
        for (index, node) in graph.nodes.enumerated() {
            let lines = [node.name] + node.details + (node.badge.map { [$0] } ?? [])
            let label = lines.map(escape).joined(separator: "\\n")
            let marked =
                node.findings.isEmpty
                ? "" : ", style=\"rounded,filled,dashed\", fillcolor=\"#fff7ed\", color=\"#9a3412\", penwidth=2"
            out += "  c\(index + 1) [label=\"\(label)\"\(marked)];\n"
        }
        for edge in graph.edges {
            let tooltip =
                "\(graph.nodes[edge.upstream].name) (U) → \(graph.nodes[edge.downstream].name) (D): \(edge.pattern.title)"
            out +=
                "  c\(edge.upstream + 1) -> c\(edge.downstream + 1) [label=\(quote(edge.pattern.abbreviation)), "
                + "tooltip=\(quote(tooltip))];\n"
        }
        let legend =
            ["Legend", "Arrows point from upstream (U) to downstream (D)."]
            + graph.patternsUsed.map { "\($0.abbreviation): \($0.title)" } + graph.notes.map(\.legendText)
        out +=
            "  legend [shape=note, fillcolor=\"#ffffff\", color=\"#94a3b8\", "
            + "label=\"\(legend.map { escape($0) + "\\l" }.joined())\"];\n"
        out += "}\n"
        return out
    }

    private func quote(_ text: String) -> String {
        "\"\(escape(text))\""
    }

    /// Text inside a DOT double-quoted string: quotes and backslashes escaped, line breaks as spaces, other
    /// control characters as U+FFFD.
    private func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            case "\u{0}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
