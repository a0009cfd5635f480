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
        appending(component: .key(key))
    }

    /// The path of element `index` of the array at this path.
    public func appending(_ index: Int) -> JSONPath {
        appending(component: .index(index))
    }

    /// This path one step further, in one allocation (readers make a path for every value they read).
    private func appending(component: Component) -> JSONPath {
        var longer: [Component] = []
        longer.reserveCapacity(components.count + 1)
        longer.append(contentsOf: components)
        longer.append(component)
        return JSONPath(components: longer)
    }

    /// The path of the containing object or array, or `nil` for the root.
    public var parent: JSONPath? {
        components.isEmpty ? nil : JSONPath(components: Array(components.dropLast()))
    }

    /// The path in the usual `$.a[0].b` notation; keys that are not simple names are quoted: `$["a b"]`.
    ///
    /// Readers give a location with its path to every declaration they read, so the text is put together as UTF-8
    /// bytes and made a string once.
    public var description: String {
        var out: [UInt8] = [UInt8(ascii: "$")]
        out.reserveCapacity(8 * components.count + 1)
        for component in components {
            switch component {
            case .index(let index):
                out.append(UInt8(ascii: "["))
                out.append(contentsOf: String(index).utf8)
                out.append(UInt8(ascii: "]"))
            case .key(let key) where Self.isSimpleName(key):
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: key.utf8)
            case .key(let key):
                out.append(UInt8(ascii: "["))
                out.append(contentsOf: JSONWriter.quoted(key).utf8)
                out.append(UInt8(ascii: "]"))
            }
        }
        return String(decoding: out, as: UTF8.self)
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
        guard let first = key.utf8.first, first == UInt8(ascii: "_") || first.isASCIILetter else { return false }
        return key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || $0.isASCIILetter || (0x30...0x39).contains($0) }
    }
}

extension UInt8 {
    /// `a`–`z` or `A`–`Z` in UTF-8.
    fileprivate var isASCIILetter: Bool { (0x61...0x7A).contains(self) || (0x41...0x5A).contains(self) }
}
