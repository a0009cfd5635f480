/// Text made safe for HTML and for XML (the SVG map, standalone or inlined in the report): what any name or
/// sentence of a model needs before it goes into markup.
public enum HTMLText {
    /// `text` safe inside element content and inside quoted attribute values, in HTML and in XML alike: `& < > " '`
    /// become character references, and the characters either forbids — C0 controls other than tab, line feed
    /// and carriage return, DEL and C1 (HTML), U+FFFE and U+FFFF (XML) — become U+FFFD. Every other character,
    /// all of Unicode included, is kept as it is (the documents are UTF-8).
    public static func escape(_ text: String) -> String {
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
            case _ where forbidden(scalar.value): out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The characters HTML (C0 but tab, line feed and carriage return; DEL; C1) or XML (U+FFFE, U+FFFF) forbids.
    private static func forbidden(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0xFFFE...0xFFFF).contains(value)
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
