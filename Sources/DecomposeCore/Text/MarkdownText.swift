/// Text from the model (context, entity and use-case names, the system's name) made safe for Markdown and for
/// one-line comments, so that a name is always read as a name: in a comment of any language (Swift, YAML, nginx,
/// SQL, shell, Dockerfile) it stays on its one line, and in Markdown it stays plain text inside its table cell.
/// HTML is `HTMLText`'s, JSON and YAML strings `JSONWriter.quoted`'s; the scaffold's Swift string literals are
/// `SwiftLiteral`'s and its SQL names and literals `StorageSQL`'s.
public enum MarkdownText {
    /// `text` on one line, for a comment: line breaks and other control characters become spaces.
    public static func comment(_ text: String) -> String {
        String(
            text.map { character in
                character.isNewline || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                    ? " " : character
            })
    }

    /// `text` as plain Markdown on one line: the characters Markdown (or the HTML it allows) would read as markup are
    /// escaped, so `a|b` stays in its table cell and `<script>` is shown, not run.
    public static func plain(_ text: String) -> String {
        var result = ""
        for character in comment(text) {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` as one Markdown table cell that keeps the table's shape: `|` escaped, line breaks as spaces, an empty
    /// cell as one space. Unlike `plain`, markup in it stays markup (our own sentences may hold `code`).
    public static func tableCell(_ text: String) -> String {
        guard !text.isEmpty else { return " " }
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
