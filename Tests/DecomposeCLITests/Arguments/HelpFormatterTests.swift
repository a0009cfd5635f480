import DecomposeTestSupport
import Testing

@testable import DecomposeCLI

@Suite struct HelpFormatterTests {
    @Test func commandHelpHasTheArgumentParserSections() {
        let help = HelpFormatter.help(for: CommandLineParserTests.configuration)
        GoldenFile.assertMatches(help, "golden/help-sample.txt")
    }

    @Test func everyCommandHelpListsItsOptionsAndHelp() {
        for command in DecomposeTool.commands {
            let configuration = command.configuration
            let help = HelpFormatter.help(for: configuration)
            #expect(help.hasPrefix("OVERVIEW: \(configuration.abstract)"))
            #expect(help.contains("USAGE: decompose \(configuration.name)"))
            #expect(help.contains("  -h, --help              Show help information.\n"))
            for option in configuration.options {
                #expect(help.contains(option.helpLabel), "\(configuration.name) help lacks \(option.helpLabel)")
            }
        }
    }

    @Test func longLabelsMoveTheHelpToTheNextLine() {
        let configuration = CommandConfiguration(
            name: "x", abstract: "X.",
            options: [.value("a-very-long-option-name", valueName: "value", help: "Help.")])
        #expect(
            HelpFormatter.help(for: configuration).contains(
                "  --a-very-long-option-name <value>\n                          Help.\n"))
    }
}
