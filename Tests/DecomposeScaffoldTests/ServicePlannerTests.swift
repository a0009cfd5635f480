import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold
@testable import TemplateEngine

/// The files of one service: where they go, that they are the same on every run, and the data they get.
@Suite struct ServicePlannerTests {
    static let templates = [
        "service/hummingbird/Package.swift.mustache", "service/hummingbird/Sources/API/openapi.yaml.mustache",
        "service/hummingbird/Sources/API/API.swift.mustache", "service/hummingbird/Sources/App/App.swift.mustache",
        "service/hummingbird/Tests/AppTests/AppTests.swift.mustache", "service/common/.gitignore.mustache",
        "service/common/Package.swift.mustache",
        "service/vapor/Package.swift.mustache", "workspace/README.md.mustache",
    ]

    /// The name the scaffold gives the first context's service.
    static func name(_ decomposition: Decomposition) -> String {
        ServicePlanner.serviceNames(of: decomposition)[decomposition.contexts[0].name]!
    }

    @Test func mapsTemplatesToTheServiceFolder() throws {
        let (model, decomposition) = try OpenAPIBuilderTests.planned()
        let files = ServicePlanner().plan(
            model: model, context: decomposition.contexts[0], serviceName: Self.name(decomposition),
            contracts: EventContracts(model: model, decomposition: decomposition),
            templateNames: Self.templates)
        #expect(
            files.map(\.path) == [
                "services/ordering/.gitignore", "services/ordering/Package.swift",
                "services/ordering/Sources/OrderingAPI/OrderingAPI.swift",
                "services/ordering/Sources/OrderingAPI/openapi.yaml",
                "services/ordering/Sources/OrderingService/App.swift",
                "services/ordering/Tests/OrderingServiceTests/OrderingServiceTests.swift",
            ])
        let vapor = ServicePlanner(options: ScaffoldOptions(framework: .vapor)).plan(
            model: model, context: decomposition.contexts[0], serviceName: Self.name(decomposition),
            contracts: EventContracts(model: model, decomposition: decomposition),
            templateNames: Self.templates)
        #expect(
            vapor.map(\.template) == ["service/common/.gitignore.mustache", "service/vapor/Package.swift.mustache"])
        #expect(
            files.first { $0.path.hasSuffix("/Package.swift") }?.template
                == "service/hummingbird/Package.swift.mustache")
    }

    @Test func isDeterministic() throws {
        let (model, decomposition) = try OpenAPIBuilderTests.planned()
        let plan = {
            ServicePlanner().plan(
                model: model, context: decomposition.contexts[0], serviceName: Self.name(decomposition),
                contracts: EventContracts(model: model, decomposition: decomposition),
                templateNames: Self.templates.reversed())
        }
        #expect(plan() == plan())
        #expect(
            plan()
                == ServicePlanner().plan(
                    model: model, context: decomposition.contexts[0], serviceName: Self.name(decomposition),
                    contracts: EventContracts(model: model, decomposition: decomposition),
                    templateNames: Self.templates))
    }

    @Test func dataNamesModulesResourcesAndASampleBody() throws {
        let (model, decomposition) = try OpenAPIBuilderTests.planned()
        let data = ServicePlanner().data(
            model: model, context: decomposition.contexts[0], serviceName: Self.name(decomposition),
            contracts: EventContracts(model: model, decomposition: decomposition))
        guard case .object(let top) = data, case .list(let resources) = top["resources"],
            case .object(let order) = resources.first
        else {
            Issue.record("unexpected data shape: \(data)")
            return
        }
        #expect(top["appModule"] == .string("OrderingService"))
        #expect(top["apiModule"] == .string("OrderingAPI"))
        #expect(top["serviceName"] == .string("ordering"))
        #expect(top["port"] == .number("8080"))
        #expect(order["path"] == .string("/orders"))
        #expect(order["schemaName"] == .string("Order"))
        guard case .string(let sample) = order["sampleJSON"] else {
            Issue.record("no sample")
            return
        }
        for key in ["\"customerId\":", "\"status\":\"pending\"", "\"total\":{\"amount\":1.5,\"currency\":\"example\"}"]
        {
            #expect(sample.contains(key), "\(key) in \(sample)")
        }
        #expect(!sample.contains("note"))
    }

    @Test func namesFollowTheGeneratorsReservedWords() throws {
        let (model, diagnostics) = ModelReader.read("entity Error { id: UUID, type: String }", path: "e.domain")
        let resolved = try #require(model, "\(diagnostics)")
        let decomposition = Decomposition(system: "S", contexts: [BoundedContext(name: "Errors", entities: ["Error"])])
        let data = ServicePlanner().data(
            model: resolved, context: decomposition.contexts[0], serviceName: Self.name(decomposition),
            contracts: EventContracts(model: resolved, decomposition: decomposition))
        guard case .object(let top) = data, case .list(let resources) = top["resources"],
            case .object(let resource) = resources.first, case .list(let fields) = resource["fields"],
            case .object(let field) = fields.first
        else {
            Issue.record("unexpected data shape: \(data)")
            return
        }
        #expect(resource["schemaName"] == .string("ErrorModel"))
        #expect(field["name"] == .string("type"))
        #expect(field["swiftName"] == .string("_type"))
    }

    @Test func resourceVariablesNeverShadowHandlerLocals() {
        #expect(ServicePlanner.variable(for: "Order") == "order")
        #expect(ServicePlanner.variable(for: "Input") == "inputResource")
        #expect(ServicePlanner.variable(for: "Default") == "defaultResource")
    }

    @Test func clashingContextNamesGetDistinctServices() {
        let decomposition = Decomposition(
            system: "S",
            contexts: [
                BoundedContext(name: "Order Management", entities: ["A"]),
                BoundedContext(name: "order-management", entities: ["B"]),
            ])
        #expect(
            ServicePlanner.serviceNames(of: decomposition) == [
                "Order Management": "order-management", "order-management": "order-management-2",
            ])
    }
}
