/// One JDL `application`: the gateway, or a microservice for one suggested bounded context.
struct JDLApplication: Sendable {
    /// `baseName`: the context's name (so the application reads back as a pin to the same context).
    var baseName: String
    /// `gateway` or `microservice`.
    var applicationType: String
    var packageName: String
    var serverPort: Int
    /// The rest of `config`, in the order written: database, authentication, service discovery.
    var settings: [(name: String, value: String)]
    /// The entities it owns; the gateway lists none and is written with `entities *`.
    var entities: [String]

    /// The port of the gateway; services follow it in the order of the decomposition's contexts.
    static let gatewayPort = 8080

    /// The gateway and one microservice per context of `decomposition`, in its order: distinct ports from
    /// 8081, package `com.<system>.<application>`, the database each context's entities ask for.
    static func plan(model: DomainModel, decomposition: Decomposition) -> [JDLApplication] {
        let contextNames = Set(decomposition.contexts.map(\.name))
        var gatewayName = model.system.name
        var suffix = 1
        while contextNames.contains(gatewayName) {
            gatewayName = model.system.name + "Gateway" + (suffix == 1 ? "" : String(suffix))
            suffix += 1
        }
        let system = packageSegment(model.system.name)
        let common = [("authenticationType", "jwt"), ("serviceDiscoveryType", "consul")]
        let entities = Dictionary(model.entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var applications = [
            JDLApplication(
                baseName: gatewayName, applicationType: "gateway",
                packageName: "com.\(system).\(packageSegment(gatewayName))", serverPort: gatewayPort,
                settings: [("clientFramework", "angular")] + common, entities: [])
        ]
        for (offset, context) in decomposition.contexts.enumerated() {
            applications.append(
                JDLApplication(
                    baseName: context.name, applicationType: "microservice",
                    packageName: "com.\(system).\(packageSegment(context.name))", serverPort: gatewayPort + 1 + offset,
                    settings: databaseSettings(context.entities.compactMap { entities[$0] }) + common,
                    entities: context.entities))
        }
        return applications
    }

    /// `databaseType` (and for SQL `prodDatabaseType`) from the storage most of the entities declare:
    /// document → mongodb, graph → neo4j, key-value → cassandra, anything else → PostgreSQL.
    private static func databaseSettings(_ entities: [Entity]) -> [(String, String)] {
        var counts: [StorageKind: Int] = [:]
        for storage in entities.compactMap(\.characteristics.storage) { counts[storage, default: 0] += 1 }
        let dominant = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.first?.key
        switch dominant {
        case .document: return [("databaseType", "mongodb")]
        case .graph: return [("databaseType", "neo4j")]
        case .keyValue: return [("databaseType", "cassandra")]
        default: return [("databaseType", "sql"), ("prodDatabaseType", "postgresql")]
        }
    }

    /// A Java package segment: the name's ASCII letters and digits, lower-cased, starting with a letter.
    static func packageSegment(_ name: String) -> String {
        let kept = String(
            name.unicodeScalars.filter { ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
        )
        .lowercased()
        guard let first = kept.unicodeScalars.first else { return "app" }
        return ("a"..."z").contains(first) ? kept : "app" + kept
    }
}
