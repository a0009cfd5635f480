/// A parsed JSON document that remembers where each value and each object key was written.
///
/// Readers use it to turn a JSON path into `file:line:col`, so that a problem found in the
/// *meaning* of a document (an unknown entity, a wrong type) points at the exact spot in the file.
public struct JSONDocument: Sendable {
    /// A 1-based line and column (columns count Unicode scalars).
    struct Position: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    /// The document's root value.
    public let value: JSONValue
    /// The file as the user named it.
    public let file: String
    let valueStarts: [JSONPath: Position]
    let keyStarts: [JSONPath: Position]

    init(value: JSONValue, file: String, valueStarts: [JSONPath: Position], keyStarts: [JSONPath: Position]) {
        self.value = value
        self.file = file
        self.valueStarts = valueStarts
        self.keyStarts = keyStarts
    }

    /// Where the value at `path` starts, carrying `path` as its `jsonPath`.
    ///
    /// When nothing is written at `path` (a missing member), the location is that of the nearest
    /// enclosing value that exists, still carrying the requested path.
    public func location(of path: JSONPath) -> SourceLocation {
        locate(path, in: valueStarts)
    }

    /// Where the key of the object member at `path` starts (for messages about the key itself, such
    /// as an unknown key); falls back like `location(of:)`.
    public func keyLocation(of path: JSONPath) -> SourceLocation {
        locate(path, in: keyStarts)
    }

    private func locate(_ path: JSONPath, in starts: [JSONPath: Position]) -> SourceLocation {
        var current: JSONPath? = path
        while let candidate = current {
            if let position = starts[candidate] ?? valueStarts[candidate] {
                return SourceLocation(file: file, line: position.line, column: position.column, jsonPath: "\(path)")
            }
            current = candidate.parent
        }
        return SourceLocation(file: file, line: 0, column: 0, jsonPath: "\(path)")
    }
}
