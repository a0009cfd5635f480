import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The limits of a contract the generated handlers check themselves.
@Suite struct FieldRulesTests {
    @Test func formatsAndNarrowIntegersAreFollowedIntoValuesAndLists() throws {
        let blueprint = try StorageSchemaTests.orderingBlueprint()
        let components = Dictionary(uniqueKeysWithValues: blueprint.components.map { ($0.name, $0) })
        let resource = try #require(blueprint.resources.first)
        let rules = FieldRules.expressions(for: resource.properties, components: components)
        #expect(rules.contains(#"FieldRule(["customerId"], .uuid)"#))
        #expect(rules.contains(#"FieldRule(["lines", "*", "quantity"], .int32)"#))
        #expect(rules.contains(#"FieldRule(["lines", "*", "parts", "*", "id"], .uuid)"#))
        #expect(rules.contains(#"FieldRule(["note", "id"], .uuid)"#))
        #expect(!rules.contains { $0.contains("\"status\"") }, "enums are checked by the decoder")
        #expect(!rules.contains { $0.contains("\"placedAt\"") }, "dates and times decode as Date")
    }
}
