import DecomposeCore
import DecomposeTestSupport
import Foundation
import TemplateEngine
import Testing

@testable import DecomposeScaffold

/// The Vapor flavour: `--framework vapor` selects `Templates/service/vapor/`, every template renders with the
/// planner's data, and the framework-independent files come from `service/common/` for both flavours.
@Suite struct VaporTemplatesTests {
    /// The repository's `Templates/` folder, read from disk (the templates under test, before they are embedded).
    static let templates: [String: String] = {
        let root = PackagePaths.templates
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "mustache", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            files[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))] = text
        }
        return files
    }()

    /// Files whose content does not depend on the framework.
    static let shared = [
        ".hadolint.yaml", "Dockerfile", "Dockerfile.dockerignore", "README.md", "Sources/API/API.swift",
        "Sources/API/openapi.yaml", "Sources/API/openapi-generator-config.yaml", "Sources/App/Problem.swift",
        "Sources/App/ProblemMiddleware.swift", "Sources/App/ServiceAPI.swift",
    ]

    /// The ecommerce fixture, resolved and decomposed with the default analysis.
    static func ecommerce() throws -> (model: DomainModel, decomposition: Decomposition) {
        let url = PackagePaths.fixture("ecommerce.domain")
        let text = try String(contentsOf: url, encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: "ecommerce.domain").model)
        return (model, ContextAnalyzer().analyze(model).decomposition)
    }

    /// Every file of `context`'s service, rendered, by template path inside its folder (`common/` or the framework's).
    static func render(_ framework: Framework, context: BoundedContext) throws -> [String: String] {
        let (model, decomposition) = try ecommerce()
        let planner = ServicePlanner(options: ScaffoldOptions(framework: framework))
        let library = try MustacheLibrary(templates: templates)
        var rendered: [String: String] = [:]
        for file in planner.plan(
            model: model, context: context, serviceName: ServicePlanner.serviceNames(of: decomposition)[context.name]!,
            contracts: EventContracts(model: model, decomposition: decomposition),
            templateNames: templates.keys.sorted())
        {
            let name = file.template.split(separator: "/").dropFirst(2).joined(separator: "/")
            rendered[name] = try library.render(file.template, data: file.data)
        }
        return rendered
    }

    @Test func vaporSelectsTheVaporTemplatesOnly() throws {
        let (model, decomposition) = try Self.ecommerce()
        let context = try #require(decomposition.contexts.first)
        let planner = ServicePlanner(options: ScaffoldOptions(framework: .vapor))
        let files = planner.plan(
            model: model, context: context, serviceName: ServicePlanner.serviceNames(of: decomposition)[context.name]!,
            contracts: EventContracts(model: model, decomposition: decomposition),
            templateNames: Self.templates.keys.sorted())
        #expect(!files.isEmpty)
        #expect(
            files.allSatisfy { $0.template.hasPrefix("service/vapor/") || $0.template.hasPrefix("service/common/") })
        #expect(files.contains { $0.template == "service/vapor/Sources/App/App.swift.mustache" })
        #expect(files.contains { $0.template == "service/common/.gitignore.mustache" })
    }

    @Test func everyContextRendersAVaporPackage() throws {
        let (_, decomposition) = try Self.ecommerce()
        for context in decomposition.contexts {
            let files = try Self.render(.vapor, context: context)
            let package = try #require(files["Package.swift.mustache"])
            #expect(package.contains(".package(url: \"https://github.com/vapor/vapor\", from: \"4.115.0\")"))
            #expect(package.contains("swift-openapi-vapor"))
            #expect(!package.contains("hummingbird"))
            #expect(files["Sources/App/App.swift.mustache"]?.contains("VaporTransport(routesBuilder: app)") == true)
            #expect(files.values.allSatisfy { !$0.contains("{{") })
        }
    }

    @Test func bothFrameworksPlanTheSharedFilesFromCommon() throws {
        let (model, decomposition) = try Self.ecommerce()
        let context = try #require(decomposition.contexts.first)
        for framework in [Framework.hummingbird, .vapor] {
            let planner = ServicePlanner(options: ScaffoldOptions(framework: framework))
            let templates = Set(
                planner.plan(
                    model: model, context: context,
                    serviceName: ServicePlanner.serviceNames(of: decomposition)[context.name]!,
                    contracts: EventContracts(model: model, decomposition: decomposition),
                    templateNames: Self.templates.keys.sorted()
                ).map(\.template))
            for name in Self.shared {
                #expect(templates.contains("service/common/\(name).mustache"), "\(framework): \(name)")
            }
        }
    }
}
