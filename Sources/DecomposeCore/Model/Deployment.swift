/// How the services are deployed: a JHipster JDL `deployment` block, kept so that it can be written again.
///
/// The analysis does not read it. `type` is JDL's `deploymentType` (`docker-compose`, `kubernetes`,
/// `openshift`, …); every other option keeps its place and its spelling, so a deployment read from JDL,
/// the domain language or JSON is written back the same way.
public struct Deployment: Sendable, Hashable {
    /// JDL's `deploymentType`.
    public var type: String
    /// The options after the type, in source order: `appsFolders [store, invoice]`, `monitoring no`.
    public var options: [DeploymentOption]
    public var doc: String?
    public var location: SourceLocation?

    public init(type: String, options: [DeploymentOption] = [], doc: String? = nil, location: SourceLocation? = nil) {
        self.type = type
        self.options = options
        self.doc = doc
        self.location = location
    }
}

/// One option of a deployment: a name and a single value or a list of values.
public struct DeploymentOption: Sendable, Hashable {
    /// A single value (`monitoring no`) or a bracketed list (`appsFolders [store, invoice]`).
    public enum Value: Sendable, Hashable {
        case single(String)
        case list([String])
    }

    public var name: String
    public var value: Value
    public var location: SourceLocation?

    public init(name: String, value: Value, location: SourceLocation? = nil) {
        self.name = name
        self.value = value
        self.location = location
    }
}
