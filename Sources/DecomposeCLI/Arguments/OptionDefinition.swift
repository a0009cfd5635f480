/// A named option or flag of a command, declared as data: `--format <format>`, `-o <file>`, `--force`.
struct OptionDefinition: Sendable {
    /// The long name without dashes: `format` for `--format`.
    var name: String
    /// The one-letter name without the dash: `o` for `-o`.
    var short: Character?
    /// The placeholder for the value (`format` in `--format <format>`); `nil` for a flag.
    var valueName: String?
    var help: String
    /// The only values accepted, in the order help lists them; empty accepts anything.
    var allowedValues: [String]
    /// What a value is called in errors: `'yaml' is not a <noun>`.
    var valueNoun: String
    /// The value used when the option is absent, shown in help.
    var defaultValue: String?
    /// Whether the option may be given more than once (every value is kept, in order).
    var isRepeatable: Bool

    /// An option that takes a value.
    static func value(
        _ name: String, short: Character? = nil, valueName: String, help: String, allowedValues: [String] = [],
        valueNoun: String? = nil, defaultValue: String? = nil, isRepeatable: Bool = false
    ) -> OptionDefinition {
        OptionDefinition(
            name: name, short: short, valueName: valueName, help: help, allowedValues: allowedValues,
            valueNoun: valueNoun ?? valueName, defaultValue: defaultValue, isRepeatable: isRepeatable)
    }

    /// A flag: present or absent, no value.
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionDefinition {
        OptionDefinition(
            name: name, short: short, valueName: nil, help: help, allowedValues: [], valueNoun: name,
            defaultValue: nil, isRepeatable: false)
    }

    var isFlag: Bool { valueName == nil }

    /// `--format <format>` or `--force`.
    var synopsis: String {
        "--\(name)" + (valueName.map { " <\($0)>" } ?? "")
    }

    /// `-o, --output <file>` as help lists it.
    var helpLabel: String {
        (short.map { "-\($0), " } ?? "") + synopsis
    }
}
