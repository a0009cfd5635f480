import Testing

@testable import DecomposeCore

@Suite struct ModelReaderTests {
    private let domain = "system Shop\nentity Customer { id: UUID }\nentity Order { id: UUID, customer -> Customer }\n"

    @Test func readsTheDomainLanguageAndResolvesTheModel() throws {
        let (model, diagnostics) = ModelReader.read(domain, path: "shop.domain")
        #expect(diagnostics.isEmpty)
        let order = try #require(model?.entity(named: "Order"))
        #expect(order.fields.last?.kind == .reference(target: "Customer"))
    }

    @Test func readsJSONByItsExtensionIntoTheSameModel() throws {
        let declared = try #require(ModelReader.read(domain, path: "shop.domain").model)
        let json = ModelJSONWriter().write(declared)
        let (model, diagnostics) = ModelReader.read(json, path: "shop.JSON")
        #expect(!diagnostics.containsErrors)
        #expect(model?.withoutLocations() == declared.withoutLocations())
    }

    @Test func anErrorMeansNoModelAndDiagnosticsInLineOrder() {
        let (model, diagnostics) = ModelReader.read(
            "entity A { b -> Bee }\nusecase U { reads Zed }\n", path: "bad.domain")
        #expect(model == nil)
        #expect(diagnostics.map { $0.location?.start.line } == [1, 2])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func syntaxAndModelErrorsAreReportedInOneRun() {
        let (model, diagnostics) = ModelReader.read(
            "entity A { name String }\nusecase U { writes A, Bee }\n", path: "bad.domain")
        #expect(model == nil)
        #expect(diagnostics.map(\.id) == ["syntax.expectedToken", "model.unknownEntity"])
    }

    @Test func aModelWithoutEntitiesReadsWithAWarning() throws {
        let (model, diagnostics) = ModelReader.read("// nothing yet\n", path: "empty.domain")
        #expect(model?.entities.isEmpty == true)
        #expect(diagnostics.map(\.id) == ["model.noEntities"])
        #expect(diagnostics.first?.severity == .warning)
    }
}
