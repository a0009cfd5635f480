import DecomposeCore

public import TemplateEngine

extension MustacheValue {
    /// The Mustache data for a JSON value: arrays become lists, objects objects (a repeated key
    /// keeps its first value), and numbers keep their JSON text.
    public init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let number): self = .number(number.text)
        case .string(let text): self = .string(text)
        case .array(let items): self = .list(items.map(MustacheValue.init))
        case .object(let members):
            var object: [String: MustacheValue] = [:]
            for member in members where object[member.key] == nil {
                object[member.key] = MustacheValue(member.value)
            }
            self = .object(object)
        }
    }
}
