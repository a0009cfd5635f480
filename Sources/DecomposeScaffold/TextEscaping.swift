import DecomposeCore

/// Text from the model (context, entity and use-case names, the system's name) made safe for the place a generated
/// file puts it, so that a name is always read as a name: in a comment of any language (Swift, YAML, nginx, SQL,
/// shell, Dockerfile) it stays on its one line, and in Markdown it stays plain text inside its table cell.
/// Swift string literals are `SwiftLiteral`'s, SQL names and literals `StorageSQL`'s.
enum TextEscaping {
    /// `text` on one line, for a comment: line breaks and other control characters become spaces.
    static func comment(_ text: String) -> String {
        String(
            text.map { character in
                character.isNewline || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                    ? " " : character
            })
    }

    /// `text` as plain Markdown on one line: the characters Markdown (or the HTML it allows) would read as markup are
    /// escaped, so `a|b` stays in its table cell and `<script>` is shown, not run.
    static func markdown(_ text: String) -> String {
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
}
