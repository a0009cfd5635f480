/// Typed look-ups in one Service Cutter JSON document, collecting `servicecutter.*` diagnostics located by
/// JSON path and line:col.
struct ServiceCutterJSON {
    /// The members of one JSON object, with its path.
    struct Object {
        /// The members as written (the parser keeps only the first of a repeated key).
        let members: [(key: String, value: JSONValue)]
        let path: JSONPath
        let what: String

        /// The value of the member called `key`, found by looking along the members: an object is asked for a
        /// fixed handful of keys, and a dictionary built per object cost more than the look.
        subscript(key: String) -> JSONValue? {
            members.first { $0.key == key }?.value
        }
    }

    let document: JSONDocument
    var diagnostics: [Diagnostic] = []

    init(document: JSONDocument) {
        self.document = document
    }

    /// Records a diagnostic `servicecutter.<id>` at the value at `path`, or at its key when `atKey`.
    mutating func report(
        _ severity: Diagnostic.Severity, _ id: String, _ message: String, at path: JSONPath, atKey: Bool = false
    ) {
        let range = SourceRange(start: atKey ? document.keyLocation(of: path) : document.location(of: path))
        diagnostics.append(
            severity == .error
                ? .error("servicecutter.\(id)", message, at: range)
                : .warning("servicecutter.\(id)", message, at: range))
    }

    /// `value` as an object, warning about keys not in `keys` (they are ignored).
    mutating func object(_ value: JSONValue, at path: JSONPath, what: String, keys: [String]) -> Object? {
        guard let members = value.objectValue else {
            report(.error, "wrongType", "expected \(what) as a JSON object", at: path)
            return nil
        }
        for member in members {
            if !keys.contains(member.key) {
                report(
                    .warning, "unknownKey", "unknown key '\(member.key)' in \(what) is not read",
                    at: path.appending(member.key), atKey: true)
            }
        }
        return Object(members: members, path: path, what: what)
    }

    /// The string under `key`; an error when it is missing but `required`, or not a string.
    mutating func string(in object: Object, _ key: String, required: Bool) -> String? {
        guard let value = object[key] else {
            if required {
                report(.error, "missingKey", "missing required key '\(key)' in \(object.what)", at: object.path)
            }
            return nil
        }
        return stringItem(value, at: object.path.appending(key), what: "'\(key)' as a non-empty string")
    }

    /// `value` as a non-empty string, or an error.
    mutating func stringItem(_ value: JSONValue, at path: JSONPath, what: String) -> String? {
        guard let text = value.stringValue, !text.isEmpty else {
            report(.error, "wrongType", "expected \(what)", at: path)
            return nil
        }
        return text
    }

    /// The array under `key` (empty when missing, with an error when `required`, or when not an array).
    mutating func array(in object: Object, _ key: String, required: Bool) -> [JSONValue] {
        guard let value = object[key] else {
            if required {
                report(.error, "missingKey", "missing required key '\(key)' in \(object.what)", at: object.path)
            }
            return []
        }
        guard let items = value.arrayValue else {
            report(.error, "wrongType", "expected '\(key)' as a JSON array", at: object.path.appending(key))
            return []
        }
        return items
    }

    /// `name` with its first letter lowercased, for field names made from entity names.
    static func lowerFirst(_ name: String) -> String {
        name.prefix(1).lowercased() + name.dropFirst()
    }

    /// `name` as a domain-language name: runs of letters, digits and `_` joined, each run after the first
    /// starting upper-case ("View Recommendations" → "ViewRecommendations"); a leading digit gets `_`.
    static func identifier(_ name: String) -> String {
        let words = name.split { !($0.isLetter || $0.isNumber || $0 == "_") || !$0.isASCII }
        var result = words.enumerated().map { index, word in
            index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
        if result.isEmpty { result = "_" }
        if let first = result.first, first.isNumber { result = "_" + result }
        return result
    }
}
