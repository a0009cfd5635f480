/// The input formats a model can be read from, chosen by file extension or, failing that, by content.
public enum ModelFormat: String, Sendable, CaseIterable {
    case domain, json, cml

    /// The format of the file at `path` holding `text`: its extension when known, else what its text looks
    /// like (a `{` first means JSON, a CML top-level keyword at the start of a line means CML), else the
    /// domain language.
    public static func detect(path: String, text: String) -> ModelFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") { return .json }
        if lowered.hasSuffix(".cml") { return .cml }
        if lowered.hasSuffix(".domain") { return .domain }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.first == "{" { return .json }
        let cmlKeywords = ["BoundedContext ", "ContextMap", "Domain ", "UseCase ", "UserStory "]
        for line in text.split(separator: "\n") {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if cmlKeywords.contains(where: { content.hasPrefix($0) }) { return .cml }
        }
        return .domain
    }

    /// The declared model read from `text` in this format.
    public func read(_ text: String, path: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        switch self {
        case .domain: DomainParser().parse(text, path: path)
        case .json: ModelJSONReader().read(text, path: path)
        case .cml: CMLReader().read(text, path: path)
        }
    }
}
