import DecomposeCore

/// A YAML document tree whose mappings keep their key order, so the emitted text is deterministic.
public indirect enum YAMLNode: Sendable, Hashable {
    /// A string scalar; the emitter quotes it when plain style would read differently.
    case string(String)
    /// An integer scalar.
    case int(Int)
    /// A boolean scalar.
    case bool(Bool)
    /// A mapping in the given key order.
    case mapping([(key: String, value: YAMLNode)])
    /// A sequence.
    case sequence([YAMLNode])

    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.string(let left), .string(let right)): left == right
        case (.int(let left), .int(let right)): left == right
        case (.bool(let left), .bool(let right)): left == right
        case (.sequence(let left), .sequence(let right)): left == right
        case (.mapping(let left), .mapping(let right)):
            left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(value)
        case .int(let value): hasher.combine(value)
        case .bool(let value): hasher.combine(value)
        case .sequence(let values): hasher.combine(values)
        case .mapping(let pairs):
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        }
    }
}
