/// Renders a decomposition as one self-contained HTML page for a design review: summary metrics, the context map,
/// each context with its rationale, the relationships, saga candidates and findings, the current decomposition when
/// the model declares one, with a table of contents.
///
/// The page loads nothing: the stylesheet and the map (SVG) are inline, there is no script, font or image file.
/// Every name and sentence from the model is escaped, and the same input gives the same bytes.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    /// The whole page, ending in a newline. `model` supplies the system's description, entity documentation and
    /// use-case details; `svg` is the context map (a standalone SVG document, inlined).
    public func render(_ decomposition: Decomposition, model: DomainModel, contextMap svg: String) -> String {
        let names = decomposition.contexts.map(\.name).joined(separator: ", ")
        let map = InlineSVG(
            svg, label: "Context map of \(decomposition.system): \(decomposition.contexts.count) contexts (\(names))")
        let anchors = HTMLAnchors(decomposition, reserving: map.ids)
        var sections = [
            contextMapSection(decomposition, map: map),
            contextsSection(decomposition, model: model, anchors: anchors),
            relationshipsSection(decomposition.relationships, anchors: anchors),
            sagasSection(decomposition.sagas, anchors: anchors),
            findingsSection(decomposition, anchors: anchors),
        ]
        if let current = decomposition.currentDecomposition {
            sections.append(currentDecompositionSection(current, anchors: anchors))
        }
        let title = "\(decomposition.system): suggested bounded contexts"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="decompose">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(HTMLStylesheet.css)</style>
            </head>
            <body>
            \(header(title, decomposition.metrics, system: model.system))\(tableOfContents(sections))<main>
            \(sections.map(\.html).joined())</main>
            <footer>
            <p>Written by decompose from the facts in the model. The contexts are a suggestion to discuss, not a \
            verdict.</p>
            </footer>
            </body>
            </html>

            """
    }

    private func header(_ title: String, _ metrics: DecompositionMetrics, system: SystemInfo) -> String {
        var out = "<header id=\"summary\">\n<h1>\(HTMLText.escape(title))</h1>\n"
        if let summary = system.summary, !summary.isEmpty {
            out += "<p class=\"subtitle\">\(HTMLText.escape(summary))</p>\n"
        }
        if let doc = system.doc, !doc.isEmpty {
            out += "<div class=\"about\">\n\(HTMLPageParts.paragraphs(doc))</div>\n"
        }
        let values = [
            ("Contexts", String(metrics.contextCount)),
            ("Entities", String(metrics.entityCount)),
            ("Modularity", ReportNumber.fixed(metrics.modularity)),
            ("Cohesion", ReportNumber.fixed(metrics.cohesion)),
            ("Cross-context weight", ReportNumber.fixed(metrics.crossContextWeight)),
            ("Distributed use cases", String(metrics.distributedUseCases)),
        ]
        out += "<dl class=\"metrics\" aria-label=\"Summary metrics\">\n"
        out += values.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>\n" }.joined()
        out += "</dl>\n"
        out += """
            <p class="doc">Modularity: how much more coupling stays inside contexts than chance would keep there \
            (−0.5 to 1, higher is better). Cohesion: the share of all coupling weight that stays inside contexts \
            (0 to 1). Cross-context weight: the coupling that crosses boundaries. Distributed use cases: use cases \
            that write in more than one context.</p>

            """
        return out + "</header>\n"
    }

    private func tableOfContents(_ sections: [HTMLSection]) -> String {
        var out =
            "<nav id=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n"
        for section in sections {
            out += "<li><a href=\"#\(section.anchor)\">\(HTMLText.escape(section.title))</a>"
            if !section.entries.isEmpty {
                out += "\n<ol>\n"
                out += section.entries.map { "<li><a href=\"#\($0.anchor)\">\(HTMLText.escape($0.title))</a></li>\n" }
                    .joined()
                out += "</ol>\n"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }
}
