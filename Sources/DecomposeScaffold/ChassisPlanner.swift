import DecomposeCore
import TemplateEngine

/// Plans the microservice chassis: the local package `chassis/` that every service of the system depends on by path
/// (`../../chassis`), holding the framework-neutral code they share (settings, lifecycle, problem+json errors,
/// request ids, paging, repositories), so that it is generated once per system rather than copied into each service.
///
/// Which files exist follows from the templates: each one under `chassis/` yields one file at the same path.
struct ChassisPlanner: Sendable {
    /// The chassis's folder in the scaffold, and so its SwiftPM package identity.
    static let folder = "chassis"

    /// The chassis's files, one per template among `templateNames` under `chassis/`, sorted by path.
    func files(projectName: String, templateNames: [String]) -> [PlannedFile] {
        let data = MustacheValue.object(["projectName": .string(projectName)])
        let prefix = Self.folder + "/"
        return templateNames.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".mustache") }.sorted().map { template in
            PlannedFile(path: String(template.dropLast(".mustache".count)), template: template, data: data)
        }
    }
}
