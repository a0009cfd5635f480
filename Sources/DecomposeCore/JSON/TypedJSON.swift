/// Typed reading of one parsed JSON document, for a reader whose diagnostics share a prefix (`jsonModel`,
/// `servicecutter`, `decomposition`, `expected`).
///
/// Every JSON reader of decompose asks the same questions — is this an object, is that key there, is it a string, an
/// array, a boolean — and reports the same three problems when the answer is no: `<prefix>.wrongType`,
/// `<prefix>.missingKey` (errors) and `<prefix>.unknownKey` (a warning, the key is ignored; only for a reader that
/// names the keys it reads). They are written here once, each located at the value's line:column (an unknown key at
/// the key) with its JSON path in the message; a reader's own problems go through `report` with their full id.
struct TypedJSON {
    /// The members of one JSON object, with its path and what it describes.
    struct Object {
        /// The members as written (the parser keeps only the first of a repeated key).
        let members: [(key: String, value: JSONValue)]
        let path: JSONPath
        /// What the object describes, for messages ("an entity").
        let what: String

        /// The value of the member called `key`, found by looking along the members: an object is asked for a
        /// fixed handful of keys, and a dictionary built per object cost more than the look.
        subscript(key: String) -> JSONValue? {
            members.first { $0.key == key }?.value
        }
    }

    let document: JSONDocument
    /// The first part of every diagnostic id this reader reports.
    let prefix: String
    private(set) var diagnostics: [Diagnostic] = []

    init(document: JSONDocument, prefix: String) {
        self.document = document
        self.prefix = prefix
    }

    // MARK: - Typed look-ups

    /// `value` as an object; with `keys`, a warning names each key not among them.
    mutating func object(_ value: JSONValue, at path: JSONPath, what: String, keys: [String]? = nil) -> Object? {
        guard let members = value.objectValue else {
            wrongType(value, expected: "\(what) as an object", at: path)
            return nil
        }
        for member in members {
            guard let keys, !keys.contains(member.key) else { continue }
            report(
                .warning, prefix + ".unknownKey",
                "unknown key '\(member.key)' in \(what) is ignored (expected \(keys.joined(separator: ", ")))",
                at: path.appending(member.key), atKey: true)
        }
        return Object(members: members, path: path, what: what)
    }

    /// The value under `key`; when it is missing, `nil`, and an error if it is `required`.
    mutating func value(in object: Object, _ key: String, required: Bool) -> JSONValue? {
        guard let value = object[key] else {
            if required { missingKey(key, in: object) }
            return nil
        }
        return value
    }

    /// The string under `key` (missing: `nil`, an error when `required`; not a string: an error).
    mutating func string(in object: Object, _ key: String, required: Bool = false) -> String? {
        guard let value = value(in: object, key, required: required) else { return nil }
        return string(value, at: object.path.appending(key), what: "'\(key)' as a string")
    }

    /// The string under `key` when it is not empty; an empty one is reported as `emptyID` (by default
    /// `<prefix>.wrongType`), so each reader keeps the id its users know.
    mutating func nonEmptyString(in object: Object, _ key: String, required: Bool, emptyID: String? = nil) -> String? {
        guard let text = string(in: object, key, required: required) else { return nil }
        guard !text.isEmpty else {
            report(
                .error, emptyID ?? prefix + ".wrongType", "'\(key)' in \(object.what) must not be empty",
                at: object.path.appending(key))
            return nil
        }
        return text
    }

    /// `value` as a string, or an error saying it should be `what`.
    mutating func string(_ value: JSONValue, at path: JSONPath, what: String) -> String? {
        guard let text = value.stringValue else {
            wrongType(value, expected: what, at: path)
            return nil
        }
        return text
    }

    /// `value` as a string that is not empty, or an error saying it should be `what`.
    mutating func nonEmptyString(_ value: JSONValue, at path: JSONPath, what: String) -> String? {
        guard let text = value.stringValue, !text.isEmpty else {
            wrongType(value, expected: what, at: path)
            return nil
        }
        return text
    }

    /// The items of the array under `key`; `nil` when it is missing (an error when `required`) or is no array (an
    /// error).
    mutating func array(in object: Object, _ key: String, required: Bool = false) -> [JSONValue]? {
        guard let value = value(in: object, key, required: required) else { return nil }
        guard let items = value.arrayValue else {
            wrongType(value, expected: "'\(key)' as an array", at: object.path.appending(key))
            return nil
        }
        return items
    }

    /// The strings of the array under `key` (missing: none), each with its path; an item that is no string is an
    /// error and left out.
    mutating func strings(in object: Object, _ key: String) -> [(text: String, path: JSONPath)] {
        let path = object.path.appending(key)
        return (array(in: object, key) ?? []).enumerated().compactMap { index, item in
            string(item, at: path.appending(index), what: "a string in '\(key)'").map { ($0, path.appending(index)) }
        }
    }

    /// The boolean under `key`; missing means `false`.
    mutating func bool(in object: Object, _ key: String) -> Bool {
        guard let value = object[key] else { return false }
        guard let flag = value.boolValue else {
            wrongType(value, expected: "'\(key)' as a boolean", at: object.path.appending(key))
            return false
        }
        return flag
    }

    // MARK: - Reporting

    /// Where the value at `path` starts.
    func location(_ path: JSONPath) -> SourceLocation {
        document.location(of: path)
    }

    /// An error: `value` at `path` is not `expected`.
    mutating func wrongType(_ value: JSONValue, expected: String, at path: JSONPath) {
        report(.error, prefix + ".wrongType", "expected \(expected), found \(value.typeName)", at: path)
    }

    /// An error: `object` lacks the required `key`.
    mutating func missingKey(_ key: String, in object: Object) {
        report(.error, prefix + ".missingKey", "missing required key '\(key)' in \(object.what)", at: object.path)
    }

    /// Records the diagnostic `id` at the value at `path` (or at its key when `atKey`), the path in the message.
    mutating func report(
        _ severity: Diagnostic.Severity, _ id: String, _ message: String, at path: JSONPath, atKey: Bool = false
    ) {
        let location = atKey ? document.keyLocation(of: path) : document.location(of: path)
        diagnostics.append(Diagnostic(severity, id: id, "\(message) (at \(path))", at: SourceRange(start: location)))
    }
}
