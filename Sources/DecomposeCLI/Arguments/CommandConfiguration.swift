/// Everything a command declares about itself: name, help texts, arguments and options.
///
/// The parser, the help text and the usage line are all derived from this one description.
struct CommandConfiguration: Sendable {
    var name: String
    /// One line for the overview and the command list.
    var abstract: String
    /// Paragraphs shown after the overview in `--help`.
    var discussion: String
    var arguments: [ArgumentDefinition]
    var options: [OptionDefinition]

    init(
        name: String, abstract: String, discussion: String = "", arguments: [ArgumentDefinition] = [],
        options: [OptionDefinition] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
    }

    /// The options help lists, ending with the built-in `-h, --help`.
    var optionsWithHelp: [OptionDefinition] {
        options + [.flag("help", short: "h", help: "Show help information.")]
    }

    /// `decompose analyze [<file>] [--format <format>] ...`
    var usage: String { usageParts.joined(separator: " ") }

    /// The usage line's parts, which help wraps between but never inside.
    var usageParts: [String] {
        var parts = ["\(DecomposeTool.name) \(name)"]
        for argument in arguments {
            parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        for option in options {
            let synopsis = option.synopsis + (option.isRepeatable ? " ..." : "")
            parts.append("[\(synopsis)]")
        }
        return parts
    }
}
