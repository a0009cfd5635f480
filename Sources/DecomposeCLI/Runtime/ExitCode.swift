/// The process exit codes of `decompose`, following BSD `sysexits.h`.
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// Success.
    case success = 0
    /// An internal error: a bug in decompose.
    case internalError = 1
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// The input had errors; every diagnostic was printed (EX_DATAERR).
    case badInput = 65
    /// An input file is missing or unreadable (EX_NOINPUT).
    case inputMissing = 66
    /// An output file could not be written (EX_CANTCREAT).
    case cannotWrite = 73
}
