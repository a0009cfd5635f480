/// Quoting and comment text for CML.
enum CMLText {
    /// `text` as a double-quoted CML string: backslashes and quotes escaped, line breaks written `\n`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// `text` on one line, fit for a `//` comment.
    static func commentLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
