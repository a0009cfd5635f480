import Foundation

/// A name another tool's format cannot spell as it is, and how a writer spelled it instead. The CML and JDL
/// writers list their renames in the header comment of what they write.
struct Rename: Sendable, Hashable {
    /// What was renamed: "entity", "field", "context", "enum case", …
    var kind: String
    /// The name in the model, with its owner for fields and cases (`Order.line items`).
    var original: String
    var written: String

    /// `//   kind original -> written`, on one line whatever the name holds (control characters shown as `�`).
    var commentLine: String {
        let original = self.original.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{7F}" ? "\u{FFFD}" : String($0) }
        return "//   \(kind) \(original.joined()) -> \(written)"
    }
}

/// Names spelled in ASCII letters for formats whose identifiers are ASCII.
enum ASCIISpelling {
    /// Letters that are no Latin letter with a diacritic, so folding keeps them: their usual ASCII spelling.
    private static let letters: [Unicode.Scalar: String] = [
        "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    ]

    /// `name` with diacritics dropped and the letters above spelled out (`Größe` → `Grosse`, `Øre` → `Ore`);
    /// other characters are kept for the caller to replace. An ASCII name (most names) is its own folding, and
    /// skips Foundation's, which was most of the time the CML writer spent naming.
    static func folded(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name }
        return name.unicodeScalars.map { letters[$0] ?? String($0) }.joined().folding(
            options: .diacriticInsensitive, locale: nil)
    }
}
