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
    let positions: JSONPositions

    init(value: JSONValue, file: String, positions: JSONPositions) {
        self.value = value
        self.file = file
        self.positions = positions
    }

    /// Where the value at `path` starts, carrying `path` as its `jsonPath`.
    ///
    /// When nothing is written at `path` (a missing member), the location is that of the nearest
    /// enclosing value that exists, still carrying the requested path.
    public func location(of path: JSONPath) -> SourceLocation {
        locate(path, at: positions.nearest(path, in: value).start)
    }

    /// Where the key of the object member at `path` starts (for messages about the key itself, such
    /// as an unknown key); falls back like `location(of:)`, to the key of the nearest enclosing member if it has
    /// one.
    public func keyLocation(of path: JSONPath) -> SourceLocation {
        let node = positions.nearest(path, in: value)
        return locate(path, at: node.keyStart ?? node.start)
    }

    private func locate(_ path: JSONPath, at position: Position) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column, jsonPath: "\(path)")
    }
}
