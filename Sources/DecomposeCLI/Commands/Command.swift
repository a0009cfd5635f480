/// A subcommand of `decompose`: its declared configuration, how it reads its parsed arguments,
/// and what it does.
protocol Command: Sendable {
    static var configuration: CommandConfiguration { get }

    /// Reads and checks the parsed arguments; a bad value is a usage error.
    init(_ arguments: ParsedArguments) throws(UsageError)

    /// Does the work, writing through `context`; a failure carries its exit code.
    func run(in context: CommandContext) throws(CommandFailure)
}
