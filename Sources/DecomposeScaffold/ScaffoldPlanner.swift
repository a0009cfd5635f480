import DecomposeCore
import TemplateEngine

/// Plans a whole scaffold: one service package per bounded context under `services/<service-name>/`
/// (planned by `ServicePlanner`), the chassis package they share under `chassis/` (`ChassisPlanner`), and the
/// workspace around them (`WorkspacePlanner`): `services/Package.swift` (one build for every service),
/// `docker-compose.yml`, `gateway/nginx.conf`, `.env.example`, `.gitignore`, `README.md` and `decomposition.json`.
///
/// Every path is decided here and checked by `ScaffoldPath`; the same input gives the same plan.
public struct ScaffoldPlanner: Sendable {
    public var options: ScaffoldOptions

    public init(options: ScaffoldOptions = ScaffoldOptions()) {
        self.options = options
    }

    /// The files of the scaffold of `model` split as `decomposition` says, sorted by path; each service
    /// gets one file per template of its framework among `templateNames` (the embedded ones by default).
    public func plan(
        model: DomainModel, decomposition: Decomposition, templateNames: [String] = Array(DefaultTemplates.files.keys)
    ) -> ScaffoldPlan {
        let services = WorkspacePlanner.services(of: decomposition)
        var files: [PlannedFile] = []
        let servicePlanner = ServicePlanner(options: options)
        let contracts = EventContracts(model: model, decomposition: decomposition)
        for service in services {
            files += servicePlanner.plan(
                model: model, context: service.context, serviceName: service.name, contracts: contracts,
                templateNames: templateNames)
        }
        let workspace = WorkspacePlanner(options: options)
        files += ChassisPlanner().files(
            projectName: workspace.projectName(of: decomposition), templateNames: templateNames)
        files += workspace.files(model: model, decomposition: decomposition, services: services)
        return ScaffoldPlan(files: files.sorted { $0.path < $1.path })
    }
}
