import Testing

@testable import TemplateEngine

/// The named hostile inputs of issue 5 in Mustache templates (`templates render`, `scaffold --templates`): each
/// gives its located error (`template:line:column`) or the correct text, never a crash, a hang or a stack overflow.
@Suite struct MustacheHostileInputTests {
    static let data = MustacheValue.object(["a": .object(["b": .string("1")]), "items": .strings(["x", "y"])])

    /// Renders `template` as `t` with `partials`, giving the text or the error's `id@line:column`.
    static func render(_ template: String, partials: [String: String] = [:]) -> Result<String, MustacheFailure> {
        do {
            var templates = partials
            templates["t"] = template
            return .success(try MustacheLibrary(templates: templates).render("t", data: data))
        } catch {
            return .failure(MustacheFailure(description: "\(error.id)@\(error.line):\(error.column)"))
        }
    }

    /// A template error as `id@line:column`.
    struct MustacheFailure: Error, Equatable {
        var description: String
    }

    static let cases = [
        HostileCase(
            "200,000 nested sections", HostileCase.nested("{{#a}}"),
            ["template.tooDeep@1:\(6 * MustacheParser.maximumDepth + 1)"]),
        HostileCase(
            "200,000 nested inverted sections", HostileCase.nested("{{^a}}"),
            ["template.tooDeep@1:\(6 * MustacheParser.maximumDepth + 1)"]),
        HostileCase("200,000 closing tags", HostileCase.nested("{{/a}}"), ["template.unexpectedClose@1:1"]),
        HostileCase("200,000 braces", HostileCase.nested("{"), ["template.unclosedTag@1:1"]),
        HostileCase("an unclosed section", "{{#a}}\n{{#b}}x\n{{/a}}", ["template.mismatchedClose@3:1"]),
        HostileCase(
            "a partial that includes itself", "{{>t}}", ["template.tooDeep@1:1"]),
        HostileCase(
            "a partial that is missing", "{{>nowhere}}", []),
    ]

    @Test(arguments: cases)
    func givesItsLocatedError(_ hostile: HostileCase) {
        switch Self.render(hostile.text) {
        case .success(let text): #expect(hostile.expected.isEmpty, "rendered \(text.prefix(40))")
        case .failure(let failure): #expect([failure.description] == hostile.expected)
        }
    }

    /// A template is text: NUL and a byte order mark are copied as written (the BOM keeps the first line from
    /// being a standalone tag line, as any other text would), CRLF lines are standalone lines.
    @Test func emptyNULBOMAndCRLFTemplatesRenderAsWritten() throws {
        #expect(try Self.render("").get() == "")
        #expect(try Self.render("x\u{0}{{a.b}}\u{0}").get() == "x\u{0}1\u{0}")
        #expect(
            try Self.render("\u{FEFF}{{#items}}\r\n- {{.}}\r\n{{/items}}\r\n").get() == "\u{FEFF}\r\n- x\r\n\r\n- y\r\n"
        )
    }

    @Test func megabytesOfRandomTagsGiveALocatedErrorOrText() {
        let vocabulary = ["{{", "}}", "{{#", "{{/", "{{^", "{{>", "{{{", "}}}", "{{&", "{{!", "{{=", "=}}", "a", "."]
        let text = HostileCase.randomTokens(vocabulary, size: 1 << 20)
        if case .failure(let failure) = Self.render(text) {
            #expect(failure.description.hasPrefix("template."))
        }
    }
}
