/// The command line was wrong (exit code 64): the message, and the usage line of the command it was for.
struct UsageError: Error, Equatable {
    var message: String
    /// The command's usage line, filled in by the tool before printing.
    var usage: String?
    /// The command name for the `--help` hint, filled in with `usage`.
    var commandName: String?

    init(_ message: String) {
        self.message = message
    }
}
