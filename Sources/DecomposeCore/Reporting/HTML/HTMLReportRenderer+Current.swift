extension HTMLReportRenderer {
    /// The contexts the model declares today, the scores of the suggestion against them, and the steps between.
    func currentDecompositionSection(_ current: CurrentDecomposition, anchors: HTMLAnchors) -> HTMLSection {
        let comparison = current.comparison
        var content = "<p>The contexts the model declares today, beside the suggestion.</p>\n"
        content += HTMLPageParts.table(
            ["Current context", "Entities"],
            current.contexts.map { [HTMLText.escape($0.name), HTMLPageParts.inline($0.entities)] })
        let values = [
            ("MoJoFM", ReportNumber.fixed(comparison.mojoFM)),
            ("Adjusted Rand index", ReportNumber.fixed(comparison.adjustedRandIndex, places: 3)),
            ("Entities compared", String(comparison.comparedEntityCount)),
        ]
        content += "<dl class=\"metrics\" aria-label=\"Scores against the current decomposition\">\n"
        content += values.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>\n" }.joined()
        content += "</dl>\n"
        if !comparison.extraEntities.isEmpty {
            content += "<p>In no current context: \(HTMLPageParts.inline(comparison.extraEntities)).</p>\n"
        }
        content += "<p class=\"doc\">\(HTMLText.escape(current.meaning))</p>\n"
        if comparison.moves.isEmpty {
            content += "<p>The suggestion keeps the current contexts.</p>\n"
        } else {
            content +=
                "<p>Steps from the suggestion back to the current decomposition (in reverse, the migration):</p>\n<ol>\n"
            content += comparison.moves.map { "<li>\(step($0, anchors: anchors))</li>\n" }.joined()
            content += "</ol>\n"
        }
        return HTMLSection(anchor: "current-decomposition", title: "Current decomposition", content: content)
    }

    /// A move or join, with the suggested contexts linked to their parts of the page.
    private func step(_ move: ComparisonMove, anchors: HTMLAnchors) -> String {
        switch move {
        case .move(let entity, let from, let to):
            "move <strong>\(HTMLText.escape(entity))</strong> from suggested \(anchors.contextLink(from)) "
                + "to current \(HTMLText.escape(to))"
        case .join(let context, let into, let current):
            "join suggested \(anchors.contextLink(context)) into suggested \(anchors.contextLink(into)) "
                + "(current \(HTMLText.escape(current)))"
        }
    }
}
