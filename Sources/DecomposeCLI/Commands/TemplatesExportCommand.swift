import DecomposeCore
import DecomposeScaffold
import Foundation

/// `decompose templates export <dir> [--force]`: writes the embedded default templates, to start
/// customising from.
struct TemplatesExportCommand: Command {
    static let configuration = CommandConfiguration(
        name: "templates export",
        abstract: "Write the default scaffold templates to a folder.",
        discussion:
            "Writes every template 'decompose scaffold' uses, laid out as in the repository's Templates/ folder "
            + "(the path of the file a template produces, plus '.mustache'). Edit or delete them, then pass the "
            + "folder to 'decompose scaffold --templates': each file there replaces the default of the same path, "
            + "and the defaults fill in the rest. Existing files are never overwritten without --force.",
        arguments: [directoryArgument],
        options: [forceOption])

    static let directoryArgument = ArgumentDefinition("dir", help: "The folder to write the templates into.")
    static let forceOption = OptionDefinition.flag("force", help: "Overwrite templates that exist in the folder.")

    var directory: String
    var force: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        directory = try arguments.required(Self.directoryArgument)
        force = arguments.flag(Self.forceOption)
    }

    func run(in context: CommandContext) throws(CommandFailure) {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        let names = DefaultTemplates.files.keys.sorted()
        if !force {
            let existing = names.map { folder + $0 }.filter(FileAccess.exists)
            if let first = existing.first {
                let others = existing.count > 1 ? " (and \(existing.count - 1) more)" : ""
                throw CommandFailure(.cannotWrite, "'\(first)'\(others) already exists; pass --force to overwrite")
            }
        }
        for name in names {
            let path = folder + name
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure(.cannotWrite, "cannot create folder '\(parent)'")
            }
            try FileAccess.write(DefaultTemplates.files[name]!, to: path)
        }
        context.write(
            "Wrote \(names.count) \(names.count == 1 ? "template" : "templates") to \(directory). "
                + "Edit them, then run '\(DecomposeTool.name) scaffold MODEL -o DIR --templates \(directory)'.\n",
            .standardOutput)
    }
}
