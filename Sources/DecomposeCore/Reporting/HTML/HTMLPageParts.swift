/// Small HTML building blocks the report's sections share, with escaping built in.
enum HTMLPageParts {
    /// `<ul>` of the escaped `items`, or `none` (escaped, in a muted style) when there are none.
    static func list(_ items: [String], none: String = "none") -> String {
        guard !items.isEmpty else { return noneMarker(none) }
        return "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
    }

    /// The escaped `items` joined by commas, or `none` in a muted style.
    static func inline(_ items: [String], none: String = "none") -> String {
        items.isEmpty ? noneMarker(none) : items.map(HTMLText.escape).joined(separator: ", ")
    }

    /// A muted, italic remark such as "none".
    static func noneMarker(_ text: String) -> String {
        "<span class=\"none\">\(HTMLText.escape(text))</span>"
    }

    /// A table with column headers and rows of cells that are already HTML.
    static func table(_ headers: [String], _ rows: [[String]]) -> String {
        let head = headers.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined()
        let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }.joined()
        return "<table>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)</tbody>\n</table>\n"
    }

    /// A documentation comment as paragraphs: blank lines separate paragraphs, other line breaks become spaces.
    static func paragraphs(_ doc: String, className: String? = nil) -> String {
        var paragraphs: [[Substring]] = [[]]
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: \.isWhitespace)
            if trimmed.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(trimmed)
            }
        }
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return paragraphs.filter { !$0.isEmpty }
            .map { "<p\(attribute)>\(HTMLText.escape($0.joined(separator: " ")))</p>\n" }
            .joined()
    }
}
