import DecomposeCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `decompose` command-line tool: dispatches to a subcommand and turns every outcome into
/// output and an exit code. The only place that knows about the process.
public enum DecomposeTool {
    public static let name = "decompose"
    public static let version = "0.1.0"

    static let abstract = "Suggest bounded contexts for a monolith described in the domain language."
    static let discussion =
        "Describe the monolith's data, use cases, owners and constraints in a .domain file "
        + "('decompose init' writes a commented starter), check it with 'decompose validate', and let "
        + "'decompose analyze' suggest bounded contexts, their relationships and saga candidates."

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        AnalyzeCommand.self, ValidateCommand.self, InitCommand.self, ConvertCommand.self, CompareCommand.self,
        ScaffoldCommand.self, DiagramCommand.self, ReportCommand.self, TemplatesRenderCommand.self,
        TemplatesExportCommand.self,
    ]

    /// Runs the tool for the real process and exits with its code.
    public static func main() -> Never {
        let context = CommandContext(
            environment: ProcessInfo.processInfo.environment,
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
            standardErrorIsTerminal: isatty(STDERR_FILENO) == 1,
            write: { text, stream in
                let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data(text.utf8))
            })
        exit(run(Array(CommandLine.arguments.dropFirst()), in: context).rawValue)
    }

    /// Runs the tool with `arguments` (without the program name) and returns the exit code.
    static func run(_ arguments: [String], in context: CommandContext) -> ExitCode {
        guard let first = arguments.first else {
            context.write(toolHelp, .standardError)
            return .usage
        }
        switch first {
        case "--version":
            context.write("\(name) \(version)\n", .standardOutput)
            return .success
        case "--help", "-h":
            context.write(toolHelp, .standardOutput)
            return .success
        case "help":
            return help(Array(arguments.dropFirst()), in: context)
        case let option where option.hasPrefix("-"):
            let hint = NameSuggester(["--help", "--version"]).suggestion(for: option)
            var error = UsageError("unknown option '\(option)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""))
            error.usage = "\(name) <subcommand>"
            return fail(error, in: context)
        default:
            guard let (command, words) = command(startingWith: arguments) else {
                return fail(unknownCommand(arguments), in: context)
            }
            return run(command, Array(arguments.dropFirst(words)), in: context)
        }
    }

    private static var toolHelp: String {
        HelpFormatter.toolHelp(abstract: abstract, discussion: discussion, commands: commands.map { $0.configuration })
    }

    private static func run(_ command: any Command.Type, _ arguments: [String], in context: CommandContext)
        -> ExitCode
    {
        let configuration = command.configuration
        do {
            switch try CommandLineParser(configuration).parse(arguments) {
            case .help:
                context.write(HelpFormatter.help(for: configuration), .standardOutput)
                return .success
            case .run(let parsed):
                try command.init(parsed).run(in: context)
                return .success
            }
        } catch var error as UsageError {
            error.usage = error.usage ?? configuration.usage
            error.commandName = error.commandName ?? configuration.name
            return fail(error, in: context)
        } catch let failure as CommandFailure {
            if let diagnostic = failure.diagnostic {
                context.report([diagnostic], sources: [:])
            }
            if !failure.message.isEmpty {
                context.write("error: \(failure.message)\n", .standardError)
            }
            return failure.exitCode
        } catch {
            context.write("error: internal error: \(error)\n", .standardError)
            return .internalError
        }
    }

    /// `decompose help [<subcommand>]`.
    private static func help(_ arguments: [String], in context: CommandContext) -> ExitCode {
        guard !arguments.isEmpty else {
            context.write(toolHelp, .standardOutput)
            return .success
        }
        guard let (command, words) = command(startingWith: arguments) else {
            return fail(unknownCommand(arguments), in: context)
        }
        guard words == arguments.count else {
            var error = UsageError("unexpected argument '\(arguments[words])'")
            error.usage = "\(self.name) help [<subcommand>]"
            return fail(error, in: context)
        }
        context.write(HelpFormatter.help(for: command.configuration), .standardOutput)
        return .success
    }

    /// The command whose name (one word, or a group and a word like `templates render`) starts
    /// `arguments`, and how many words of `arguments` that name takes.
    private static func command(startingWith arguments: [String]) -> (command: any Command.Type, words: Int)? {
        for command in commands {
            let words = command.configuration.name.split(separator: " ").map(String.init)
            if arguments.starts(with: words) { return (command, words.count) }
        }
        return nil
    }

    /// The error for `arguments` that name no command: a group without a known subcommand lists its
    /// subcommands, anything else gets a spelling hint.
    private static func unknownCommand(_ arguments: [String]) -> UsageError {
        let group = arguments[0]
        let members = commands.map { $0.configuration.name }.filter { $0.hasPrefix(group + " ") }
        guard !members.isEmpty else { return unknownCommand(group) }
        let problem =
            arguments.count > 1
            ? "unknown command '\(group) \(arguments[1])'" : "'\(group)' needs a subcommand"
        var error = UsageError(problem + "; use " + members.map { "'\($0)'" }.joined(separator: " or "))
        error.usage = "\(name) \(group) <subcommand>"
        return error
    }

    private static func unknownCommand(_ name: String) -> UsageError {
        var names: [String] = []
        for command in commands {
            let word = String(command.configuration.name.prefix { $0 != " " })
            if !names.contains(word) { names.append(word) }
        }
        names.append("help")
        let hint = NameSuggester(names).hint(for: name)
        var error = UsageError("unknown command '\(name)'\(hint)")
        error.usage = "\(self.name) <subcommand>"
        return error
    }

    private static func fail(_ error: UsageError, in context: CommandContext) -> ExitCode {
        var text = "error: \(error.message)\n"
        if let usage = error.usage {
            text += HelpFormatter.usageHint(usage: usage, commandName: error.commandName)
        }
        context.write(text, .standardError)
        return .usage
    }
}
