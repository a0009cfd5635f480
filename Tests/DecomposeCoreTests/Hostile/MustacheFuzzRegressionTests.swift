import Testing

@testable import TemplateEngine

/// Timeouts of the Mustache fuzz target (`bash .ci/fuzz mustache`), minimized, each with what it must give now.
@Suite struct MustacheFuzzRegressionTests {
    /// Two items, so every section over `items` doubles the work of the sections inside it.
    static let data = MustacheValue.object(["items": .strings(["x", "y"])])

    /// `depth` sections over `items`, each inside the one before: inside an item, `items` still resolves to the
    /// root's list, so the innermost text is rendered 2^depth times.
    static func nestedSections(_ depth: Int) -> String {
        String(repeating: "{{#items}}", count: depth) + "x" + String(repeating: "{{/items}}", count: depth)
    }

    /// A timeout of the fuzz target (with a hand-written input; libFuzzer had not reached it in 4 minutes): 60
    /// nested sections never finished (2^60 passes); now rendering stops at the step limit.
    @Test func sectionsRepeatingInsideEachOtherStopAtTheStepLimit() throws {
        let library = try MustacheLibrary(templates: ["t": Self.nestedSections(60)], maximumRenderSteps: 10_000)
        #expect(throws: MustacheError.self) { try library.render("t", data: Self.data) }
        do {
            _ = try library.render("t", data: Self.data)
        } catch {
            #expect(error.id == "template.tooMuchWork")
            #expect(error.description.hasPrefix("t: error: rendering takes more than 10000 steps"))
        }
    }

    /// The limit counts visited nodes: 3 nested sections visit 1 + 2 + 4 sections and 8 texts, 15 steps.
    @Test func aRenderWithinTheLimitIsComplete() throws {
        let template = Self.nestedSections(3)
        #expect(
            try MustacheLibrary(templates: ["t": template], maximumRenderSteps: 15).render("t", data: Self.data)
                == String(repeating: "x", count: 8))
        #expect(throws: MustacheError.self) {
            try MustacheLibrary(templates: ["t": template], maximumRenderSteps: 14).render("t", data: Self.data)
        }
    }
}
