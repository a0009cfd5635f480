import DecomposeTestSupport
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

@Suite struct ScaffoldRendererTests {
    private let plan = ScaffoldPlan(files: [
        PlannedFile(path: "a.txt", template: "a.mustache", data: .object(["name": .string("Shop")]), executable: false)
    ])

    @Test func rendersEachFileWithItsData() throws {
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: ["a.mustache": "Hello {{name}}!\n"])
        #expect(diagnostics.isEmpty)
        #expect(try #require(files) == [RenderedFile(path: "a.txt", text: "Hello Shop!\n")])
    }

    @Test func aTemplateErrorIsReportedAtTemplateLineAndColumn() throws {
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: ["a.mustache": "ok\n{{#open}}\n"])
        #expect(files == nil)
        let location = try #require(diagnostics.first?.location?.start)
        #expect(location.file == "a.mustache")
        #expect(location.line >= 1)
        #expect(diagnostics.first?.id == "template.unclosedSection")
    }

    @Test func aMissingTemplateIsAnError() {
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: [:])
        #expect(files == nil)
        #expect(diagnostics.map(\.id) == ["template.missing"])
    }

    @Test func anUnsafePathIsNeverRendered() {
        let unsafe = ScaffoldPlan(files: [
            PlannedFile(path: "../x", template: "a.mustache", data: .null, executable: false)
        ])
        let (files, diagnostics) = ScaffoldRenderer().render(unsafe, templates: ["a.mustache": "x"])
        #expect(files == nil)
        #expect(diagnostics.map(\.id) == ["scaffold.unsafePath"])
    }

    /// The shop split into Sales and Catalog, and its plan with the embedded templates.
    private func shopPlan() throws -> (decomposition: Decomposition, plan: ScaffoldPlan) {
        let model = ScaffoldModels.shop
        let text = ScaffoldModels.decompositionJSON([
            ("Sales", ["Order", "OrderLine", "Customer"]), ("Catalog", ["Product"]),
        ])
        let decomposition = try #require(
            DecompositionFileReader().read(text, path: "d.json", model: model).decomposition)
        return (decomposition, ScaffoldPlanner().plan(model: model, decomposition: decomposition))
    }

    @Test func theEmbeddedWorkspaceTemplatesRenderTheShop() throws {
        let (decomposition, plan) = try shopPlan()
        let workspace = ScaffoldPlan(files: plan.files.filter { !$0.path.hasPrefix("services/") })
        let (files, diagnostics) = ScaffoldRenderer().render(workspace, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        let byPath = Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
        let compose = try #require(byPath["docker-compose.yml"])
        #expect(compose.contains("dockerfile: services/sales/Dockerfile"))
        #expect(compose.contains("condition: service_healthy"))
        #expect(compose.contains("127.0.0.1:${CATALOG_PORT:-8081}:8080"))
        #expect(try #require(byPath["gateway/nginx.conf"]).contains("location /api/sales/ {"))
        #expect(try #require(byPath[".env.example"]).contains("SALES_PORT=8082"))
        #expect(try #require(byPath["README.md"]).contains("Order, OrderLine"))
        #expect(byPath["decomposition.json"] == JSONReportRenderer().render(decomposition))
    }

    /// Every file of the shop's scaffold, rendered with the embedded templates, by path.
    private func renderedShop() throws -> [String: String] {
        let (_, plan) = try shopPlan()
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        return Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
    }

    @Test func oneRootPackageBuildsEveryServiceAndEachDependsOnTheChassis() throws {
        let byPath = try renderedShop()
        let root = try #require(byPath["services/Package.swift"])
        #expect(root.contains(".package(path: \"catalog\"),\n        .package(path: \"sales\"),"))
        #expect(root.contains("for product in catalog-service sales-service; do"))
        for service in ["catalog", "sales"] {
            let manifest = try #require(byPath["services/\(service)/Package.swift"])
            #expect(manifest.contains(".package(path: \"../../chassis\")"))
            #expect(manifest.contains(".product(name: \"ServiceChassis\", package: \"chassis\")"))
            let dockerfile = try #require(byPath["services/\(service)/Dockerfile"])
            #expect(dockerfile.contains("COPY chassis ./chassis"))
            #expect(dockerfile.contains("WORKDIR /build/services/\(service)"))
        }
        #expect(try #require(byPath["chassis/Package.swift"]).contains("name: \"ServiceChassis\""))
        #expect(
            byPath["services/sales/Sources/SalesService/Migrations/0001_create_tables.sql"]?.contains(
                "CREATE TABLE \"orders\"") == true)
    }

    @Test func eachServiceGetsItsOwnDatabaseAndRoleWithPasswordsOnlyFromTheEnvironment() throws {
        let (_, plan) = try shopPlan()
        let byPath = try renderedShop()
        let initScript = try #require(byPath["postgres/init-databases.sh"])
        #expect(initScript.contains("create catalog CATALOG_DB_PASSWORD\ncreate sales SALES_DB_PASSWORD\n"))
        #expect(initScript.contains("REVOKE ALL ON DATABASE :\"name\" FROM PUBLIC;"))
        #expect(plan.files.first { $0.path == "postgres/init-databases.sh" }?.executable == true)
        let compose = try #require(byPath["docker-compose.yml"])
        #expect(compose.contains("  postgres:\n    image: postgres:17-alpine"))
        #expect(compose.contains("POSTGRES_PASSWORD: \"${SALES_DB_PASSWORD:?set SALES_DB_PASSWORD in .env}\""))
        #expect(compose.contains("      POSTGRES_USER: sales\n      POSTGRES_DATABASE: sales\n"))
        #expect(compose.contains("    depends_on:\n      postgres:\n        condition: service_healthy"))
        let environment = try #require(byPath[".env.example"])
        let passwords = environment.split(separator: "\n").filter { $0.contains("PASSWORD=") }
        #expect(passwords == ["POSTGRES_PASSWORD=", "CATALOG_DB_PASSWORD=", "SALES_DB_PASSWORD="])
        #expect(byPath.keys.contains("chassis/Sources/ServiceChassis/InMemoryRepository.swift"))
    }
}
