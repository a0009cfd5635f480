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

    @Test func theEmbeddedWorkspaceTemplatesRenderTheShop() throws {
        let model = ScaffoldModels.shop
        let text = ScaffoldModels.decompositionJSON([
            ("Sales", ["Order", "OrderLine", "Customer"]), ("Catalog", ["Product"]),
        ])
        let decomposition = try #require(
            DecompositionFileReader().read(text, path: "d.json", model: model).decomposition)
        let plan = ScaffoldPlanner().plan(model: model, decomposition: decomposition)
        let workspace = ScaffoldPlan(files: plan.files.filter { !$0.path.hasPrefix("services/") })
        let (files, diagnostics) = ScaffoldRenderer().render(workspace, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        let byPath = Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
        let compose = try #require(byPath["docker-compose.yml"])
        #expect(compose.contains("context: ./services/sales"))
        #expect(compose.contains("condition: service_healthy"))
        #expect(compose.contains("127.0.0.1:${CATALOG_PORT:-8081}:8080"))
        #expect(try #require(byPath["gateway/nginx.conf"]).contains("location /api/sales/ {"))
        #expect(try #require(byPath[".env.example"]).contains("SALES_PORT=8082"))
        #expect(try #require(byPath["README.md"]).contains("Order, OrderLine"))
        #expect(byPath["decomposition.json"] == JSONReportRenderer().render(decomposition))
    }
}
