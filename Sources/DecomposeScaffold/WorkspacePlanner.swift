import DecomposeCore
import TemplateEngine

/// Plans the workspace files around the services: their names, folders, ports and routes, and the
/// data the `workspace/**` templates fill in (every key is documented in the TemplateData article).
///
/// Ports are deterministic: the gateway listens on 8080 on the host, the services on 8081, 8082, …
/// in the order of their service names; inside its container every service listens on 8080.
struct WorkspacePlanner: Sendable {
    /// One bounded context as a deployable service.
    struct Service: Sendable {
        var context: BoundedContext
        /// DNS-safe, unique among the services: compose service name, gateway upstream, `/api/<name>/`.
        var name: String
        /// `services/<name>`.
        var folder: String
        var hostPort: Int
        /// The `.env` variable holding the host port: `ORDERING_PORT`.
        var portVariable: String
    }

    static let gatewayPort = 8080
    static let containerPort = ServicePlanner.port

    var options: ScaffoldOptions

    /// The services of `decomposition` under the names `ServicePlanner` gives them, sorted by name.
    static func services(of decomposition: Decomposition) -> [Service] {
        let names = ServicePlanner.serviceNames(of: decomposition)
        let named = decomposition.contexts.map { ($0, names[$0.name] ?? NameSanitizer.serviceName($0.name)) }
        return named.sorted { $0.1 < $1.1 }.enumerated().map { index, entry in
            Service(
                context: entry.0, name: entry.1, folder: "services/" + entry.1, hostPort: gatewayPort + 1 + index,
                portVariable: entry.1.uppercased().replacingDashes() + "_PORT")
        }
    }

    /// The compose service name of a part of the workspace (`gateway`, `postgres`): the name, or `gateway-2`, … when
    /// a context took it.
    static func composeName(_ base: String, besides services: [Service]) -> String {
        var names = UniqueNames(reserved: Set(services.map(\.name)))
        return names.claim(base, separator: "-")
    }

    /// The workspace files, with one data object shared by all of them.
    func files(model: DomainModel, decomposition: Decomposition, services: [Service]) -> [PlannedFile] {
        let data = self.data(model: model, decomposition: decomposition, services: services)
        let paths = [
            "docker-compose.yml", "gateway/nginx.conf", ".env.example", ".gitignore", "README.md",
            "services/Package.swift", "postgres/init-databases.sh",
        ]
        var files = paths.map {
            PlannedFile(path: $0, template: "workspace/\($0).mustache", data: data, executable: $0.hasSuffix(".sh"))
        }
        files.append(
            PlannedFile(
                path: "decomposition.json", template: "workspace/decomposition.json.mustache",
                data: .object(["json": .string(JSONReportRenderer().render(decomposition))])))
        return files
    }

    /// Every event some service publishes or reacts to, in name order: which services publish it and which react,
    /// each with the use cases that do.
    static func events(of model: DomainModel, services: [Service]) -> [MustacheValue] {
        let traffic = services.map {
            (service: $0, traffic: AsyncAPIBuilder.Traffic(model: model, context: $0.context))
        }
        let names = Set(traffic.flatMap(\.traffic.events)).sorted()
        return names.map { event in
            let side = { (useCasesOf: (AsyncAPIBuilder.Traffic) -> [String]?) -> String in
                let parts = traffic.compactMap { entry in
                    useCasesOf(entry.traffic).map { "\(entry.service.name) (\(Phrase.list($0)))" }
                }
                return parts.isEmpty ? "none" : parts.joined(separator: ", ")
            }
            return .object([
                "nameMarkdown": .string(MarkdownText.plain(event)),
                "publishersMarkdown": .string(MarkdownText.plain(side { $0.publishers[event] })),
                "subscribersMarkdown": .string(MarkdownText.plain(side { $0.handlers[event] })),
            ])
        }
    }

    /// The system's name as a DNS-safe name: the compose project and the chassis's doc comment.
    func projectName(of decomposition: Decomposition) -> String {
        NameSanitizer.serviceName(systemName(of: decomposition))
    }

    private func systemName(of decomposition: Decomposition) -> String {
        decomposition.system.isEmpty ? "System" : decomposition.system
    }

    private func data(model: DomainModel, decomposition: Decomposition, services: [Service]) -> MustacheValue {
        let events = Self.events(of: model, services: services)
        let system = systemName(of: decomposition)
        let serviceOfContext = Dictionary(
            services.map { ($0.context.name, $0.name) }, uniquingKeysWith: { first, _ in first })
        return .object([
            "system": .string(MarkdownText.plain(system)),
            "projectName": .string(projectName(of: decomposition)),
            "systemComment": .string(MarkdownText.comment(system)),
            "framework": .string(options.framework.rawValue),
            "frameworkTitle": .string(options.framework.title),
            "gatewayPort": .number(String(Self.gatewayPort)),
            "gatewayService": .string(Self.composeName("gateway", besides: services)),
            "postgresService": .string(Self.composeName("postgres", besides: services)),
            "containerPort": .number(String(Self.containerPort)),
            "gatewayPortBinding": .string("${GATEWAY_PORT:-\(Self.gatewayPort)}:\(Self.containerPort)"),
            "services": .list(services.enumerated().map { serviceData($1, isLast: $0 == services.count - 1) }),
            "hasRelationships": .bool(!decomposition.relationships.isEmpty),
            "relationships": .list(
                decomposition.relationships.map { relationship in
                    .object([
                        "upstream": .string(MarkdownText.plain(relationship.upstream)),
                        "downstream": .string(MarkdownText.plain(relationship.downstream)),
                        "upstreamService": .string(serviceOfContext[relationship.upstream] ?? ""),
                        "downstreamService": .string(serviceOfContext[relationship.downstream] ?? ""),
                        "pattern": .string(relationship.pattern.title),
                        "reasons": .string(MarkdownText.plain(relationship.reasons.joined(separator: "; "))),
                        "crossings": .string(MarkdownText.plain(relationship.crossings.joined(separator: "; "))),
                    ])
                }),
            "hasEvents": .bool(!events.isEmpty),
            "events": .list(events),
            "hasSagas": .bool(!decomposition.sagas.isEmpty),
            "sagas": .list(
                decomposition.sagas.map { saga in
                    .object([
                        "useCase": .string(MarkdownText.plain(saga.useCase)),
                        "contexts": .string(MarkdownText.plain(saga.steps.map(\.context).joined(separator: " → "))),
                        "reason": .string(MarkdownText.plain(saga.reason)),
                    ])
                }),
        ])
    }

    private func serviceData(_ service: Service, isLast: Bool) -> MustacheValue {
        let context = service.context
        let passwordVariable = service.name.uppercased().replacingDashes() + "_DB_PASSWORD"
        func listed(_ names: [String]) -> MustacheValue {
            .string(names.isEmpty ? "—" : MarkdownText.plain(names.joined(separator: ", ")))
        }
        return .object([
            "contextName": .string(MarkdownText.plain(context.name)),
            "contextNameComment": .string(MarkdownText.comment(context.name)),
            "serviceName": .string(service.name),
            "folder": .string(service.folder),
            "packageIdentity": .string(service.name),
            "executableName": .string(ServicePlanner.executableName(of: service.name)),
            "databaseName": .string(ServicePlanner.databaseName(of: service.name)),
            "databasePasswordVariable": .string(passwordVariable),
            "databasePasswordReference": .string("${\(passwordVariable):?set \(passwordVariable) in .env}"),
            "hostPort": .number(String(service.hostPort)),
            "portVariable": .string(service.portVariable),
            "hostPortBinding": .string(
                "127.0.0.1:${\(service.portVariable):-\(service.hostPort)}:\(Self.containerPort)"),
            "containerPort": .number(String(Self.containerPort)),
            "gatewayPath": .string("/api/\(service.name)/"),
            "entities": listed(context.entities),
            "entitiesComment": .string(MarkdownText.comment(context.entities.joined(separator: ", "))),
            "aggregates": listed(context.aggregates),
            "useCases": listed(context.useCases),
            "owners": listed(context.owners),
            "isLast": .bool(isLast),
        ])
    }
}

extension String {
    /// The text with `-` replaced by `_` (service names into environment variable names).
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
