import DecomposeCore

/// Parses one command's arguments against its `CommandConfiguration`.
///
/// Rules: `--name value` and `--name=value`; `-o value` and `-ovalue`; `--` ends the options (all
/// later words are positional); a lone `-` is positional (standard input or output); `-h`/`--help`
/// anywhere before `--` asks for help; a non-repeatable option given twice, an unknown option, a
/// missing value, a value outside the allowed set, a missing or an extra argument are usage errors.
struct CommandLineParser: Sendable {
    /// What the user asked for.
    enum Outcome: Equatable {
        case help
        case run(ParsedArguments)
    }

    var configuration: CommandConfiguration

    init(_ configuration: CommandConfiguration) {
        self.configuration = configuration
    }

    func parse(_ words: [String]) throws(UsageError) -> Outcome {
        let optionWords = words.prefix { $0 != "--" }
        if optionWords.contains(where: { $0 == "--help" || $0 == "-h" }) {
            return .help
        }
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else {
                let (option, attached) = try resolve(word)
                var value = attached
                if !option.isFlag, value == nil {
                    guard index < words.count else {
                        throw UsageError("missing value for '\(option.synopsis)'")
                    }
                    value = words[index]
                    index += 1
                }
                try record(option, value: value, into: &parsed)
            }
        }
        try assign(positionals, into: &parsed)
        return .run(parsed)
    }

    /// The option a word names and the value written in the same word (`--format=json`, `-ofile`).
    private func resolve(_ word: String) throws(UsageError) -> (OptionDefinition, String?) {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let attached = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            guard let option = configuration.options.first(where: { $0.name == name }) else {
                throw unknownOption("--\(name)")
            }
            if option.isFlag, attached != nil {
                throw UsageError("'--\(name)' is a flag and takes no value")
            }
            return (option, attached)
        }
        let letter = word.dropFirst().first
        guard let option = configuration.options.first(where: { $0.short != nil && $0.short == letter }) else {
            throw unknownOption(word)
        }
        let rest = String(word.dropFirst(2))
        if option.isFlag, !rest.isEmpty {
            throw unknownOption(word)
        }
        return (option, rest.isEmpty ? nil : rest.hasPrefix("=") ? String(rest.dropFirst()) : rest)
    }

    private func unknownOption(_ word: String) -> UsageError {
        let names = configuration.optionsWithHelp.map { "--\($0.name)" }
        let hint = NameSuggester(names).hint(for: word)
        return UsageError("unknown option '\(word)'\(hint)")
    }

    private func record(_ option: OptionDefinition, value: String?, into parsed: inout ParsedArguments)
        throws(UsageError)
    {
        guard let value else {
            parsed.flags.insert(option.name)
            return
        }
        if !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
            throw UsageError(
                "'\(value)' is not a \(option.valueNoun); expected one of: "
                    + option.allowedValues.joined(separator: ", "))
        }
        if !option.isRepeatable, parsed.options[option.name] != nil {
            throw UsageError("option '--\(option.name)' may be given only once")
        }
        parsed.options[option.name, default: []].append(value)
    }

    private func assign(_ positionals: [String], into parsed: inout ParsedArguments) throws(UsageError) {
        let definitions = configuration.arguments
        if positionals.count > definitions.count {
            throw UsageError("unexpected argument '\(positionals[definitions.count])'")
        }
        for (definition, value) in zip(definitions, positionals) {
            parsed.arguments[definition.name] = value
        }
        if let missing = definitions.dropFirst(positionals.count).first(where: { !$0.isOptional }) {
            throw UsageError("missing expected argument '<\(missing.name)>'")
        }
    }
}
