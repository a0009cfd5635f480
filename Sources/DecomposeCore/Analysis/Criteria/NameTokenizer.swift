/// Splits identifiers into words: `OrderLine` → `Order`, `Line`; `HTTPRequest` → `HTTP`, `Request`;
/// `order_history2` → `order`, `history`.
struct NameTokenizer: Sendable {
    /// The words of `name` as written.
    func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (offset, character) in characters.enumerated() {
            guard character.isLetter else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            let previous = offset > 0 ? characters[offset - 1] : nil
            let next = offset + 1 < characters.count ? characters[offset + 1] : nil
            let startsWord =
                character.isUppercase
                && (previous?.isLowercase == true || (previous?.isUppercase == true && next?.isLowercase == true))
            if startsWord, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A word reduced to a comparable stem: lowercased and singular (`Orders` → `order`, `Categories` → `category`).
    func stem(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.count > 4, lower.hasSuffix("ies") { return String(lower.dropLast(3)) + "y" }
        if lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us") {
            return String(lower.dropLast())
        }
        return lower
    }
}
