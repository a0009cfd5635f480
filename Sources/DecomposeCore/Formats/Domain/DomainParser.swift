/// Reads the domain language (`.domain` text) into a *declared* `DomainModel`.
///
/// The parser never stops at the first mistake: it reports an error, skips to the next field, clause
/// or declaration keyword, and carries on, so one run shows every problem. Field kinds are left
/// `.unresolved`; `ModelBuilder` resolves and validates names. Every declaration, field, access and
/// name reference carries its source location (the position of its name).
public struct DomainParser: Sendable {
    /// How deeply braces may nest in text the parser skips while recovering; deeper nesting is
    /// reported once (the grammar itself never nests deeper than an aggregate's member entity).
    public static let maximumNestingDepth = 64

    public init() {}

    /// The declared model in `text` and the syntax errors, sorted by position.
    /// - Parameters:
    ///   - text: the model in the domain language.
    ///   - path: the file name used in locations.
    public func parse(_ text: String, path: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        var lexer = DomainLexer(text: text, path: path)
        let lexed = lexer.tokenize()
        var session = DomainParsingSession(tokens: lexed.tokens)
        session.parseFile()
        return (session.model, (lexed.diagnostics + session.diagnostics).sortedByLocation())
    }
}
