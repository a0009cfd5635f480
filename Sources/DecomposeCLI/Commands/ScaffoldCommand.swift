import DecomposeCore
import DecomposeScaffold

/// `decompose scaffold <model> -o <dir>`: writes one service package per bounded context and the
/// workspace around them, safely re-runnable.
struct ScaffoldCommand: Command {
    static let configuration = CommandConfiguration(
        name: "scaffold",
        abstract: "Generate runnable services per bounded context, with a gateway.",
        discussion:
            "Writes into the output folder one SwiftPM package per context under services/<name>/ "
            + "(contract-first from its openapi.yaml, with Dockerfile and tests), docker-compose.yml with an "
            + "nginx gateway routing /api/<name>/, .env.example, README.md and decomposition.json. It uses the "
            + "suggested decomposition, or --decomposition: the JSON 'analyze --format json' prints, edited.\n\n"
            + "Re-running is safe: files you have not touched are updated, files you edited or made are left "
            + "alone and reported (--force overwrites them), nothing is deleted, and nothing is written outside "
            + "the output folder. .decompose/manifest.json records what was generated.",
        arguments: [modelArgument],
        options: [outputOption, frameworkOption, templatesOption, dryRunOption, forceOption]
            + DecompositionSettings.options + ModelOptions.options)

    static let modelArgument = ArgumentDefinition(
        "model", help: "The model (.domain, .json, .jdl, .cml or a Service Cutter .json).")
    static let outputOption = OptionDefinition.value(
        "output", short: "o", valueName: "dir", help: "The folder to generate into (required).")
    static let frameworkOption = OptionDefinition.value(
        "framework", valueName: "framework", help: "The web framework of the services.",
        allowedValues: Framework.allCases.map(\.rawValue), defaultValue: Framework.hummingbird.rawValue)
    static let templatesOption = OptionDefinition.value(
        "templates", valueName: "dir",
        help: "Templates overriding the embedded ones file by file (same relative path, .mustache).")
    static let dryRunOption = OptionDefinition.flag("dry-run", help: "Print what would be written, and write nothing.")
    static let forceOption = OptionDefinition.flag("force", help: "Overwrite files that were edited or made by hand.")

    var model: ModelOptions
    var output: String
    var framework: Framework
    var templatesPath: String?
    var dryRun: Bool
    var force: Bool
    var settings: DecompositionSettings

    init(_ arguments: ParsedArguments) throws(UsageError) {
        model = try ModelOptions(arguments, model: Self.modelArgument)
        output = try arguments.required(Self.outputOption)
        guard !output.isEmpty else {
            throw UsageError("missing required option '\(Self.outputOption.synopsis)'")
        }
        framework = arguments.choice(Self.frameworkOption, as: Framework.self)
        templatesPath = arguments.value(Self.templatesOption)
        dryRun = arguments.flag(Self.dryRunOption)
        force = arguments.flag(Self.forceOption)
        settings = try DecompositionSettings(arguments)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let input = try model.load(in: context)
        let decomposition = try settings.decomposition(of: input, in: context)
        let templates = try TemplateSource.templates(overriddenBy: templatesPath, in: context)
        let plan = ScaffoldPlanner(options: ScaffoldOptions(framework: framework)).plan(
            model: input.model, decomposition: decomposition, templateNames: Array(templates.files.keys))
        let rendered = ScaffoldRenderer().render(plan, templates: templates.files)
        context.report(rendered.diagnostics, sources: templates.sources)
        guard let files = rendered.files else { throw CommandFailure(.badInput) }
        let workspace = try ScaffoldWorkspace(root: output)
        let changes = try workspace.changes(for: files, force: force)
        if !dryRun {
            try workspace.apply(changes, of: files)
        }
        context.write(report(changes), .standardOutput)
    }

    private func report(_ changes: [ScaffoldChange]) -> String {
        var text = dryRun ? "dry run: nothing was written; this is what would happen in '\(output)':\n" : ""
        for change in changes { text += change.summary + "\n" }
        var counts: [String: Int] = [:]
        for change in changes {
            let key =
                switch change.kind {
                case .created: "created"
                case .updated: "updated"
                case .unchanged: "unchanged"
                case .overwritten: "overwritten"
                case .leftAlone: "left alone"
                case .noLongerGenerated: "kept"
                }
            counts[key, default: 0] += 1
        }
        let order = ["created", "updated", "unchanged", "overwritten", "left alone", "kept"]
        text += order.compactMap { key in counts[key].map { "\($0) \(key)" } }.joined(separator: ", ") + "\n"
        return text
    }
}
