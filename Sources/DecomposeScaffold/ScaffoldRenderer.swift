import DecomposeCore
import TemplateEngine

/// Renders a scaffold plan with a template library into the files to write.
///
/// A missing template, an error in a template (reported at `template:line:column`) or a path that
/// could leave the output folder is a diagnostic; the files are `nil` when there is any.
public struct ScaffoldRenderer: Sendable {
    public init() {}

    /// Renders with a library built from `templates` (name → text); a template that does not parse
    /// is a diagnostic at its line and column.
    public func render(_ plan: ScaffoldPlan, templates: [String: String]) -> (
        files: [RenderedFile]?, diagnostics: [Diagnostic]
    ) {
        do {
            return render(plan, with: try MustacheLibrary(templates: templates))
        } catch {
            return (nil, [diagnostic(error)])
        }
    }

    public func render(_ plan: ScaffoldPlan, with library: MustacheLibrary) -> (
        files: [RenderedFile]?, diagnostics: [Diagnostic]
    ) {
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for file in plan.files {
            if let problem = ScaffoldPath.problem(with: file.path) {
                diagnostics.append(.error("scaffold.unsafePath", "refusing to generate \(problem)", at: nil))
                continue
            }
            guard seen.insert(file.path).inserted else {
                diagnostics.append(.error("scaffold.duplicatePath", "'\(file.path)' is planned twice", at: nil))
                continue
            }
            guard library.contains(file.template) else {
                diagnostics.append(
                    .error(
                        "template.missing", "no template '\(file.template)' (needed for '\(file.path)')", at: nil))
                continue
            }
            do {
                let text = try library.render(file.template, data: file.data)
                // A template that renders to nothing (the events code of a service that has none) yields no file.
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                files.append(RenderedFile(path: file.path, text: text, executable: file.executable))
            } catch {
                diagnostics.append(diagnostic(error))
            }
        }
        return diagnostics.containsErrors ? (nil, diagnostics) : (files, diagnostics)
    }

    /// The template error as a diagnostic with its own stable id (`template.tooDeep`, …) and place.
    private func diagnostic(_ error: MustacheError) -> Diagnostic {
        let location = SourceLocation(file: error.template, line: error.line, column: error.column)
        return .error(error.id, error.message, at: SourceRange(start: location))
    }
}
