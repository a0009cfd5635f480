/// The type of a field as written: `String`, `Money?`, `[OrderLine]`.
public struct TypeReference: Sendable, Hashable, CustomStringConvertible {
    /// The element type's name: a scalar (`ScalarType`), an enum, a value object or an entity.
    public var name: String
    public var isList: Bool
    public var isOptional: Bool

    public init(name: String, isList: Bool = false, isOptional: Bool = false) {
        self.name = name
        self.isList = isList
        self.isOptional = isOptional
    }

    /// The type in the domain language's spelling.
    public var description: String {
        (isList ? "[\(name)]" : name) + (isOptional ? "?" : "")
    }
}

/// The built-in scalar types of the domain language.
public enum ScalarType: String, Sendable, CaseIterable {
    case string = "String", text = "Text", int = "Int", long = "Long", double = "Double", decimal = "Decimal"
    case bool = "Bool", uuid = "UUID", date = "Date", dateTime = "DateTime", time = "Time"
    case duration = "Duration", email = "Email", url = "URL", bytes = "Bytes", json = "JSON"
}
