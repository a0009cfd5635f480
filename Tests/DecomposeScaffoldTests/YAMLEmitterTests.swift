import Testing

@testable import DecomposeCore
@testable import DecomposeScaffold

/// The emitter must write scalars that read back as the same strings, in block style.
@Suite struct YAMLEmitterTests {
    let emitter = YAMLEmitter()

    @Test func scalarsThatWouldReadAsOtherTypesAreQuoted() {
        for text in ["true", "False", "null", "~", "yes", "off", "1", "3.1.0", "-1", "1e5", "0x1F", "12:30", ".inf"] {
            #expect(emitter.scalar(text) == "\"\(text)\"", "\(text)")
        }
    }

    @Test func specialCharactersAreQuoted() {
        #expect(emitter.scalar("a: b") == "\"a: b\"")
        #expect(emitter.scalar("a #b") == "\"a #b\"")
        #expect(emitter.scalar("#comment") == "\"#comment\"")
        #expect(emitter.scalar("- item") == "\"- item\"")
        #expect(emitter.scalar("$ref") == "$ref")
        #expect(emitter.scalar("#/components/schemas/A") == "\"#/components/schemas/A\"")
        #expect(emitter.scalar("") == "\"\"")
        #expect(emitter.scalar(" padded") == "\" padded\"")
        #expect(emitter.scalar("\"hi\" \\") == "\"\\\"hi\\\" \\\\\"")
        #expect(emitter.scalar("say \"hi\"") == "say \"hi\"")
        #expect(emitter.scalar("bell\u{7}") == "\"bell\\u0007\"")
        #expect(emitter.scalar("plain text, fine") == "plain text, fine")
    }

    @Test func nestedCollectionsAreIndentedBlocks() {
        let node: YAMLNode = .mapping([
            ("name", .string("x")),
            ("list", .sequence([.string("a"), .mapping([("k", .int(1)), ("v", .bool(false))])])),
            ("empty", .mapping([])),
            ("none", .sequence([])),
            ("nested", .mapping([("deep", .sequence([.sequence([.string("z")])]))])),
        ])
        #expect(
            emitter.emit(node) == """
                name: x
                list:
                  - a
                  - k: 1
                    v: false
                empty: {}
                none: []
                nested:
                  deep:
                    - - z

                """)
    }

    @Test func multiLineStringsBecomeLiteralBlocks() {
        let node: YAMLNode = .mapping([("text", .string("first\nsecond")), ("odd", .string(" lead\nx"))])
        #expect(emitter.emit(node) == "text: |-\n  first\n  second\nodd: \" lead\\nx\"\n")
    }
}
