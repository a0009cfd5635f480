import Testing

@testable import DecomposeCLI

@Suite struct CommandLineParserTests {
    /// A command with every kind of declaration the parser handles.
    static let configuration = CommandConfiguration(
        name: "sample", abstract: "A sample.",
        arguments: [
            ArgumentDefinition("model", help: "A model."), ArgumentDefinition("extra", help: "More.", isOptional: true),
        ],
        options: [
            .value("format", valueName: "format", help: "Format.", allowedValues: ["text", "json", "markdown"]),
            .value("output", short: "o", valueName: "file", help: "Output."),
            .value("explain", valueName: "entity", help: "Explain.", isRepeatable: true),
            .flag("force", short: "f", help: "Force."),
        ])

    private func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
        switch try CommandLineParser(Self.configuration).parse(words) {
        case .run(let parsed): return parsed
        case .help: throw UsageError("unexpected help")
        }
    }

    private func error(_ words: [String]) -> String? {
        do {
            _ = try CommandLineParser(Self.configuration).parse(words)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func separateAndAttachedValues() throws {
        let parsed = try parse(["m.domain", "--format", "json", "--output=out.txt"])
        #expect(parsed.value("format") == "json")
        #expect(parsed.value("output") == "out.txt")
        #expect(parsed.argument("model") == "m.domain")
        #expect(parsed.argument("extra") == nil)
    }

    @Test func shortOptionsWithSeparateOrAttachedValue() throws {
        #expect(try parse(["m", "-o", "a.txt"]).value("output") == "a.txt")
        #expect(try parse(["m", "-ob.txt"]).value("output") == "b.txt")
        #expect(try parse(["m", "-f"]).flag("force"))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["--", "--format", "-o"])
        #expect(parsed.argument("model") == "--format")
        #expect(parsed.argument("extra") == "-o")
        #expect(parsed.options.isEmpty)
    }

    @Test func loneDashIsPositional() throws {
        #expect(try parse(["-"]).argument("model") == "-")
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() throws {
        #expect(try parse(["m", "--explain", "A", "--explain=B"]).values("explain") == ["A", "B"])
    }

    @Test func nonRepeatableOptionGivenTwiceIsAnError() {
        #expect(error(["m", "--format", "json", "--format", "text"]) == "option '--format' may be given only once")
    }

    @Test func unknownOptionSuggestsTheClosest() {
        #expect(error(["m", "--formt", "json"]) == "unknown option '--formt'; did you mean '--format'?")
        #expect(error(["m", "--zzz"]) == "unknown option '--zzz'")
        #expect(error(["m", "-x"]) == "unknown option '-x'")
    }

    @Test func valuesOutsideTheAllowedSetAreRejected() {
        #expect(error(["m", "--format", "yaml"]) == "'yaml' is not a format; expected one of: text, json, markdown")
    }

    @Test func missingValue() {
        #expect(error(["m", "--output"]) == "missing value for '--output <file>'")
    }

    @Test func flagsTakeNoValue() {
        #expect(error(["m", "--force=yes"]) == "'--force' is a flag and takes no value")
    }

    @Test func missingAndExtraArguments() {
        #expect(error([]) == "missing expected argument '<model>'")
        #expect(error(["a", "b", "c"]) == "unexpected argument 'c'")
    }

    @Test(arguments: [["--help"], ["-h"], ["m", "--formt", "-h"]])
    func helpWinsOverEverythingBeforeDoubleDash(_ words: [String]) throws {
        #expect(try CommandLineParser(Self.configuration).parse(words) == .help)
    }

    @Test func helpAfterDoubleDashIsAnArgument() throws {
        #expect(try parse(["--", "--help"]).argument("model") == "--help")
    }

    @Test func integerValues() throws {
        var parsed = ParsedArguments()
        parsed.options["contexts"] = ["4"]
        #expect(try parsed.integer("contexts", in: 1...10, expected: "1 to 10") == 4)
        parsed.options["contexts"] = ["zero"]
        #expect(throws: UsageError("'zero' is not a valid value for '--contexts'; expected 1 to 10")) {
            try parsed.integer("contexts", in: 1...10, expected: "1 to 10")
        }
    }
}
