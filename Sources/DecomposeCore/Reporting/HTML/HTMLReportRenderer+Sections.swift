extension HTMLReportRenderer {
    /// The context map: the SVG inlined in a figure, with a caption.
    func contextMapSection(_ decomposition: Decomposition, map: InlineSVG) -> HTMLSection {
        let content: String
        if let element = map.element {
            let caption =
                "\(decomposition.contexts.count) contexts and \(decomposition.relationships.count) relationships; "
                + "the sections below give the entities, reasons and crossings."
            content = "<figure>\n\(element)\n<figcaption>\(HTMLText.escape(caption))</figcaption>\n</figure>\n"
        } else {
            content = "<p>\(HTMLPageParts.noneMarker("No context map was drawn."))</p>\n"
        }
        return HTMLSection(anchor: "context-map", title: "Context map", content: content)
    }

    /// The relationships as a table: who depends on whom, the suggested pattern, why, and what crosses.
    func relationshipsSection(_ relationships: [ContextRelationship], anchors: HTMLAnchors) -> HTMLSection {
        let content: String
        if relationships.isEmpty {
            content = "<p>\(HTMLPageParts.noneMarker("No context depends on another."))</p>\n"
        } else {
            let rows = relationships.map { relationship in
                [
                    anchors.contextLink(relationship.upstream), anchors.contextLink(relationship.downstream),
                    "<span class=\"pill\">\(HTMLText.escape(relationship.pattern.title))</span>",
                    ReportNumber.fixed(relationship.weight),
                    HTMLPageParts.list(relationship.reasons), HTMLPageParts.list(relationship.crossings),
                ]
            }
            content =
                "<p>The upstream context's model flows to the downstream one, which depends on it.</p>\n"
                + HTMLPageParts.table(["Upstream", "Downstream", "Pattern", "Weight", "Why", "What crosses"], rows)
        }
        return HTMLSection(anchor: "relationships", title: "Relationships", content: content)
    }

    /// One part per saga candidate: why, and each step with what it writes and how to undo it.
    func sagasSection(_ sagas: [SagaCandidate], anchors: HTMLAnchors) -> HTMLSection {
        var content = ""
        var entries: [HTMLSection.Entry] = []
        for saga in sagas {
            let anchor = anchors.saga(saga.useCase) ?? "sagas"
            entries.append(HTMLSection.Entry(anchor: anchor, title: saga.useCase))
            let rows = saga.steps.enumerated().map { index, step in
                [
                    String(index + 1), anchors.contextLink(step.context), HTMLPageParts.inline(step.writes),
                    HTMLText.escape(step.compensation),
                ]
            }
            content += "<article class=\"saga\" id=\"\(anchor)\">\n<h3>\(HTMLText.escape(saga.useCase))</h3>\n"
            content += "<p>\(HTMLText.escape(saga.reason))</p>\n"
            content += HTMLPageParts.table(["Step", "Context", "Writes", "Compensation if a later step fails"], rows)
            content += "</article>\n"
        }
        if sagas.isEmpty {
            content = "<p>\(HTMLPageParts.noneMarker("No use case writes in more than one context."))</p>\n"
        }
        return HTMLSection(anchor: "sagas", title: "Saga candidates", content: content, entries: entries)
    }

    /// The findings: what to look at again, about which context, entity or use case, and what to consider.
    func findingsSection(_ decomposition: Decomposition, anchors: HTMLAnchors) -> HTMLSection {
        guard !decomposition.findings.isEmpty else {
            return HTMLSection(
                anchor: "findings", title: "Findings",
                content: "<p>\(HTMLPageParts.noneMarker("Nothing to look at again."))</p>\n")
        }
        var content = "<p>Numbered as on the context map, whose boxes carry the numbers of their findings.</p>\n"
        content += "<ol class=\"findings\">\n"
        for (index, finding) in decomposition.findings.enumerated() {
            let number = index + 1
            content += "<li class=\"finding\" id=\"\(anchors.finding(number))\">\n<p><strong>\(number).</strong> "
            content += "<span class=\"pill\">\(HTMLText.escape(finding.kind.title))</span> "
            content += subject(finding.subject, in: decomposition, anchors: anchors) + "</p>\n"
            content += "<p>\(HTMLText.escape(finding.message))</p>\n"
            content += "<p><strong>Suggestion:</strong> \(HTMLText.escape(finding.suggestion))</p>\n</li>\n"
        }
        return HTMLSection(anchor: "findings", title: "Findings", content: content + "</ol>\n")
    }

    /// A finding's subject: links when it is a context or a list of contexts (a cycle), with the context holding it
    /// when it is an entity.
    private func subject(_ subject: String, in decomposition: Decomposition, anchors: HTMLAnchors) -> String {
        let parts = subject.split(separator: ", ", omittingEmptySubsequences: false).map(String.init)
        if parts.allSatisfy({ anchors.context($0) != nil }) {
            return "<strong>\(parts.map(anchors.contextLink).joined(separator: ", "))</strong>"
        }
        let name = "<strong>\(HTMLText.escape(subject))</strong>"
        guard let context = decomposition.context(of: subject) else { return name }
        return "\(name) (in \(anchors.contextLink(context.name)))"
    }
}
