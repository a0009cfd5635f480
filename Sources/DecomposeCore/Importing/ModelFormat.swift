/// The input formats a model can be read from, chosen by `--input-format`, the file's extension or its content.
public enum ModelFormat: String, Sendable, CaseIterable {
    case domain, json, jdl

    /// The format of `text` read from `path`: by extension, else by content, else the domain language.
    public static func detect(path: String, text: String) -> ModelFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") { return .json }
        if lowered.hasSuffix(".jdl") { return .jdl }
        if lowered.hasSuffix(".domain") { return .domain }
        if text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) == "{" { return .json }
        return looksLikeJDL(text) ? .jdl : .domain
    }

    /// Whether the text opens with a JDL-only declaration (`application`, `relationship`, `deployment`), or
    /// its first entity's first field is written JDL's way, `name Type` without a colon.
    private static func looksLikeJDL(_ text: String) -> Bool {
        var lexer = JDLLexer(text: text, path: "")
        let tokens = lexer.tokenize().tokens.filter { $0.kind != .javadoc }
        guard let first = tokens.first(where: { $0.kind == .word }) else { return false }
        if ["application", "relationship", "deployment"].contains(first.text) { return true }
        guard let entity = tokens.firstIndex(where: { $0.isWord("entity") && $0.startsLine }) else { return false }
        guard let brace = tokens[entity...].firstIndex(where: { $0.isSymbol("{") }), brace + 2 < tokens.count
        else { return false }
        return tokens[brace + 1].kind == .word && tokens[brace + 2].kind == .word
    }
}
