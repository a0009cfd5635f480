import DecomposeCore

/// A command could not finish: the exit code and the message printed as `error: message`.
///
/// An empty message prints nothing (the diagnostics already explained the failure). A failure that
/// has a place in an input carries it as a diagnostic, printed the way the compiler prints.
struct CommandFailure: Error, Equatable {
    var exitCode: ExitCode
    var message: String
    var diagnostic: Diagnostic?

    init(_ exitCode: ExitCode, _ message: String = "") {
        self.exitCode = exitCode
        self.message = message
    }

    init(_ exitCode: ExitCode, _ diagnostic: Diagnostic) {
        self.exitCode = exitCode
        self.message = ""
        self.diagnostic = diagnostic
    }
}
