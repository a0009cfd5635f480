/// A JSON document as a value, with object members kept in the order they were written or built.
///
/// Order matters for deterministic output: writers build objects in a fixed key order, and
/// `JSONWriter` prints them as given.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// Numbers keep their source spelling when read, so integers stay exact and output is stable.
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let n): hasher.combine(n)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }

    /// The member called `key` of an object (the first, if repeated), or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
    public static func double(_ value: Double) -> JSONValue { .number(JSONNumber(value)) }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [(key: String, value: JSONValue)]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// A short name of the value's JSON type, for messages ("expected a string, found an array").
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON number as written: its text, so that `12` stays `12` and `0.1` stays `0.1`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number in JSON syntax.
    public let text: String

    /// A number from JSON text the caller has already checked is valid.
    public init(text: String) { self.text = text }

    public init(_ value: Int) { self.text = String(value) }

    /// Finite doubles print with at most 6 decimal places, without trailing zeros, so output is
    /// stable across platforms; non-finite values become 0.
    public init(_ value: Double) {
        guard value.isFinite else {
            self.text = "0"
            return
        }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            self.text = String(Int(rounded))
        } else {
            var text = String(format6: rounded)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            self.text = text
        }
    }

    public var intValue: Int? { Int(text) }
    public var doubleValue: Double? { Double(text) }
    public var description: String { text }
}

extension String {
    /// `value` with exactly six decimals, without Foundation's locale-dependent formatting.
    fileprivate init(format6 value: Double) {
        let negative = value < 0
        let scaled = Int((abs(value) * 1_000_000).rounded())
        let whole = scaled / 1_000_000
        let fraction = String(scaled % 1_000_000)
        self = (negative ? "-" : "") + "\(whole)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
