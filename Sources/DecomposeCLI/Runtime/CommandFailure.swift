/// A command could not finish: the exit code and the message printed as `error: message`.
///
/// An empty message prints nothing (the diagnostics already explained the failure).
struct CommandFailure: Error, Equatable {
    var exitCode: ExitCode
    var message: String

    init(_ exitCode: ExitCode, _ message: String = "") {
        self.exitCode = exitCode
        self.message = message
    }
}
