/// A strict RFC 8259 JSON parser that reports every problem it can with `line:column` and JSON path.
///
/// - Numbers keep their source text (`JSONNumber`), so integers stay exact.
/// - Problems inside a token (a bad escape, an unescaped control character, a lone surrogate,
///   invalid UTF-8, a malformed number, an unknown literal, a trailing comma, a duplicate key) are
///   reported and parsing goes on, so one run shows them all. A structural problem (a missing
///   comma, an unclosed bracket) ends parsing, and then no value is returned.
/// - A duplicate key is an error; the first member is kept.
/// - A leading UTF-8 byte order mark is skipped with a warning.
/// - Nesting deeper than `maximumDepth` is an error. Parsing uses an explicit stack, never
///   recursion, so no input can overflow the call stack.
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int

    public init(maximumDepth: Int = 512) {
        self.maximumDepth = maximumDepth
    }

    /// The value of `text`, or `nil` when its structure could not be read; check the diagnostics
    /// for errors either way.
    public func parse(_ text: String, path: String) -> (value: JSONValue?, diagnostics: [Diagnostic]) {
        let result = parseDocument(text, path: path)
        return (result.document?.value, result.diagnostics)
    }

    /// The document of `text`, with the position of every value, or `nil` when its structure could
    /// not be read.
    public func parseDocument(_ text: String, path: String) -> (document: JSONDocument?, diagnostics: [Diagnostic]) {
        parseDocument(bytes: Array(text.utf8), path: path)
    }

    /// The document of raw `bytes`, which must be UTF-8; invalid sequences are reported with their
    /// position (inside strings they read as U+FFFD).
    public func parseDocument(bytes: [UInt8], path: String) -> (document: JSONDocument?, diagnostics: [Diagnostic]) {
        var state = JSONParserState(bytes: bytes, file: path, maximumDepth: maximumDepth)
        return state.run()
    }
}
