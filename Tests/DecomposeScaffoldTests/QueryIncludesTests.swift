import Foundation
import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// A query returns what it reads in its own context: a page of its resource and, beside it, the other resources of
/// the service the page's items reference; what it reads elsewhere or cannot reach by a reference is said, not faked.
@Suite struct QueryIncludesTests {
    static let source = """
        entity Brand { id: UUID, name: String }
        entity Category { id: UUID, name: String }
        entity Supplier { id: UUID, name: String }
        entity Review { id: UUID, stars: Int }
        entity Product {
          id: UUID
          name: String
          brand -> Brand?
          maker -> Brand
        }
        query Browse { reads Product, Brand.name, Category, Supplier, Review.stars }
        """

    /// The model, with Review in another context.
    static func planned() throws -> (DomainModel, Decomposition) {
        let (model, diagnostics) = ModelReader.read(source, path: "catalogue.domain")
        let resolved = try #require(model, "\(diagnostics)")
        let decomposition = Decomposition(
            system: "Catalogue",
            contexts: [
                BoundedContext(
                    name: "Catalogue", entities: ["Brand", "Category", "Product", "Supplier"], useCases: ["Browse"]),
                BoundedContext(name: "Reviews", entities: ["Review"]),
            ])
        return (resolved, decomposition)
    }

    static func browse() throws -> ServiceBlueprint.Operation {
        let (model, decomposition) = try planned()
        let blueprint = ServiceBlueprint(model: model, context: decomposition.contexts[0])
        return try #require(blueprint.resources.flatMap(\.operations).first { $0.name == "Browse" })
    }

    @Test func theReferencedResourcesAreIncludedAndTheRestIsListed() throws {
        let browse = try Self.browse()
        #expect(
            browse.includes == [
                ServiceBlueprint.QueryInclude(resource: "Brand", property: "brands", via: ["brandId", "makerId"])
            ])
        #expect(browse.resultSchema == "BrowseResult")
        #expect(browse.readsUnreferenced == ["Category", "Supplier"], "no Product references them")
        #expect(browse.readsElsewhere == ["Review.stars"])
    }

    @Test func theContractDescribesTheAnswer() throws {
        let (model, decomposition) = try Self.planned()
        let text = OpenAPIBuilder().build(
            model: model, context: decomposition.contexts[0])
        for expected in [
            "Returns a page of Product resources, with the Brand resources they reference (`brands`, by `brandId`, "
                + "`makerId`).",
            "It also reads Category, Supplier of this service, which the Product does not reference",
            "Left to other services (their own APIs answer it): it also reads Review.stars.",
            """
                BrowseResult:
                  type: object
            """,
            "        - offset\n        - brands\n      properties:\n        items:\n          type: array\n"
                + "          items:\n            $ref: \"#/components/schemas/Product\"",
            "        brands:\n          type: array\n          items:\n            $ref: \"#/components/schemas/Brand\"",
            "$ref: \"#/components/schemas/BrowseResult\"",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func theHandlerFindsEachReferencedIdOfThePage() throws {
        let (model, decomposition) = try Self.planned()
        let plan = ScaffoldPlanner().plan(model: model, decomposition: decomposition)
        let (files, diagnostics) = ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        #expect(diagnostics.isEmpty)
        let rendered = Dictionary(uniqueKeysWithValues: try #require(files).map { ($0.path, $0.text) })
        let api = try #require(rendered["services/catalogue/Sources/CatalogueService/ServiceAPI.swift"])
        #expect(
            api.contains(
                "brands: try await brandRepository.found(ids: page.items.flatMap { item in "
                    + "(item.value1.brandId.map { [$0] } ?? []) + [item.value1.makerId] })"))
        let tests = try #require(rendered["services/catalogue/Tests/CatalogueServiceTests/CatalogueServiceTests.swift"])
        #expect(tests.contains("@Test func aQueryReturnsTheResourcesItsPageReferences()"))
        let readme = try #require(rendered["services/catalogue/README.md"])
        #expect(
            readme.contains(
                "with the Brand resources its items reference (`brands`); read in other services (their APIs answer "
                    + "it): Review.stars"))
    }
}
