import TemplateEngine

/// Plans the workspace files around the services: their names, folders, ports and routes, and the
/// data the `workspace/**` templates fill in (keys documented in /work/notes/scaffold.md).
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
    static let containerPort = 8080

    var options: ScaffoldOptions

    /// The services of `decomposition`, sorted by service name; a name two contexts would share gets
    /// `-2`, `-3`, … in the order of the context names.
    static func services(of decomposition: Decomposition) -> [Service] {
        var taken: Set<String> = ["gateway"]
        var named: [(String, BoundedContext)] = []
        for context in decomposition.contexts.sorted(by: { $0.name < $1.name }) {
            let base = NameSanitizer.serviceName(context.name)
            var name = base
            var suffix = 2
            while taken.contains(name) {
                name = String(base.prefix(60)) + "-\(suffix)"
                suffix += 1
            }
            taken.insert(name)
            named.append((name, context))
        }
        return named.sorted { $0.0 < $1.0 }.enumerated().map { index, entry in
            Service(
                context: entry.1, name: entry.0, folder: "services/" + entry.0, hostPort: gatewayPort + 1 + index,
                portVariable: entry.0.uppercased().replacingDashes() + "_PORT")
        }
    }

    /// The workspace files, with one data object shared by all of them.
    func files(decomposition: Decomposition, services: [Service]) -> [PlannedFile] {
        let data = self.data(decomposition: decomposition, services: services)
        let paths = ["docker-compose.yml", "gateway/nginx.conf", ".env.example", ".gitignore", "README.md"]
        var files = paths.map { PlannedFile(path: $0, template: "workspace/\($0).mustache", data: data) }
        files.append(
            PlannedFile(
                path: "decomposition.json", template: "workspace/decomposition.json.mustache",
                data: .object(["json": .string(JSONReportRenderer().render(decomposition))])))
        return files
    }

    private func data(decomposition: Decomposition, services: [Service]) -> MustacheValue {
        let system = decomposition.system.isEmpty ? "System" : decomposition.system
        let serviceOfContext = Dictionary(
            services.map { ($0.context.name, $0.name) }, uniquingKeysWith: { first, _ in first })
        return .object([
            "system": .string(system),
            "projectName": .string(NameSanitizer.serviceName(system)),
            "framework": .string(options.framework.rawValue),
            "frameworkTitle": .string(options.framework == .vapor ? "Vapor 4" : "Hummingbird 2"),
            "gatewayPort": .number(String(Self.gatewayPort)),
            "containerPort": .number(String(Self.containerPort)),
            "gatewayPortBinding": .string("${GATEWAY_PORT:-\(Self.gatewayPort)}:\(Self.containerPort)"),
            "services": .list(services.enumerated().map { serviceData($1, isLast: $0 == services.count - 1) }),
            "hasRelationships": .bool(!decomposition.relationships.isEmpty),
            "relationships": .list(
                decomposition.relationships.map { relationship in
                    .object([
                        "upstream": .string(relationship.upstream),
                        "downstream": .string(relationship.downstream),
                        "upstreamService": .string(serviceOfContext[relationship.upstream] ?? ""),
                        "downstreamService": .string(serviceOfContext[relationship.downstream] ?? ""),
                        "pattern": .string(relationship.pattern.title),
                        "reasons": .string(relationship.reasons.joined(separator: "; ")),
                        "crossings": .string(relationship.crossings.joined(separator: "; ")),
                    ])
                }),
            "hasSagas": .bool(!decomposition.sagas.isEmpty),
            "sagas": .list(
                decomposition.sagas.map { saga in
                    .object([
                        "useCase": .string(saga.useCase),
                        "contexts": .string(saga.steps.map(\.context).joined(separator: " → ")),
                        "reason": .string(saga.reason),
                    ])
                }),
        ])
    }

    private func serviceData(_ service: Service, isLast: Bool) -> MustacheValue {
        let context = service.context
        func listed(_ names: [String]) -> MustacheValue { .string(names.isEmpty ? "—" : names.joined(separator: ", ")) }
        return .object([
            "contextName": .string(context.name),
            "serviceName": .string(service.name),
            "folder": .string(service.folder),
            "hostPort": .number(String(service.hostPort)),
            "portVariable": .string(service.portVariable),
            "hostPortBinding": .string(
                "127.0.0.1:${\(service.portVariable):-\(service.hostPort)}:\(Self.containerPort)"),
            "containerPort": .number(String(Self.containerPort)),
            "gatewayPath": .string("/api/\(service.name)/"),
            "entities": listed(context.entities),
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
