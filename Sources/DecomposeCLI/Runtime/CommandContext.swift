import DecomposeCore
import Foundation

/// The outside world as a command sees it: output streams, terminal facts and the environment.
///
/// The real process supplies it in `DecomposeTool.main()`; tests supply one that captures output.
struct CommandContext: Sendable {
    /// Which output stream a piece of text goes to.
    enum Stream: Sendable {
        case standardOutput, standardError
    }

    var environment: [String: String]
    var standardOutputIsTerminal: Bool
    var standardErrorIsTerminal: Bool
    /// Writes text (already ending in a newline where it should) to a stream.
    var write: @Sendable (String, Stream) -> Void

    /// Colour is used on a terminal unless `NO_COLOR` is set (to anything, per no-color.org).
    func usesColor(on stream: Stream) -> Bool {
        guard environment["NO_COLOR"] == nil else { return false }
        return stream == .standardOutput ? standardOutputIsTerminal : standardErrorIsTerminal
    }

    /// The most diagnostics printed by one report; the rest are counted in a last line, so hostile input
    /// (megabytes of random tokens) gives a readable report instead of megabytes of errors.
    static let diagnosticLimit = 200

    /// Prints `diagnostics` to standard error in the compiler's format, quoting lines of `sources`: the first
    /// `diagnosticLimit` of them, then how many more there were.
    func report(_ diagnostics: [Diagnostic], sources: [String: String]) {
        guard !diagnostics.isEmpty else { return }
        let formatter = DiagnosticFormatter(sources: sources, colored: usesColor(on: .standardError))
        var text = formatter.format(Array(diagnostics.prefix(Self.diagnosticLimit)))
        let hidden = diagnostics.dropFirst(Self.diagnosticLimit)
        if !hidden.isEmpty {
            let errors = hidden.filter { $0.severity == .error }.count
            text +=
                "decompose: note: \(hidden.count) more \(hidden.count == 1 ? "diagnostic" : "diagnostics") "
                + "(\(errors) \(errors == 1 ? "error" : "errors")) not shown; the first \(Self.diagnosticLimit) "
                + "are above\n"
        }
        write(text, .standardError)
    }
}
