import DecomposeCore

/// Writes a `YAMLNode` as block-style YAML 1.2 text, quoting every scalar that plain style would misread.
public struct YAMLEmitter: Sendable {
    /// Creates an emitter.
    public init() {}

    /// The YAML text of `node`, ending with a newline.
    public func emit(_ node: YAMLNode) -> String {
        var lines: [String] = []
        write(node, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ node: YAMLNode, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch node {
        case .mapping(let pairs) where pairs.isEmpty: lines.append(pad + "{}")
        case .sequence(let items) where items.isEmpty: lines.append(pad + "[]")
        case .mapping(let pairs):
            for pair in pairs {
                let key = scalar(pair.key)
                if isCollection(pair.value) {
                    lines.append("\(pad)\(key):")
                    write(pair.value, indent: indent + 2, into: &lines)
                } else {
                    appendInline(pair.value, prefix: "\(pad)\(key):", indent: indent, into: &lines)
                }
            }
        case .sequence(let items):
            for item in items {
                if isCollection(item) {
                    var nested: [String] = []
                    write(item, indent: indent + 2, into: &nested)
                    if let first = nested.first {
                        lines.append(pad + "- " + first.dropFirst(indent + 2))
                        lines.append(contentsOf: nested.dropFirst())
                    }
                } else {
                    appendInline(item, prefix: "\(pad)-", indent: indent, into: &lines)
                }
            }
        default:
            appendInline(node, prefix: pad.isEmpty ? "" : pad, indent: indent, into: &lines)
        }
    }

    /// Whether the node is a non-empty mapping or sequence, written on lines of its own.
    private func isCollection(_ node: YAMLNode) -> Bool {
        switch node {
        case .mapping(let pairs): !pairs.isEmpty
        case .sequence(let items): !items.isEmpty
        default: false
        }
    }

    /// Appends `prefix value` for a scalar or empty collection; multi-line strings become literal blocks.
    private func appendInline(_ node: YAMLNode, prefix: String, indent: Int, into lines: inout [String]) {
        let separator = prefix.isEmpty ? "" : " "
        switch node {
        case .string(let text) where text.contains("\n") && isBlockSafe(text):
            let chomping = text.hasSuffix("\n") ? (text.hasSuffix("\n\n") ? "+" : "") : "-"
            lines.append(prefix + separator + "|" + chomping)
            let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
            let pad = String(repeating: " ", count: indent + 2)
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line.isEmpty ? "" : pad + line)
            }
        case .string(let text): lines.append(prefix + separator + scalar(text))
        case .int(let value): lines.append(prefix + separator + String(value))
        case .bool(let value): lines.append(prefix + separator + (value ? "true" : "false"))
        case .mapping: lines.append(prefix + separator + "{}")
        case .sequence: lines.append(prefix + separator + "[]")
        }
    }

    /// Whether a multi-line string survives a literal block: no leading spaces on its first line (they would
    /// change the indentation indicator), no tabs or control characters, no trailing spaces on lines.
    private func isBlockSafe(_ text: String) -> Bool {
        guard !text.hasPrefix(" "), !text.hasPrefix("\n") else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F) }
            && !text.split(separator: "\n").contains { $0.hasSuffix(" ") }
    }

    /// A scalar in plain style when that reads back as the same string, otherwise double-quoted with escapes: a
    /// JSON string is a YAML double-quoted scalar, so `JSONWriter.quoted` writes it.
    func scalar(_ text: String) -> String {
        needsQuotes(text) ? JSONWriter.quoted(text) : text
    }

    private func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        let reserved: Set<String> = [
            "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "nan", ".nan", "inf", ".inf", "-.inf",
            "+.inf",
        ]
        if reserved.contains(text.lowercased()) { return true }
        if looksNumeric(text) { return true }
        if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) { return true }
        if last == " " || last == "\t" { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        return text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF }
    }

    /// Whether a YAML 1.1 or 1.2 reader could take the text for a number or a date.
    private func looksNumeric(_ text: String) -> Bool {
        let numberish = Set("0123456789+-._:eEoOxXbB")
        guard let first = text.first, first.isNumber || "+-.".contains(first) else { return false }
        return text.allSatisfy { numberish.contains($0) || $0.isHexDigit }
    }
}
