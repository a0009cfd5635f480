import DecomposeCore

/// Text as Swift string literals in generated source: every character the model or the planner produced arrives in
/// the compiled program as it was, whatever it is (quotes, backslashes, line breaks, control characters, `"""`).
enum SwiftLiteral {
    /// `text` as a one-line literal, quotes included: `"a \"b\"\n"`. Control characters are written `\u{1}`, the
    /// Swift form (JSON's `\u0001` is not Swift).
    static func string(_ text: String) -> String {
        "\"" + escaped(text, quotes: true) + "\""
    }

    /// `text` as a multi-line literal whose lines (and closing delimiter) are indented by `indentation` spaces, for
    /// a template that puts it where that indentation is right.
    static func multiline(_ text: String, indentation: Int) -> String {
        let indent = String(repeating: " ", count: indentation)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : indent + escaped(String(line), quotes: false)
        }
        return "\"\"\"\n" + lines.joined(separator: "\n") + "\n" + indent + "\"\"\""
    }

    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        var quoteRun = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"" where quotes:
                result += "\\\""
            case "\"":
                quoteRun += 1
                // Three quotes in a row would close a multi-line literal: escape every third.
                result += quoteRun % 3 == 0 ? "\\\"" : "\""
                continue
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            quoteRun = 0
        }
        return result
    }
}
