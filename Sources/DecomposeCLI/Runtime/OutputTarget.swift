/// Where a command's main output goes: standard output, or a file written atomically (`-o FILE`).
struct OutputTarget: Sendable, Equatable {
    /// The file, or `nil` for standard output (also written `-o -`).
    var path: String?

    init(_ path: String?) {
        self.path = path == "-" ? nil : path
    }

    var isStandardOutput: Bool { path == nil }

    /// Writes the whole of `text`; a file is replaced only when the whole text was written.
    func write(_ text: String, in context: CommandContext) throws(CommandFailure) {
        guard let path else {
            context.write(text, .standardOutput)
            return
        }
        try FileAccess.write(text, to: path)
    }

    /// The `-o, --output <file>` option every command with one main output shares.
    static let option = OptionDefinition.value(
        "output", short: "o", valueName: "file",
        help: "Write to this file instead of standard output ('-' for standard output).")
}
