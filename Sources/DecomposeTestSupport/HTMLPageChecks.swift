/// Checks on a whole HTML page that the report tests share: what it would load, and whether its elements nest.
public enum HTMLPageChecks {
    /// Elements HTML defines without an end tag.
    private static let voidElements: Set<String> = ["meta", "link", "br", "hr", "img", "input", "source", "wbr"]

    /// Everything in `page` that would make a browser fetch something: `<script>`, `<link>`, `<iframe>`, `<img>`,
    /// `<object>`, `<embed>`, `@import`, any `src`, any `href` or `url(…)` not pointing inside the page (`#…`),
    /// and any `http://`/`https://` outside the SVG namespace declaration.
    public static func networkResources(in page: String) -> [String] {
        var found: [String] = []
        for tag in ["<script", "<link", "<iframe", "<img", "<object", "<embed", "@import"] where page.contains(tag) {
            found.append(tag)
        }
        for match in page.matches(of: /\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/) {
            found.append(String(match.output.0))
        }
        for match in page.matches(of: /(?:\s|:)href\s*=\s*["']?([^"'\s>]*)/) where !match.output.1.hasPrefix("#") {
            found.append(String(match.output.0))
        }
        for match in page.matches(of: /url\(\s*["']?([^)"']*)/) where !match.output.1.hasPrefix("#") {
            found.append(String(match.output.0))
        }
        let withoutNamespaces = page.replacing("xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacing("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
        for scheme in ["http://", "https://"] where withoutNamespaces.contains(scheme) {
            found.append(scheme)
        }
        return found
    }

    /// The first problem with how the elements of `page` nest (an end tag that closes nothing open, or an element
    /// left open), or `nil` when every element is closed in order.
    public static func nestingProblem(in page: String) -> String? {
        var open: [String] = []
        let withoutStyle = page.replacing(/<style>[\s\S]*?<\/style>/, with: "<style></style>")
        for match in withoutStyle.matches(of: /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/) {
            let name = match.output.2.lowercased()
            let isEnd = !match.output.1.isEmpty
            if voidElements.contains(name) || match.output.0.hasSuffix("/>") { continue }
            if !isEnd {
                open.append(name)
            } else if open.last == name {
                open.removeLast()
            } else {
                return "</\(name)> closes <\(open.last ?? "nothing")>"
            }
        }
        return open.isEmpty ? nil : "left open: \(open.joined(separator: " "))"
    }

    /// The values of every `id` attribute, in page order.
    public static func ids(in page: String) -> [String] {
        page.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
    }
}
