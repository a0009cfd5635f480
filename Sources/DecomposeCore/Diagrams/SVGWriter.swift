/// Writes a laid-out context map as a standalone SVG document: no scripts, no external fonts or images,
/// dark text on light fills in colours that survive black-and-white printing.
struct SVGWriter: Sendable {
    static let fontFamily = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

    func write(_ geometry: DiagramGeometry, graph: ContextMapGraph) -> String {
        let width = number(geometry.size.width)
        let height = number(geometry.size.height)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" class=\"context-map\" role=\"img\" aria-labelledby=\"cm-map-title cm-map-desc\" "
            + "font-family=\"\(HTMLText.escape(Self.fontFamily))\">\n"
        out += "  <title id=\"cm-map-title\">\(HTMLText.escape(graph.title))</title>\n"
        out += "  <desc id=\"cm-map-desc\">\(HTMLText.escape(description(graph)))</desc>\n"
        out += """
              <style>
                .context-map .cm-box { fill: #f1f5f9; stroke: #334155; stroke-width: 1.5; }
                .context-map .cm-box.cm-marked { fill: #fff7ed; stroke: #9a3412; stroke-width: 2.5; stroke-dasharray: 6 3; }
                .context-map .cm-arrow { fill: none; stroke: #475569; stroke-width: 1.5; }
                .context-map .cm-label-bg { fill: #ffffff; stroke: #94a3b8; stroke-width: 1; }
                .context-map .cm-badge-bg { fill: #fed7aa; stroke: #9a3412; stroke-width: 1; }
                .context-map text { fill: #0f172a; }
                .context-map .cm-title { font-size: 18px; font-weight: bold; }
                .context-map .cm-name { font-size: 14px; font-weight: bold; }
                .context-map .cm-detail, .context-map .cm-legend { font-size: 12px; fill: #1e293b; }
                .context-map .cm-legendHeading { font-size: 12px; font-weight: bold; }
                .context-map .cm-label { font-size: 11px; font-weight: bold; }
                .context-map .cm-badge { font-size: 11px; fill: #7c2d12; }
              </style>
              <defs>
                <marker id="cm-arrowhead" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
                  <path d="M 0 0 L 10 5 L 0 10 z" fill="#475569"/>
                </marker>
              </defs>
              <rect width="100%" height="100%" fill="#ffffff"/>

            """
        out += "  " + text(geometry.title) + "\n"
        out += "  <g class=\"cm-contexts\">\n"
        for box in geometry.boxes {
            out += "    <g id=\"cm-context-\(box.node + 1)\">\n"
            out += "      <title>\(HTMLText.escape(graph.nodes[box.node].name))</title>\n"
            out += "      " + rect(box.frame, class: box.isMarked ? "cm-box cm-marked" : "cm-box", radius: 6) + "\n"
            for line in box.texts {
                if line.style == .badge { out += "      " + rect(line.frame, class: "cm-badge-bg", radius: 3) + "\n" }
                out += "      " + text(line) + "\n"
            }
            out += "    </g>\n"
        }
        out += "  </g>\n  <g class=\"cm-relationships\">\n"
        for route in geometry.routes {
            let edge = graph.edges[route.edge]
            let path = route.points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
            out += "    <polyline class=\"cm-arrow\" points=\"\(path)\" marker-end=\"url(#cm-arrowhead)\">"
            out +=
                "<title>\(HTMLText.escape("\(graph.nodes[edge.upstream].name) (U) → \(graph.nodes[edge.downstream].name) (D): \(edge.pattern.title)"))</title></polyline>\n"
        }
        for route in geometry.routes {
            out += "    " + rect(route.label.frame, class: "cm-label-bg", radius: 3) + "\n"
            out += "    " + text(route.label) + "\n"
        }
        out += "  </g>\n  <g class=\"cm-legend-lines\">\n"
        for line in geometry.legend { out += "    " + text(line) + "\n" }
        out += "  </g>\n</svg>\n"
        return out
    }

    private func description(_ graph: ContextMapGraph) -> String {
        let contexts = graph.nodes.count == 1 ? "1 bounded context" : "\(graph.nodes.count) bounded contexts"
        let relationships = graph.edges.count == 1 ? "1 relationship" : "\(graph.edges.count) relationships"
        let findings = graph.notes.count == 1 ? "1 finding" : "\(graph.notes.count) findings"
        return "\(contexts), \(relationships), \(findings)."
    }

    private func rect(_ frame: DiagramRect, class name: String, radius: Double) -> String {
        "<rect class=\"\(name)\" x=\"\(number(frame.x))\" y=\"\(number(frame.y))\" width=\"\(number(frame.width))\" "
            + "height=\"\(number(frame.height))\" rx=\"\(number(radius))\"/>"
    }

    private func text(_ line: DiagramText) -> String {
        let anchor = line.anchor
        let middle = line.isCentred ? " text-anchor=\"middle\"" : ""
        return "<text class=\"cm-\(line.style.rawValue)\" x=\"\(number(anchor.x))\" y=\"\(number(anchor.y))\"\(middle)>"
            + HTMLText.escape(line.text) + "</text>"
    }

    /// A coordinate with at most one decimal, without a trailing ".0".
    private func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths)) % 10
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
