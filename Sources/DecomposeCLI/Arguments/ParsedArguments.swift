/// The outcome of parsing one command's arguments: option values, flags and positional arguments.
struct ParsedArguments: Sendable, Equatable {
    /// Every value given for each option, in command-line order, keyed by long name.
    var options: [String: [String]] = [:]
    /// The flags given, by long name.
    var flags: Set<String> = []
    /// The positional arguments given, by argument name.
    var arguments: [String: String] = [:]

    /// The value of a non-repeatable option, if given.
    func value(_ name: String) -> String? { options[name]?.last }

    /// Every value of a repeatable option.
    func values(_ name: String) -> [String] { options[name] ?? [] }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    func argument(_ name: String) -> String? { arguments[name] }

    /// The value of an option as a whole number in `range`, or a usage error naming the option.
    func integer(_ name: String, in range: ClosedRange<Int>, expected: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("'\(text)' is not a valid value for '--\(name)'; expected \(expected)")
        }
        return number
    }
}
