/// Turns a standalone SVG document into an element to embed in the HTML page: drops what may only come before
/// the root of a file (XML declaration, doctype, comments), and gives the picture an accessible name.
struct InlineSVG: Sendable {
    /// The `<svg>…</svg>` element, or `nil` when `document` holds none.
    let element: String?

    /// The values of the `id` attributes in the element: the page must not give its own parts these names.
    var ids: [String] {
        element.map {
            $0.matches(of: /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/).map { String($0.output.1 ?? $0.output.2 ?? "") }
        }
            ?? []
    }

    /// Prepares `document` to be inlined, named `label` for assistive technology: `role="img"` and
    /// `aria-label` on the root unless it has them, and a `<title>` as its first child (the tooltip) unless it has one.
    init(_ document: String, label: String) {
        guard let start = Self.rootStart(in: document), let tagEnd = Self.endOfTag(in: document, from: start) else {
            element = nil
            return
        }
        let openTag = String(document[start..<tagEnd])
        let isSelfClosing = openTag.hasSuffix("/>")
        let close = isSelfClosing ? tagEnd : document[tagEnd...].ranges(of: "</svg>").last?.upperBound
        guard let close else {
            element = nil
            return
        }
        var attributes = ""
        if !openTag.contains(" role=") { attributes += " role=\"img\"" }
        if !openTag.contains(" aria-label=") && !openTag.contains(" aria-labelledby=") {
            attributes += " aria-label=\"\(HTMLText.escape(label))\""
        }
        let nameEnd = document.index(start, offsetBy: 4)
        var svg = "<svg" + attributes + String(document[nameEnd..<tagEnd])
        let body = String(document[tagEnd..<close])
        if isSelfClosing {
            svg.removeLast(2)
            svg += ">"
        }
        if !body.drop(while: \.isWhitespace).hasPrefix("<title") {
            svg += "<title>\(HTMLText.escape(label))</title>"
        }
        element = svg + (isSelfClosing ? "</svg>" : body)
    }

    /// Where the root `<svg` start tag begins: the first `<svg` followed by white space, `>` or `/`.
    private static func rootStart(in document: String) -> String.Index? {
        var searchStart = document.startIndex
        while let range = document[searchStart...].firstRange(of: "<svg") {
            let next = document[range.upperBound...].first
            if next == nil || next == ">" || next == "/" || next?.isWhitespace == true {
                return range.lowerBound
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The index just past the `>` that closes the tag starting at `start`, skipping quoted attribute values.
    private static func endOfTag(in document: String, from start: String.Index) -> String.Index? {
        var quote: Character?
        var index = start
        while index < document.endIndex {
            let character = document[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return document.index(after: index)
            }
            index = document.index(after: index)
        }
        return nil
    }
}
