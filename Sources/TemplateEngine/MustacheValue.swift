/// The data a Mustache template is rendered with: the JSON data model.
///
/// Falsy values (a section's content is skipped, an inverted section's content is rendered) are
/// `null`, `false` and the empty list, as in the specification's reference implementation. Every
/// string (also the empty one), every number (also zero) and every object is truthy.
public enum MustacheValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case string(String)
    /// A number as its JSON text, such as `12` or `1.210`; rendered by `renderedNumber`.
    case number(String)
    case list([MustacheValue])
    case object([String: MustacheValue])

    /// A list of strings.
    public static func strings(_ values: [String]) -> MustacheValue {
        .list(values.map(MustacheValue.string))
    }

    /// Whether a section skips this value: `null`, `false` or an empty list.
    public var isFalsy: Bool {
        switch self {
        case .null, .bool(false): true
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The text an interpolation tag prints: strings as they are, numbers by `renderedNumber`,
    /// booleans as `true`/`false`, and nothing for `null`, lists and objects.
    public var interpolatedText: String {
        switch self {
        case .null, .list, .object: ""
        case .bool(let value): value ? "true" : "false"
        case .string(let text): text
        case .number(let text): Self.renderedNumber(text)
        }
    }

    /// A JSON number as Mustache prints it: integers without a fraction (`85`, `2.0` → `2`), other
    /// values in their shortest exact form (`1.210` → `1.21`). Text that is no number stays as it is.
    public static func renderedNumber(_ text: String) -> String {
        if let integer = Int(text) { return String(integer) }
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(describing: value)
    }
}
