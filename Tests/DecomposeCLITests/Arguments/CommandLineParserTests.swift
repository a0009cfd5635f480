import Testing

@testable import DecomposeCLI

@Suite struct CommandLineParserTests {
    static let model = ArgumentDefinition("model", help: "A model.")
    static let extra = ArgumentDefinition("extra", help: "More.", isOptional: true)
    static let format = OptionDefinition.value(
        "format", valueName: "format", help: "Format.", allowedValues: ["text", "json", "markdown"])
    static let output = OptionDefinition.value("output", short: "o", valueName: "file", help: "Output.")
    static let explain = OptionDefinition.value("explain", valueName: "entity", help: "Explain.", isRepeatable: true)
    static let force = OptionDefinition.flag("force", short: "f", help: "Force.")
    static let contexts = OptionDefinition.value("contexts", valueName: "n", help: "Contexts.")
    static let level = OptionDefinition.value("level", valueName: "n", help: "Level.", defaultValue: "3")

    /// A command with every kind of declaration the parser handles.
    static let configuration = CommandConfiguration(
        name: "sample", abstract: "A sample.", arguments: [model, extra], options: [format, output, explain, force])

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
        #expect(parsed.value(Self.format) == "json")
        #expect(parsed.value(Self.output) == "out.txt")
        #expect(parsed.argument(Self.model) == "m.domain")
        #expect(parsed.argument(Self.extra) == nil)
    }

    @Test func shortOptionsWithSeparateOrAttachedValue() throws {
        #expect(try parse(["m", "-o", "a.txt"]).value(Self.output) == "a.txt")
        #expect(try parse(["m", "-ob.txt"]).value(Self.output) == "b.txt")
        #expect(try parse(["m", "-f"]).flag(Self.force))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["--", "--format", "-o"])
        #expect(parsed.argument(Self.model) == "--format")
        #expect(parsed.argument(Self.extra) == "-o")
        #expect(parsed.options.isEmpty)
    }

    @Test func loneDashIsPositional() throws {
        #expect(try parse(["-"]).argument(Self.model) == "-")
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() throws {
        #expect(try parse(["m", "--explain", "A", "--explain=B"]).values(Self.explain) == ["A", "B"])
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
        #expect(try parse(["--", "--help"]).argument(Self.model) == "--help")
    }

    @Test func anOptionNotGivenHasItsDefaultAndARequiredOneIsNamed() throws {
        let parsed = try parse(["m"])
        #expect(parsed.value(Self.level) == "3")
        #expect(parsed.value(Self.output) == nil)
        #expect(throws: UsageError("missing required option '--output <file>'")) { try parsed.required(Self.output) }
        #expect(throws: UsageError("missing expected argument '<extra>'")) { try parsed.required(Self.extra) }
    }

    @Test func integerValues() throws {
        var parsed = ParsedArguments()
        parsed.options["contexts"] = ["4"]
        #expect(try parsed.integer(Self.contexts, in: 1...10, expected: "1 to 10") == 4)
        parsed.options["contexts"] = ["zero"]
        #expect(throws: UsageError("'zero' is not a valid value for '--contexts'; expected 1 to 10")) {
            try parsed.integer(Self.contexts, in: 1...10, expected: "1 to 10")
        }
    }
}
