/// The deployments a JDL file ends with: the model's own, and a docker-compose one for the applications
/// written unless the model already has one.
enum JDLDeployments {
    /// The `appsFolders` option's name.
    static let appsFolders = "appsFolders"

    /// `kept` with every `appsFolders` list brought up to date (the folders that are still applications, in
    /// their order, then the new applications), and a docker-compose deployment of `applications` appended
    /// when none is kept; a kept docker-compose deployment without `appsFolders` gains it first.
    static func merged(_ kept: [Deployment], applications: [String]) -> [Deployment] {
        var deployments = kept.map { deployment in
            var deployment = deployment
            for index in deployment.options.indices where deployment.options[index].name == appsFolders {
                if case .list(let folders) = deployment.options[index].value {
                    deployment.options[index].value = .list(updated(folders, applications: applications))
                }
            }
            return deployment
        }
        let folders = DeploymentOption(name: appsFolders, value: .list(applications))
        if let compose = deployments.firstIndex(where: { $0.type == "docker-compose" }) {
            if !deployments[compose].options.contains(where: { $0.name == appsFolders }) {
                deployments[compose].options.insert(folders, at: 0)
            }
        } else {
            deployments.append(
                Deployment(
                    type: "docker-compose",
                    options: [folders, DeploymentOption(name: "serviceDiscoveryType", value: .single("consul"))]))
        }
        return deployments
    }

    private static func updated(_ folders: [String], applications: [String]) -> [String] {
        let current = Set(applications)
        var seen: Set<String> = []
        let kept = folders.filter { current.contains($0) && seen.insert($0).inserted }
        return kept + applications.filter { !seen.contains($0) }
    }

    /// The `deployment { … }` block of `deployment`.
    static func text(of deployment: Deployment) -> String {
        let options = deployment.options.map { option in
            let value =
                switch option.value {
                case .single(let text): JDLSyntax.value(text)
                case .list(let items): "[" + items.map(JDLSyntax.value).joined(separator: ", ") + "]"
                }
            return "  \(option.name) \(value)"
        }
        let lines = ["  deploymentType \(JDLSyntax.value(deployment.type))"] + options
        return JDLSyntax.javadoc(deployment.doc) + "deployment {\n" + lines.joined(separator: "\n") + "\n}"
    }
}
