/// One part of the report's main content: an anchored `<h2>` heading, its content, and the entries the table of
/// contents lists under it.
struct HTMLSection: Sendable {
    /// A link in the table of contents below a section's own.
    struct Entry: Sendable {
        var anchor: String
        var title: String
    }

    /// The fragment identifier, one of `HTMLAnchors.sections`.
    var anchor: String
    var title: String
    /// The content after the heading: HTML, already escaped.
    var content: String
    var entries: [Entry] = []

    /// The `<section>` element.
    var html: String {
        "<section id=\"\(anchor)\">\n<h2>\(HTMLText.escape(title))</h2>\n\(content)</section>\n"
    }
}
