/// How the JDL writer spells names, values, types and comments so that `JDLReader` reads them back.
enum JDLSyntax {
    /// The JDL type each domain-language scalar is written as. `Email` and `URL` become `String`, `JSON`
    /// becomes `TextBlob`: JDL has no such types, so they read back as `String` and `Text`.
    static let scalarTypes: [ScalarType: String] = [
        .string: "String", .text: "TextBlob", .int: "Integer", .long: "Long", .double: "Double",
        .decimal: "BigDecimal", .bool: "Boolean", .uuid: "UUID", .date: "LocalDate", .dateTime: "Instant",
        .time: "LocalTime", .duration: "Duration", .email: "String", .url: "String", .bytes: "Blob",
        .json: "TextBlob",
    ]

    /// What JDL has for values it cannot type: a list, a value object or JSON is held as JSON text.
    static let textType = "TextBlob"

    /// A deployment value: bare when its tokens join back into it (`docker-compose`, `10.0.0.1`), else a string.
    static func value(_ text: String) -> String {
        let isBare =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0 == "_" || $0 == "-" || $0 == "." || ("0"..."9").contains($0) || ("a"..."z").contains($0)
                    || ("A"..."Z").contains($0)
            }
        return isBare ? text : quoted(text)
    }

    /// A `"…"` string; `\` and `"` escaped, line breaks (which a JDL string cannot hold) as spaces.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "\n", "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A `/** … */` comment for `doc`, one ` * line` per line, indented; empty when there is no doc.
    /// A `*/` inside the text is written `* /`, so it cannot end the comment early.
    static func javadoc(_ doc: String?, indent: String = "") -> String {
        guard let doc else { return "" }
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.isEmpty ? indent + " *" : indent + " * " + $0.replacing("*/", with: "* /")
        }
        return indent + "/**\n" + lines.joined(separator: "\n") + "\n" + indent + " */\n"
    }
}
