/// The outcome of parsing one command's arguments: option values, flags and positional arguments.
///
/// A command reads them through the definitions it declared (its typed keys), never by spelling a name again, so
/// an option's name and default are written once, in its `OptionDefinition`.
struct ParsedArguments: Sendable, Equatable {
    /// Every value given for each option, in command-line order, keyed by long name.
    var options: [String: [String]] = [:]
    /// The flags given, by long name.
    var flags: Set<String> = []
    /// The positional arguments given, by argument name.
    var arguments: [String: String] = [:]

    /// The value of a non-repeatable option: the one given, else the option's default.
    func value(_ option: OptionDefinition) -> String? {
        options[option.name]?.last ?? option.defaultValue
    }

    /// The value of an option that must be given, or a usage error naming it.
    func required(_ option: OptionDefinition) throws(UsageError) -> String {
        guard let value = value(option) else {
            throw UsageError("missing required option '\(option.synopsis)'")
        }
        return value
    }

    /// The value of an option that must be given, as one of `T`'s cases.
    func required<T: RawRepresentable>(_ option: OptionDefinition, as type: T.Type) throws(UsageError) -> T
    where T.RawValue == String {
        guard let choice = value(option, as: type) else {
            throw UsageError("missing required option '\(option.synopsis)'")
        }
        return choice
    }

    /// The value of an option as one of `T`'s cases (the parser has checked it against the allowed values).
    func value<T: RawRepresentable>(_ option: OptionDefinition, as type: T.Type) -> T? where T.RawValue == String {
        value(option).flatMap(T.init(rawValue:))
    }

    /// The value of an option that has a default, as one of `T`'s cases: the default is declared once, in the
    /// option's definition.
    func choice<T: RawRepresentable>(_ option: OptionDefinition, as type: T.Type) -> T where T.RawValue == String {
        guard let choice = value(option, as: type) else {
            preconditionFailure("--\(option.name) has no default that is a \(T.self)")
        }
        return choice
    }

    /// Every value of a repeatable option.
    func values(_ option: OptionDefinition) -> [String] {
        options[option.name] ?? []
    }

    /// Whether a flag was given.
    func flag(_ option: OptionDefinition) -> Bool {
        flags.contains(option.name)
    }

    /// A positional argument, if given.
    func argument(_ argument: ArgumentDefinition) -> String? {
        arguments[argument.name]
    }

    /// A positional argument that must be given, or a usage error naming it.
    func required(_ argument: ArgumentDefinition) throws(UsageError) -> String {
        guard let value = arguments[argument.name] else {
            throw UsageError("missing expected argument '<\(argument.name)>'")
        }
        return value
    }

    /// The value of an option as a whole number in `range`, or a usage error naming the option.
    func integer(_ option: OptionDefinition, in range: ClosedRange<Int>, expected: String) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("'\(text)' is not a valid value for '--\(option.name)'; expected \(expected)")
        }
        return number
    }
}
