/// A position in an input file: 1-based line and column (columns count Unicode scalars),
/// or, for formats without lines such as JSON, a JSON path like `$.entities[3].fields[1]`.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// 1-based line; 0 when the location is a JSON path only.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when the location is a JSON path only.
    public var column: Int
    /// A JSON path for formats without meaningful lines, otherwise `nil`.
    public var jsonPath: String?

    public init(file: String, line: Int, column: Int, jsonPath: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.jsonPath = jsonPath
    }

    /// `path:line:col`, or `path:$.json.path` when only a JSON path is known.
    public var description: String {
        if line == 0, let jsonPath { return "\(file):\(jsonPath)" }
        return "\(file):\(line):\(column)"
    }
}

/// A half-open range of source: where a problem starts and, optionally, where it ends.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: SourceLocation
    /// The first position after the range on the same line, when the range is known.
    public var end: SourceLocation?

    public init(start: SourceLocation, end: SourceLocation? = nil) {
        self.start = start
        self.end = end
    }
}
