extension HTMLReportRenderer {
    /// One card per context: cohesion, entities (with their documentation), aggregates, use cases (with kind, actor
    /// and latency), owners, and why the entities belong together.
    func contextsSection(_ decomposition: Decomposition, model: DomainModel, anchors: HTMLAnchors) -> HTMLSection {
        let entities = Dictionary(model.entities.map { ($0.name, $0) }) { first, _ in first }
        let useCases = Dictionary(model.useCases.map { ($0.name, $0) }) { first, _ in first }
        var content = "<div class=\"context-cards\">\n"
        var entries: [HTMLSection.Entry] = []
        for context in decomposition.contexts {
            let anchor = anchors.context(context.name) ?? "contexts"
            entries.append(HTMLSection.Entry(anchor: anchor, title: context.name))
            content += "<article class=\"context\" id=\"\(anchor)\">\n<h3>\(HTMLText.escape(context.name))"
            content += context.isPinned ? " <span class=\"pill\">pinned by the model</span>" : ""
            content += "</h3>\n" + cohesion(context.cohesion) + "<dl>\n"
            content += "<dt>Entities</dt><dd>\(entityList(context.entities, entities))</dd>\n"
            content += "<dt>Aggregates</dt><dd>\(HTMLPageParts.inline(context.aggregates))</dd>\n"
            content += "<dt>Use cases</dt><dd>\(useCaseList(context.useCases, useCases))</dd>\n"
            content += "<dt>Owners</dt><dd>\(HTMLPageParts.inline(context.owners))</dd>\n</dl>\n"
            if !context.rationale.isEmpty {
                content += "<h4>Why these belong together</h4>\n\(HTMLPageParts.list(context.rationale))\n"
            }
            content += "</article>\n"
        }
        content += "</div>\n"
        return HTMLSection(anchor: "contexts", title: "Contexts", content: content, entries: entries)
    }

    /// The cohesion as a number and a bar (the bar is decoration: the number says it all).
    private func cohesion(_ value: Double) -> String {
        let percent = Int((min(max(ReportNumber.rounded(value, places: 2), 0), 1) * 100).rounded())
        return "<p>Cohesion <strong>\(ReportNumber.fixed(value))</strong>"
            + "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width: \(percent)%\"></span></span></p>\n"
    }

    private func entityList(_ names: [String], _ entities: [String: Entity]) -> String {
        guard !names.isEmpty else { return HTMLPageParts.noneMarker("none") }
        let items = names.map { name in
            var item = "<li><span class=\"term\">\(HTMLText.escape(name))</span>"
            if let doc = entities[name]?.doc.map(firstSentence), !doc.isEmpty {
                item += " <span class=\"doc\">— \(HTMLText.escape(doc))</span>"
            }
            return item + "</li>"
        }
        return "<ul>" + items.joined() + "</ul>"
    }

    private func useCaseList(_ names: [String], _ useCases: [String: UseCase]) -> String {
        guard !names.isEmpty else { return HTMLPageParts.noneMarker("none") }
        let items = names.map { name in
            var item = "<li><span class=\"term\">\(HTMLText.escape(name))</span>"
            if let useCase = useCases[name] {
                var details = [useCase.kind.rawValue]
                if let actor = useCase.actor { details.append("by \(actor)") }
                if useCase.isLatencyCritical { details.append("latency-critical") }
                item += " <span class=\"doc\">(\(HTMLText.escape(details.joined(separator: ", "))))</span>"
            }
            return item + "</li>"
        }
        return "<ul>" + items.joined() + "</ul>"
    }

    /// The first sentence of a documentation comment, on one line: up to the first `.`, `!` or `?` followed by
    /// white space, or the whole first paragraph.
    private func firstSentence(_ doc: String) -> String {
        var sentence = ""
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: \.isWhitespace)
            if trimmed.isEmpty {
                if sentence.isEmpty { continue } else { break }
            }
            sentence += (sentence.isEmpty ? "" : " ") + trimmed
        }
        var previous: Character?
        for index in sentence.indices {
            if let previous, ".!?".contains(previous), sentence[index].isWhitespace {
                return String(sentence[..<index])
            }
            previous = sentence[index]
        }
        return sentence
    }
}
