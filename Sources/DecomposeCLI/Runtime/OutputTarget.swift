/// Where a command's main output goes: standard output, or a file written atomically (`-o FILE`).
///
/// An existing file is never replaced unless `--force` is given: the command stops with exit 73 before it
/// writes anything.
struct OutputTarget: Sendable, Equatable {
    /// The file, or `nil` for standard output (also written `-o -`).
    var path: String?
    /// Whether an existing file may be replaced (`--force`).
    var mayReplace: Bool

    init(_ path: String?, mayReplace: Bool = false) {
        self.path = path == "-" ? nil : path
        self.mayReplace = mayReplace
    }

    /// The `-o` file and `--force` of `arguments`.
    init(_ arguments: ParsedArguments) {
        self.init(arguments.value(Self.option), mayReplace: arguments.flag(Self.forceOption))
    }

    var isStandardOutput: Bool { path == nil }

    /// Fails (exit 73) when the file exists and may not be replaced; commands call it before any work that
    /// writes, so that a refusal leaves nothing half written.
    func checkReplaceable() throws(CommandFailure) {
        guard let path, !mayReplace, FileAccess.exists(path) else { return }
        throw CommandFailure(.cannotWrite, "'\(path)' already exists; pass --force to replace it")
    }

    /// Writes the whole of `text`; a file is replaced only when the whole text was written, and only with
    /// `--force`.
    func write(_ text: String, in context: CommandContext) throws(CommandFailure) {
        guard let path else {
            context.write(text, .standardOutput)
            return
        }
        try checkReplaceable()
        try FileAccess.write(text, to: path)
    }

    /// The `-o, --output <file>` option every command with one main output shares.
    static let option = OptionDefinition.value(
        "output", short: "o", valueName: "file",
        help: "Write to this file instead of standard output ('-' for standard output).")

    /// `--force`, which lets `-o` (and `--export-graph`) replace an existing file.
    static let forceOption = OptionDefinition.flag("force", help: "Replace the output file if it already exists.")
}
