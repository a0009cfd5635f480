import Testing

@testable import DecomposeCore

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

    @Test func oneRootPackageBuildsEveryServiceAndEachDependsOnTheChassis() throws {
        let (_, plan) = try shopPlan()
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        let byPath = Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
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
        #expect(byPath.keys.contains("chassis/Sources/ServiceChassis/InMemoryRepository.swift"))
    }
}
