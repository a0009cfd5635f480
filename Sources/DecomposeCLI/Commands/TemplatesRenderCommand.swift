import DecomposeCore
import DecomposeScaffold
import Foundation
import TemplateEngine

/// `decompose templates render <template> --data <file> [--partials <dir>]`: renders one Mustache
/// template with JSON data to standard output, for template authors.
struct TemplatesRenderCommand: Command {
    static let configuration = CommandConfiguration(
        name: "templates render",
        abstract: "Render one Mustache template with JSON data.",
        discussion:
            "Renders the template with the JSON file as its data and prints the result unchanged. The engine "
            + "follows the Mustache specification: {{name}} escapes HTML (& \" < >), {{{name}}} and {{& name}} "
            + "do not, sections repeat over lists and skip null, false and empty lists, and {{> name}} includes "
            + "a partial. With --partials, every '*.mustache' file of that folder is a partial named after the "
            + "file without its extension.\n\n"
            + "A template error is printed as 'template:line:column: error: message [id]' with the line and a "
            + "caret, and exits with 65; a missing file exits with 66.",
        arguments: [templateArgument],
        options: [dataOption, partialsOption])

    static let templateArgument = ArgumentDefinition("template", help: "The Mustache template file to render.")
    static let dataOption = OptionDefinition.value(
        "data", valueName: "file", help: "The JSON file to render with (required; '-' for standard input).")
    static let partialsOption = OptionDefinition.value(
        "partials", valueName: "dir", help: "A folder of '*.mustache' partials, named by file name.")

    /// The extension of partial files.
    static let partialExtension = "mustache"

    var template: String
    var data: String
    var partials: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        template = try arguments.required(Self.templateArgument)
        data = try arguments.required(Self.dataOption)
        partials = arguments.value(Self.partialsOption)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let templateText = try FileAccess.read(template)
        let dataPath = data == "-" ? "<stdin>" : data
        let dataText = try FileAccess.read(data)
        var templates: [String: String] = [:]
        var paths: [String: String] = [:]
        for (name, path) in try partialFiles() {
            templates[name] = try FileAccess.read(path)
            paths[name] = path
        }
        templates[template] = templateText
        paths[template] = template

        let (json, diagnostics) = JSONParser().parse(dataText, path: dataPath)
        context.report(diagnostics, sources: [dataPath: dataText])
        guard let json, !diagnostics.containsErrors else { throw CommandFailure(.badInput) }

        do throws(MustacheError) {
            let library = try MustacheLibrary(templates: templates)
            context.write(try library.render(template, data: MustacheValue(json)), .standardOutput)
        } catch {
            let path = paths[error.template] ?? error.template
            var sources: [String: String] = [:]
            for (name, text) in templates { sources[paths[name] ?? name] = text }
            let location = SourceRange(start: SourceLocation(file: path, line: error.line, column: error.column))
            context.report([.error(error.id, error.message, at: location)], sources: sources)
            throw CommandFailure(.badInput)
        }
    }

    /// The partials of `--partials` as (name, path), sorted by name.
    private func partialFiles() throws(CommandFailure) -> [(name: String, path: String)] {
        guard let partials else { return [] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: partials, isDirectory: &isDirectory), isDirectory.boolValue,
            let entries = try? FileManager.default.contentsOfDirectory(atPath: partials)
        else {
            throw CommandFailure(.inputMissing, "no such folder '\(partials)'")
        }
        let folder = partials.hasSuffix("/") ? partials : partials + "/"
        return entries.sorted().compactMap { entry in
            let url = URL(fileURLWithPath: entry)
            guard url.pathExtension == Self.partialExtension else { return nil }
            return (url.deletingPathExtension().lastPathComponent, folder + entry)
        }
    }
}
