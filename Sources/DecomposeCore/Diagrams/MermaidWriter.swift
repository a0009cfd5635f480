/// Writes a context map as a Mermaid flowchart: one node per context (name, entity count, aggregates and
/// finding marks), one labelled arrow per relationship from upstream to downstream, and a legend node.
struct MermaidWriter: Sendable {
    func write(_ graph: ContextMapGraph) -> String {
        var out = "%% \(comment(graph.title))\nflowchart TB\n"
        for (index, node) in graph.nodes.enumerated() {
            let lines =
                ["<b>\(MermaidText.label(node.name))</b>"]
                + (node.details + (node.badge.map { [$0] } ?? [])).map(MermaidText.label)
            out += "  c\(index + 1)[\"\(lines.joined(separator: "<br/>"))\"]\n"
        }
        for edge in graph.edges {
            out +=
                "  c\(edge.upstream + 1) -->|\"\(MermaidText.label(edge.pattern.abbreviation))\"| c\(edge.downstream + 1)\n"
        }
        let legend =
            ["<b>\(MermaidText.label(graph.title))</b>", "Arrows point from upstream (U) to downstream (D)."]
            + graph.patternsUsed.map { MermaidText.label("\($0.abbreviation): \($0.title)") }
            + graph.notes.map { MermaidText.label($0.legendText) }
        out += "  legend[\"\(legend.joined(separator: "<br/>"))\"]\n"
        out += "  classDef context fill:#f1f5f9,stroke:#334155,color:#0f172a\n"
        out += "  classDef marked fill:#fff7ed,stroke:#9a3412,stroke-width:2px,stroke-dasharray:6 3,color:#0f172a\n"
        out += "  classDef legend fill:#ffffff,stroke:#94a3b8,color:#0f172a,text-align:left\n"
        let plain = graph.nodes.indices.filter { graph.nodes[$0].findings.isEmpty }.map { "c\($0 + 1)" }
        let marked = graph.nodes.indices.filter { !graph.nodes[$0].findings.isEmpty }.map { "c\($0 + 1)" }
        if !plain.isEmpty { out += "  class \(plain.joined(separator: ",")) context\n" }
        if !marked.isEmpty { out += "  class \(marked.joined(separator: ",")) marked\n" }
        out += "  class legend legend\n"
        return out
    }

    /// Text for a `%%` comment line.
    private func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
