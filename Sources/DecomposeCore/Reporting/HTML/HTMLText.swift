/// Escaping of text for HTML: what any name or sentence of a model needs before it goes into the page.
enum HTMLText {
    /// `text` safe inside element content and inside quoted attribute values: `& < > " '` become character
    /// references, and control characters that HTML forbids (C0 other than tab, line feed and carriage return,
    /// DEL, C1) become U+FFFD. Every other character, including all of Unicode, is kept as it is (the page
    /// is UTF-8).
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A fragment identifier made of `prefix` and the ASCII letters and digits of `name` (lowercased, other runs
    /// of characters become one `-`), e.g. `anchor("context", "Order Management") == "context-order-management"`.
    /// Names with no ASCII letter or digit give just the prefix; `HTMLAnchors` makes the result unique.
    static func anchor(_ prefix: String, _ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            let isAlphanumeric =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlphanumeric {
                if pendingDash, !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug += String(scalar).lowercased()
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? prefix : prefix + "-" + slug
    }
}
