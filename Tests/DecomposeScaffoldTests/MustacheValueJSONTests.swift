import DecomposeCore
import TemplateEngine
import Testing

@testable import DecomposeScaffold

/// JSON data becomes Mustache data with numbers kept as written.
@Suite struct MustacheValueJSONTests {
    @Test func everyJSONKindMapsToItsMustacheKind() throws {
        let text = #"{"n": 1.210, "i": 7, "s": "x", "b": true, "z": null, "l": [1, "a"], "o": {"k": false}}"#
        let json = try #require(JSONParser().parse(text, path: "data.json").value)
        #expect(
            MustacheValue(json)
                == .object([
                    "n": .number("1.210"), "i": .number("7"), "s": .string("x"), "b": .bool(true), "z": .null,
                    "l": .list([.number("1"), .string("a")]), "o": .object(["k": .bool(false)]),
                ]))
    }

    @Test func renderedThroughALibrary() throws {
        let json = try #require(JSONParser().parse(#"{"power": 1.210, "who": "<Doc>"}"#, path: "d.json").value)
        let library = try MustacheLibrary(templates: ["t": "{{who}}: {{power}} / {{{who}}}"])
        #expect(try library.render("t", data: MustacheValue(json)) == "&lt;Doc&gt;: 1.21 / <Doc>")
    }
}
