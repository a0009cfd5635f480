/// Writes a context map as a PlantUML rectangle diagram: one rectangle per context (name, entity count,
/// aggregates and finding marks; marked contexts styled apart), one labelled arrow per relationship from
/// upstream to downstream, and a legend.
struct PlantUMLWriter: Sendable {
    func write(_ graph: ContextMapGraph) -> String {
        var out = "@startuml\n"
        out += "title \(escape(graph.title))\n"
        out += "skinparam shadowing false\nskinparam defaultFontName Helvetica\nhide stereotype\n"
        out += "skinparam rectangle {\n  BackgroundColor #F1F5F9\n  BorderColor #334155\n  FontColor #0F172A\n}\n"
        out +=
            "skinparam rectangle<<marked>> {\n  BackgroundColor #FFF7ED\n  BorderColor #9A3412\n  BorderThickness 2\n}\n"
        out += "skinparam arrowColor #475569\n"
        for (index, node) in graph.nodes.enumerated() {
            let lines = ["**\(escape(node.name))**"] + (node.details + (node.badge.map { [$0] } ?? [])).map(escape)
            let stereotype = node.findings.isEmpty ? "" : " <<marked>>"
            out += "rectangle \"\(lines.joined(separator: "\\n"))\" as c\(index + 1)\(stereotype)\n"
        }
        for edge in graph.edges {
            out += "c\(edge.upstream + 1) --> c\(edge.downstream + 1) : \(escape(edge.pattern.abbreviation))\n"
        }
        out += "legend bottom left\n"
        out += "Arrows point from upstream (U) to downstream (D).\n"
        for pattern in graph.patternsUsed { out += escape("\(pattern.abbreviation): \(pattern.title)") + "\n" }
        for note in graph.notes { out += escape(note.legendText) + "\n" }
        out += "endlegend\n@enduml\n"
        return out
    }

    /// Text PlantUML shows as written: quotes, angle brackets, ampersands and the creole escape become `&#NN;`
    /// character references, and so does the second character of a doubled creole markup (`**`, `//`, `__`,
    /// `--`); backslashes and dollars become `<U+005C>` and `<U+0024>` (PlantUML reads a reference to either as
    /// part of a regular-expression replacement, and fails).
    private func escape(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "<", ">", "&", "'", "~":
                out += "&#\(scalar.value);"
            case "\\": out += "<U+005C>"
            case "$": out += "<U+0024>"
            case _ where previous == scalar && ["*", "/", "_", "-"].contains(scalar):
                out += "&#\(scalar.value);"
            case "\n", "\r", "\t":
                out += " "
            case "\u{0}"..."\u{1F}", "\u{7F}":
                out += "\u{FFFD}"
            default:
                out.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return out
    }
}
