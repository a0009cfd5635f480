/// One piece of a parsed template.
enum MustacheNode: Sendable, Hashable {
    /// Text copied to the output as it is.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(MustacheName, inverted: Bool, children: [MustacheNode])
    /// `{{>name}}`; a standalone partial tag indents every line of the partial by `indentation`.
    case partial(String, indentation: String, location: MustacheLocation)
}

/// A line and column in a template (1-based, columns in Unicode scalars).
struct MustacheLocation: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A tag's name split at dots; `.` (the implicit iterator) has no parts.
struct MustacheName: Sendable, Hashable {
    var parts: [String]

    init(_ text: String) {
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
