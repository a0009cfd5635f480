/// Formats help the way swift-argument-parser does: OVERVIEW, USAGE, ARGUMENTS, OPTIONS (and
/// SUBCOMMANDS for the tool itself), labels in a 26-column gutter, text wrapped at 80 columns.
enum HelpFormatter {
    /// Where help text starts on a line.
    static let labelColumnWidth = 26
    static let lineWidth = 80

    /// The `--help` text of a command, ending in a newline.
    static func help(for configuration: CommandConfiguration) -> String {
        var sections = [overview(configuration.abstract, configuration.discussion)]
        sections.append(usage(configuration.usageParts))
        if !configuration.arguments.isEmpty {
            sections.append(
                "ARGUMENTS:\n" + configuration.arguments.map { row("<\($0.name)>", $0.help) }.joined())
        }
        sections.append("OPTIONS:\n" + configuration.optionsWithHelp.map(optionRow).joined())
        return sections.joined(separator: "\n")
    }

    /// The help of the tool itself: overview, usage, options and the list of subcommands.
    static func toolHelp(abstract: String, discussion: String, commands: [CommandConfiguration]) -> String {
        [
            overview(abstract, discussion),
            "USAGE: \(DecomposeTool.name) <subcommand>\n",
            "OPTIONS:\n" + row("--version", "Show the version.") + row("-h, --help", "Show help information."),
            "SUBCOMMANDS:\n" + commands.map { row($0.name, $0.abstract) }.joined()
                + row("help", "Show subcommand help information.") + "\n"
                + "  See '\(DecomposeTool.name) help <subcommand>' for detailed help.\n",
        ].joined(separator: "\n")
    }

    /// The lines printed after a usage error's message.
    static func usageHint(usage: String, commandName: String?) -> String {
        let helpCommand = [DecomposeTool.name, commandName].compactMap { $0 }.joined(separator: " ")
        return "Usage: \(usage)\n  See '\(helpCommand) --help' for more information.\n"
    }

    /// `USAGE: ` and the parts, wrapped at `lineWidth` with continuation lines under the first option.
    private static func usage(_ parts: [String]) -> String {
        let head = "USAGE: " + (parts.first ?? "")
        let indent = String(repeating: " ", count: head.count + 1)
        var lines = [head]
        for part in parts.dropFirst() {
            if let last = lines.last, last.count + 1 + part.count > lineWidth {
                lines.append(indent + part)
            } else {
                lines[lines.count - 1] += " " + part
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func overview(_ abstract: String, _ discussion: String) -> String {
        var out = wrap("OVERVIEW: \(abstract)", indent: 0, firstLineUsed: 0) + "\n"
        if !discussion.isEmpty {
            let paragraphs = discussion.split(separator: "\n\n", omittingEmptySubsequences: true)
            out += paragraphs.map { "\n" + wrap(String($0), indent: 0, firstLineUsed: 0) + "\n" }.joined()
        }
        return out
    }

    private static func optionRow(_ option: OptionDefinition) -> String {
        var help = option.help
        var notes: [String] = []
        if !option.allowedValues.isEmpty {
            notes.append("values: " + option.allowedValues.joined(separator: ", "))
        }
        if let defaultValue = option.defaultValue {
            notes.append("default: \(defaultValue)")
        }
        if !notes.isEmpty {
            help += " (\(notes.joined(separator: "; ")))"
        }
        return row(option.helpLabel, help)
    }

    /// `  label` then the help in the gutter, or on the next line when the label is too wide.
    private static func row(_ label: String, _ help: String) -> String {
        let start = "  " + label
        let gutter = String(repeating: " ", count: labelColumnWidth)
        if start.count + 2 > labelColumnWidth {
            return start + "\n" + gutter + wrap(help, indent: labelColumnWidth, firstLineUsed: labelColumnWidth) + "\n"
        }
        let padding = String(repeating: " ", count: labelColumnWidth - start.count)
        return start + padding + wrap(help, indent: labelColumnWidth, firstLineUsed: labelColumnWidth) + "\n"
    }

    /// `text` wrapped at `lineWidth`; continuation lines are indented by `indent` spaces.
    private static func wrap(_ text: String, indent: Int, firstLineUsed: Int) -> String {
        var lines: [String] = []
        var current = ""
        var used = firstLineUsed
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, used + current.count + 1 + word.count > lineWidth {
                lines.append(current)
                current = ""
                used = indent
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
