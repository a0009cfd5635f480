/// Where a value sits inside a JSON document: `$`, `$.entities[3].fields[1]`, `$["odd key"]`.
///
/// Readers of JSON formats report problems with a path (and, through `JSONDocument`, the line and
/// column the value starts at), because a path stays meaningful after the file is reformatted.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down into a document.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    /// The document's root, `$`.
    public static let root = JSONPath(components: [])

    public init(components: [Component]) {
        self.components = components
    }

    /// The path of member `key` of the object at this path.
    public func appending(_ key: String) -> JSONPath {
        JSONPath(components: components + [.key(key)])
    }

    /// The path of element `index` of the array at this path.
    public func appending(_ index: Int) -> JSONPath {
        JSONPath(components: components + [.index(index)])
    }

    /// The path of the containing object or array, or `nil` for the root.
    public var parent: JSONPath? {
        components.isEmpty ? nil : JSONPath(components: Array(components.dropLast()))
    }

    /// The path in the usual `$.a[0].b` notation; keys that are not simple names are quoted: `$["a b"]`.
    public var description: String {
        var out = "$"
        for component in components {
            switch component {
            case .index(let index): out += "[\(index)]"
            case .key(let key): out += Self.isSimpleName(key) ? ".\(key)" : "[\(JSONWriter.quoted(key))]"
            }
        }
        return out
    }

    /// The path for a message: in full up to 12 steps, else its first 6 and last 3 steps around `…`, so a path
    /// 512 levels deep does not fill the screen.
    public var abbreviated: String {
        guard components.count > 12 else { return description }
        let head = JSONPath(components: Array(components.prefix(6))).description
        let tail = JSONPath(components: Array(components.suffix(3))).description.dropFirst()
        return head + "…(\(components.count - 9) more)…" + tail
    }

    private static func isSimpleName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || first.isASCIILetter else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || $0.isASCIILetter || ("0"..."9").contains($0) }
    }
}

extension Unicode.Scalar {
    /// `a`–`z` or `A`–`Z`.
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
