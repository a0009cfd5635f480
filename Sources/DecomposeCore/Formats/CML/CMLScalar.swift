/// The model's name for a CML (Sculptor/Java) attribute type; other names (entities, value objects,
/// enums) are kept as written.
enum CMLScalar {
    private static let scalars: [String: ScalarType] = [
        "String": .string, "string": .string, "char": .string, "Character": .string,
        "int": .int, "Integer": .int, "short": .int, "Short": .int, "byte": .int, "Byte": .int,
        "long": .long, "Long": .long, "BigInteger": .long,
        "double": .double, "Double": .double, "float": .double, "Float": .double,
        "BigDecimal": .decimal, "Decimal": .decimal,
        "boolean": .bool, "Boolean": .bool, "Bool": .bool,
        "Date": .date, "LocalDate": .date,
        "DateTime": .dateTime, "Timestamp": .dateTime, "LocalDateTime": .dateTime, "ZonedDateTime": .dateTime,
        "Instant": .dateTime,
        "Time": .time, "LocalTime": .time, "Duration": .duration,
        "UUID": .uuid, "URL": .url, "URI": .url, "Email": .email,
        "Blob": .bytes, "Clob": .text, "Text": .text, "Object": .json, "JSON": .json,
    ]

    /// Every type name read as a scalar (so a writer can keep its own types clear of them).
    static var names: Set<String> { Set(scalars.keys) }

    /// `Integer` → `Int`, `BigDecimal` → `Decimal`, …; anything else unchanged.
    static func modelName(of type: String) -> String {
        scalars[type]?.rawValue ?? type
    }
}
