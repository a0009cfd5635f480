/// Text made safe for Mermaid, in the context map and in the Markdown report's map alike.
public enum MermaidText {
    /// Text inside a quoted Mermaid label: characters that Mermaid or its HTML labels would read as syntax
    /// become Mermaid entity codes (`#60;`).
    public static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "#", "&", "<", ">", "'", "`", "|", "[", "]", "{", "}", "(", ")", "*", "_", "~":
                out += "#\(scalar.value);"
            case "\n", "\r", "\t": out += " "
            case "\u{0}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
