/// Spells text as a Swift raw multi-line string literal, for Swift sources that tests generate
/// from files of the repository (the bundled example, the default templates).
public enum SwiftStringLiteral {
    /// `text` as a raw multi-line literal laid out as swift-format leaves it: every non-empty line
    /// and the closing delimiter indented by `indent` spaces, which the compiler strips again. The
    /// result starts with the opening delimiter and ends with the closing one.
    public static func multiline(_ text: String, indent: Int) -> String {
        let hashes = delimiter(for: text)
        let spaces = String(repeating: " ", count: indent)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : spaces + $0 }
            .joined(separator: "\n")
        return "\(hashes)\"\"\"\n" + body + "\n\(spaces)\"\"\"\(hashes)"
    }

    /// The shortest run of `#` that neither `"` nor `\` is followed by anywhere in `text`.
    public static func delimiter(for text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) {
            hashes += "#"
        }
        return hashes
    }
}
