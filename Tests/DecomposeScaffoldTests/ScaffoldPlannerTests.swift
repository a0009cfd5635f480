import DecomposeTestSupport
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

@Suite struct ScaffoldPlannerTests {
    private func plan(_ contexts: [(String, [String])], framework: Framework = .hummingbird) throws -> ScaffoldPlan {
        let model = ScaffoldModels.shop
        let text = ScaffoldModels.decompositionJSON(contexts)
        let decomposition = try #require(
            DecompositionFileReader().read(text, path: "d.json", model: model).decomposition)
        return ScaffoldPlanner(options: ScaffoldOptions(framework: framework)).plan(
            model: model, decomposition: decomposition)
    }

    @Test func plansEveryServiceUnderItsDNSNameAndTheWorkspaceFiles() throws {
        let plan = try plan([("Sales", ["Order", "OrderLine", "Customer"]), ("Catalog Items", ["Product"])])
        let paths = plan.files.map(\.path)
        #expect(paths == paths.sorted())
        for workspaceFile in [
            ".env.example", ".gitignore", "README.md", "decomposition.json", "docker-compose.yml", "gateway/nginx.conf",
            "services/Package.swift", "chassis/Package.swift",
        ] {
            #expect(paths.contains(workspaceFile))
        }
        let serviceFolders = Set(
            paths.filter { $0.hasPrefix("services/") && $0 != "services/Package.swift" }.map {
                $0.split(separator: "/")[1]
            })
        #expect(serviceFolders == ["catalog-items", "sales"])
        #expect(plan.files.allSatisfy { ScaffoldPath.problem(with: $0.path) == nil })
    }

    @Test func givesDeterministicPortsInServiceNameOrder() throws {
        let plan = try plan([("Sales", ["Order", "OrderLine", "Customer"]), ("Catalog", ["Product"])])
        let compose = try #require(plan.files.first { $0.path == "docker-compose.yml" })
        guard case .object(let data) = compose.data, case .list(let services)? = data["services"] else {
            Issue.record("no services in the compose data")
            return
        }
        let ports = services.compactMap { service -> String? in
            guard case .object(let fields) = service, case .string(let name)? = fields["serviceName"],
                case .number(let port)? = fields["hostPort"]
            else { return nil }
            return "\(name)=\(port)"
        }
        #expect(ports == ["catalog=8081", "sales=8082"])
    }

    @Test func contextsWhoseNamesCollideGetDistinctServices() throws {
        let plan = try plan([("Sales", ["Order", "OrderLine", "Customer"]), ("sales", ["Product"])])
        let folders = Set(
            plan.files.map(\.path).filter { $0.hasPrefix("services/") && $0 != "services/Package.swift" }.map {
                $0.split(separator: "/")[1]
            })
        #expect(folders.count == 2)
    }

    @Test(arguments: ["Chassis", "services"])
    func contextsNamedLikeTheSharedPackagesGetOtherServiceNames(name: String) throws {
        let plan = try plan([(name, ["Order", "OrderLine", "Customer"]), ("Catalog", ["Product"])])
        let folders = Set(
            plan.files.map(\.path).filter { $0.hasPrefix("services/") && $0 != "services/Package.swift" }.map {
                $0.split(separator: "/")[1]
            })
        #expect(folders.map(String.init).sorted() == ["catalog", name.lowercased() + "-2"])
    }

    @Test(arguments: ["../etc", "/abs", "Ünïcødé Kontext", "class", ".decompose", "gateway", "postgres"])
    func hostileContextNamesStaySafe(name: String) throws {
        let plan = try plan([(name, ["Order", "OrderLine", "Customer"]), ("Catalog", ["Product"])])
        #expect(plan.files.allSatisfy { ScaffoldPath.problem(with: $0.path) == nil })
        #expect(
            plan.files.allSatisfy {
                $0.path.hasPrefix("services/") || $0.path.hasPrefix("chassis/") || !$0.path.contains("/")
                    || ["gateway/nginx.conf", "postgres/init-databases.sh"].contains($0.path)
            })
        let compose = try #require(plan.files.first { $0.path == "docker-compose.yml" })
        guard case .object(let data) = compose.data, case .string(let gateway)? = data["gatewayService"],
            case .string(let postgres)? = data["postgresService"], case .list(let services)? = data["services"]
        else {
            Issue.record("no gateway in the compose data")
            return
        }
        let serviceNames = services.compactMap { service -> String? in
            guard case .object(let fields) = service, case .string(let name)? = fields["serviceName"] else {
                return nil
            }
            return name
        }
        #expect(!serviceNames.contains(gateway))
        #expect(!serviceNames.contains(postgres))
        #expect(gateway != postgres)
    }

    @Test func theSameInputGivesTheSamePlan() throws {
        let contexts = [("Sales", ["Order", "OrderLine", "Customer"]), ("Catalog", ["Product"])]
        #expect(try plan(contexts) == plan(contexts))
    }
}
