import Testing

@testable import DecomposeCore

@Suite struct TypedJSONTests {
    private func reader(_ text: String) throws -> TypedJSON {
        let document = try #require(JSONParser().parseDocument(text, path: "t.json").document)
        return TypedJSON(document: document, prefix: "test")
    }

    @Test func readsTypedValuesAndReportsEachProblemUnderTheReadersPrefix() throws {
        var json = try reader(#"{"name": "Order", "count": 3, "tags": ["a", 1], "flag": true, "extra": null}"#)
        let read = json.object(
            json.document.value, at: .root, what: "a thing", keys: ["name", "count", "tags", "flag"])
        let object = try #require(read)
        let name = json.string(in: object, "name")
        let count = json.string(in: object, "count")
        let missing = json.string(in: object, "missing", required: true)
        let tags = json.strings(in: object, "tags").map(\.text)
        let flag = json.bool(in: object, "flag")
        let notAnArray = json.array(in: object, "name")
        #expect(name == "Order")
        #expect(count == nil)
        #expect(missing == nil)
        #expect(tags == ["a"])
        #expect(flag)
        #expect(notAnArray == nil)
        #expect(
            json.diagnostics.map { "\($0.severity) \($0.id) \($0.message)" } == [
                "warning test.unknownKey unknown key 'extra' in a thing is ignored (expected name, count, tags, flag) (at $.extra)",
                "error test.wrongType expected 'count' as a string, found a number (at $.count)",
                "error test.missingKey missing required key 'missing' in a thing (at $)",
                "error test.wrongType expected a string in 'tags', found a number (at $.tags[1])",
                "error test.wrongType expected 'name' as an array, found a string (at $.name)",
            ])
    }

    @Test func anEmptyStringIsReportedUnderTheIdTheReaderChooses() throws {
        var json = try reader(#"{"name": "", "other": ""}"#)
        let read = json.object(json.document.value, at: .root, what: "a thing")
        let object = try #require(read)
        let name = json.nonEmptyString(in: object, "name", required: true, emptyID: "test.emptyName")
        let other = json.nonEmptyString(in: object, "other", required: true)
        #expect(name == nil)
        #expect(other == nil)
        #expect(json.diagnostics.map(\.id) == ["test.emptyName", "test.wrongType"])
        #expect(json.diagnostics.first?.location?.start.jsonPath == "$.name")
    }
}
