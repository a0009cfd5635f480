/// Small helpers that turn names into readable English for rationales, reasons and findings.
public enum Phrase {
    /// `A`, `A and B`, `A, B and C`.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A number with at most two decimals and no trailing zeros (`2.5`, `3`).
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// The noun with its indefinite article: `an Order`, `a Payment` (by the first letter's spelling, so a
    /// name like `User` gets `an`; good enough for generated summaries).
    public static func withArticle(_ noun: String) -> String {
        let vowels: Set<Character> = ["A", "E", "I", "O", "U"]
        return (noun.first.map { vowels.contains(Character($0.uppercased())) } == true ? "an " : "a ") + noun
    }
}
