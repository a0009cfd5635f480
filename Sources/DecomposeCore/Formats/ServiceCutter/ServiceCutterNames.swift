/// Names as Service Cutter's files give them, turned into names of the model.
enum ServiceCutterNames {
    /// `name` with its first letter lowercased, for field names made from entity names.
    static func lowerFirst(_ name: String) -> String {
        name.prefix(1).lowercased() + name.dropFirst()
    }

    /// `name` as a domain-language name: runs of letters, digits and `_` joined, each run after the first
    /// starting upper-case ("View Recommendations" → "ViewRecommendations"); a leading digit gets `_`.
    static func identifier(_ name: String) -> String {
        let words = name.split { !($0.isLetter || $0.isNumber || $0 == "_") || !$0.isASCII }
        var result = words.enumerated().map { index, word in
            index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
        if result.isEmpty { result = "_" }
        if let first = result.first, first.isNumber { result = "_" + result }
        return result
    }
}
