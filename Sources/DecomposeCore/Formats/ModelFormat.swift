/// The formats decompose reads a model from; `--input-format` names one, otherwise `detect` picks it.
public enum ModelFormat: String, Sendable, CaseIterable {
    /// The domain language (`.domain`).
    case domain
    /// The canonical model JSON that `decompose convert --to json` writes.
    case json
    /// JHipster's domain language (`.jdl`).
    case jdl
    /// Context Mapper's language (`.cml`).
    case cml
    /// Service Cutter's entity-relationship model, with its user representations when given.
    case servicecutter

    /// The format of `text` at `path`: a Service Cutter model by its content (a JSON object whose `entities`
    /// items have `nanoentities`), else by extension (`.json`, `.jdl`, `.cml`, `.domain`), else by content (JSON,
    /// a CML top-level keyword at the start of a line, JDL), else the domain language.
    public static func detect(_ text: String, path: String) -> ModelFormat {
        let lowered = path.lowercased()
        let startsAsJSON = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) == "{"
        if lowered.hasSuffix(".json") || startsAsJSON,
            let value = JSONParser().parse(text, path: path).value, ServiceCutterReader.isModel(value)
        {
            return .servicecutter
        }
        if lowered.hasSuffix(".json") { return .json }
        if lowered.hasSuffix(".jdl") { return .jdl }
        if lowered.hasSuffix(".cml") { return .cml }
        if lowered.hasSuffix(".domain") { return .domain }
        if startsAsJSON { return .json }
        if looksLikeCML(text) { return .cml }
        return looksLikeJDL(text) ? .jdl : .domain
    }

    /// Whether a line starts with one of CML's top-level keywords.
    private static func looksLikeCML(_ text: String) -> Bool {
        let keywords = ["BoundedContext ", "ContextMap", "Domain ", "UseCase ", "UserStory "]
        return text.split(separator: "\n").contains { line in
            let content = line.drop { $0 == " " || $0 == "\t" }
            return keywords.contains { content.hasPrefix($0) }
        }
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
