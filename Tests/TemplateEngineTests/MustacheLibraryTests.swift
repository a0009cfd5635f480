import TemplateEngine
import Testing

/// The engine's behaviour beyond the specification: errors with their place, numbers, falsy
/// values and the bounds that keep hostile templates from crashing.
@Suite struct MustacheLibraryTests {
    private func render(_ template: String, _ data: MustacheValue, partials: [String: String] = [:]) throws -> String {
        var templates = partials
        templates["main"] = template
        return try MustacheLibrary(templates: templates).render("main", data: data)
    }

    private func error(_ template: String) -> MustacheError? {
        do {
            _ = try MustacheLibrary(templates: ["t.mustache": template])
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() {
        let error = error("a\n  {{#items}}\n{{name}}\n")
        #expect(error?.id == "template.unclosedSection")
        #expect(error?.description == "t.mustache:2:3: error: section '{{#items}}' is never closed")
    }

    @Test func mismatchedCloseNamesBothTags() {
        let error = error("{{#a}}\n{{#b}}{{/a}}{{/b}}")
        #expect(error?.id == "template.mismatchedClose")
        #expect(error?.line == 2)
        #expect(error?.column == 7)
        #expect(error?.message == "closing tag '{{/a}}' does not match '{{#b}}' opened at 2:1")
    }

    @Test func closeWithoutOpenIsAnError() {
        #expect(error("x {{/a}}")?.id == "template.unexpectedClose")
    }

    @Test func unclosedTagAndBadDelimitersAndEmptyNames() {
        let unclosed = error("ok\nvalue {{name")
        #expect(unclosed?.id == "template.unclosedTag")
        #expect(unclosed?.line == 2)
        #expect(unclosed?.column == 7)
        #expect(error("{{=<% =}}")?.id == "template.badDelimiters")
        #expect(error("{{=a= b=}}")?.id == "template.badDelimiters")
        #expect(error("{{ }}")?.id == "template.emptyTag")
        #expect(error("{{a b}}")?.id == "template.badTagName")
        #expect(error("{{{a}}")?.id == "template.unclosedTag")
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(error("é😀{{#a}}")?.column == 3)
    }

    @Test func numbersPrintWithoutNeedlessDigits() throws {
        #expect(MustacheValue.renderedNumber("1.210") == "1.21")
        #expect(MustacheValue.renderedNumber("85") == "85")
        #expect(MustacheValue.renderedNumber("2.0") == "2")
        #expect(MustacheValue.renderedNumber("-0.5") == "-0.5")
        #expect(MustacheValue.renderedNumber("1e3") == "1000")
        #expect(MustacheValue.renderedNumber("12345678901234567890") == "1.2345678901234567e+19")
        #expect(try render("{{n}}", .object(["n": .number("0.10")])) == "0.1")
    }

    @Test func falsyValuesAreNullFalseAndTheEmptyList() throws {
        let template = "{{#v}}yes{{/v}}{{^v}}no{{/v}}"
        #expect(try render(template, .object(["v": .null])) == "no")
        #expect(try render(template, .object(["v": .bool(false)])) == "no")
        #expect(try render(template, .object(["v": .list([])])) == "no")
        #expect(try render(template, .object(["v": .string("")])) == "yes")
        #expect(try render(template, .object(["v": .number("0")])) == "yes")
        #expect(try render(template, .object(["v": .object([:])])) == "yes")
    }

    @Test func stringsHelperMakesAListOfStrings() throws {
        #expect(try render("{{#names}}<{{.}}>{{/names}}", .object(["names": .strings(["a", "b"])])) == "<a><b>")
    }

    @Test func unknownTemplateIsAnErrorButUnknownPartialIsEmpty() throws {
        let library = try MustacheLibrary(templates: ["a": "[{{>missing}}]"])
        #expect(library.contains("a"))
        #expect(!library.contains("missing"))
        #expect(try library.render("a", data: .null) == "[]")
        #expect(throws: MustacheError.self) { try library.render("missing", data: .null) }
    }

    @Test func endlessPartialRecursionIsAnErrorNotACrash() throws {
        let library = try MustacheLibrary(templates: ["loop": "x{{>loop}}"])
        do {
            _ = try library.render("loop", data: .null)
            Issue.record("expected an error")
        } catch {
            #expect(error.id == "template.tooDeep")
            #expect(error.template == "loop")
            #expect(error.line == 1)
            #expect(error.column == 2)
        }
    }

    @Test func deeplyNestedSectionsAreRejected() {
        let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
        #expect(error(deep)?.id == "template.tooDeep")
        let fine = String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)
        #expect(error(fine) == nil)
    }

    @Test func firstErrorIsReportedInNameOrder() {
        #expect(
            throws: MustacheError(
                template: "a", line: 1, column: 1, message: "section '{{#x}}' is never closed",
                id: "template.unclosedSection")
        ) {
            _ = try MustacheLibrary(templates: ["b": "{{/y}}", "a": "{{#x}}"])
        }
    }
}
