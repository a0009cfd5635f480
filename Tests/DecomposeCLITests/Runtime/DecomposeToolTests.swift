import Foundation
import Testing

@testable import DecomposeCLI

/// Runs the tool in-process with captured output, for rules that need no files.
@Suite struct DecomposeToolTests {
    /// Output captured from one in-process run.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var output = ""
        private var error = ""

        func append(_ text: String, _ stream: CommandContext.Stream) {
            lock.lock()
            defer { lock.unlock() }
            if stream == .standardOutput { output += text } else { error += text }
        }

        var standardOutput: String { lock.withLock { output } }
        var standardError: String { lock.withLock { error } }
    }

    private func run(_ arguments: [String], environment: [String: String] = [:], terminal: Bool = false)
        -> (ExitCode, Capture)
    {
        let capture = Capture()
        let context = CommandContext(
            environment: environment, standardOutputIsTerminal: terminal, standardErrorIsTerminal: terminal,
            write: { capture.append($0, $1) })
        return (DecomposeTool.run(arguments, in: context), capture)
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        let terminal = CommandContext(
            environment: [:], standardOutputIsTerminal: true, standardErrorIsTerminal: false, write: { _, _ in })
        #expect(terminal.usesColor(on: .standardOutput))
        #expect(!terminal.usesColor(on: .standardError))
        var noColor = terminal
        noColor.environment["NO_COLOR"] = ""
        #expect(!noColor.usesColor(on: .standardOutput))
    }

    @Test func diagnosticsAreColouredOnATerminalUnlessNoColor() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-\(UUID().uuidString).domain")
        try "entity {\n".write(to: path, atomically: true, encoding: .utf8)
        let (code, coloured) = run(["validate", path.path], terminal: true)
        #expect(code == .badInput)
        #expect(coloured.standardError.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let (_, plain) = run(["validate", path.path], environment: ["NO_COLOR": "1"], terminal: true)
        #expect(plain.standardError.contains(" error: "))
        #expect(!plain.standardError.contains("\u{1B}"))
    }

    @Test func invalidUTF8IsLocatedAtTheFirstBadByte() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-\(UUID().uuidString).domain")
        try Data("entity A {\r\n  name: Str".utf8 + [0xFF] + Data("ing\n}\n".utf8)).write(to: path)
        let (code, capture) = run(["validate", path.path])
        #expect(code == .badInput)
        #expect(
            capture.standardError.hasPrefix(
                "\(path.path):2:12: error: invalid UTF-8 byte 0xFF; decompose reads UTF-8 text [input.invalidUTF8]"))
    }

    @Test func helpCommandRejectsUnknownAndExtraNames() {
        let (unknown, capture) = run(["help", "analyse"])
        #expect(unknown == .usage)
        #expect(capture.standardError.hasPrefix("error: unknown command 'analyse'; did you mean 'analyze'?\n"))
        let (extra, extraCapture) = run(["help", "analyze", "more"])
        #expect(extra == .usage)
        #expect(extraCapture.standardError.hasPrefix("error: unexpected argument 'more'\nUsage: decompose help"))
    }

    @Test func unknownToolOptionSuggestsTheClosest() {
        let (code, capture) = run(["--verison"])
        #expect(code == .usage)
        #expect(capture.standardError.hasPrefix("error: unknown option '--verison'; did you mean '--version'?\n"))
    }

    @Test func toolHelpListsEveryCommand() {
        let (code, capture) = run(["help"])
        #expect(code == .success)
        for command in DecomposeTool.commands {
            #expect(capture.standardOutput.contains("\n  \(command.configuration.name) "))
        }
    }

    @Test(arguments: [
        (
            ["analyze", "--contexts", "0"],
            "error: '0' is not a valid value for '--contexts'; expected a positive whole number"
        ),
        (["analyze", "--seed", "-3"], "error: '-3' is not a valid value for '--seed'; expected a whole number ≥ 0"),
        (["analyze", "--preset", "fast"], "error: 'fast' is not a preset; expected one of: "),
        (["compare", "m.domain"], "error: missing required option '--expected <file>'"),
        (
            ["convert", "m.domain", "--to", "yaml"],
            "error: 'yaml' is not a model format; expected one of: json, domain"
        ),
        (["validate"], "error: missing expected argument '<file>'"),
        (["init", "a", "b"], "error: unexpected argument 'b'"),
    ])
    func usageErrorsExit64WithUsage(_ arguments: [String], _ message: String) {
        let (code, capture) = run(arguments)
        #expect(code == .usage)
        #expect(capture.standardError.hasPrefix(message))
        #expect(capture.standardError.contains("\nUsage: decompose \(arguments[0]) "))
        #expect(capture.standardOutput.isEmpty)
    }
}
