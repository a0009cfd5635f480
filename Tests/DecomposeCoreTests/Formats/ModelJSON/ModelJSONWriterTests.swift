import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct ModelJSONWriterTests {
    @Test func omitsNilFalseAndEmptyValues() {
        let model = DomainModel(
            system: SystemInfo(name: "Tiny"),
            entities: [Entity(name: "Note", fields: [Field(name: "text", type: TypeReference(name: "String"))])],
            useCases: [UseCase(name: "Write", writes: [Access(entity: "Note", field: "text")])])
        let expected = """
            {
              "schemaVersion": 1,
              "system": {
                "name": "Tiny"
              },
              "entities": [
                {
                  "name": "Note",
                  "fields": [
                    {
                      "name": "text",
                      "type": {
                        "name": "String"
                      }
                    }
                  ]
                }
              ],
              "useCases": [
                {
                  "name": "Write",
                  "kind": "usecase",
                  "writes": ["Note.text"]
                }
              ]
            }

            """
        #expect(ModelJSONWriter().write(model) == expected)
    }

    @Test func writesCharacteristicsAndKindsInTheLanguagesWords() throws {
        let value = ModelJSONWriter().value(of: SampleModels.everything)
        let customer = try #require(value["entities"]?.arrayValue?.first)
        #expect(
            customer["characteristics"]
                == .object([
                    ("volatility", .string("often")), ("content-volatility", .string("regularly")),
                    ("availability", .string("critical")), ("consistency", .string("weak")),
                    ("security", .string("internal")), ("size", .string("tiny")), ("storage", .string("key-value")),
                ]))
        let addresses = try #require(customer["fields"]?.arrayValue?[6])
        #expect(addresses["kind"] == .string("composition"))
        #expect(addresses["target"] == .string("Address"))
        #expect(addresses["type"] == .object([("name", .string("Address")), ("list", .bool(true))]))
        let aggregate = try #require(value["aggregates"]?.arrayValue?.first)
        #expect(aggregate["inferred"] == .bool(true))
    }

    @Test func isDeterministic() {
        #expect(ModelJSONWriter().write(SampleModels.everything) == ModelJSONWriter().write(SampleModels.everything))
    }

    /// Every key the writer emits is declared in `Fixtures/schema/model.schema.json`, at the place
    /// where it is emitted (the walk follows `$ref`, `properties` and `items`).
    @Test func everyEmittedKeyIsInTheSchema() throws {
        let schemaURL = PackagePaths.fixture("schema/model.schema.json")
        let schemaText = try String(contentsOf: schemaURL, encoding: .utf8)
        let parsed = JSONParser().parse(schemaText, path: "model.schema.json")
        #expect(parsed.diagnostics.isEmpty)
        let schema = try #require(parsed.value)
        var undeclared: [String] = []
        var visitedKeys = 0
        check(
            ModelJSONWriter().value(of: SampleModels.everything), against: schema, root: schema, at: .root,
            undeclared: &undeclared, visitedKeys: &visitedKeys)
        #expect(undeclared == [])
        #expect(visitedKeys > 80)
    }

    private func check(
        _ value: JSONValue, against schema: JSONValue, root: JSONValue, at path: JSONPath, undeclared: inout [String],
        visitedKeys: inout Int
    ) {
        if let reference = schema["$ref"]?.stringValue {
            let name = String(reference.dropFirst("#/$defs/".count))
            guard let target = root["$defs"]?[name] else {
                undeclared.append("\(path): dangling \(reference)")
                return
            }
            check(value, against: target, root: root, at: path, undeclared: &undeclared, visitedKeys: &visitedKeys)
            return
        }
        switch value {
        case .object(let members):
            for member in members {
                visitedKeys += 1
                guard let property = schema["properties"]?[member.key] else {
                    undeclared.append("\(path.appending(member.key))")
                    continue
                }
                check(
                    member.value, against: property, root: root, at: path.appending(member.key),
                    undeclared: &undeclared, visitedKeys: &visitedKeys)
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                guard let itemSchema = schema["items"] else {
                    undeclared.append("\(path): no items schema")
                    return
                }
                check(
                    item, against: itemSchema, root: root, at: path.appending(index), undeclared: &undeclared,
                    visitedKeys: &visitedKeys)
            }
        default:
            if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
                undeclared.append("\(path): \(value) not in enum")
            }
            if let constant = schema["const"], constant != value {
                undeclared.append("\(path): \(value) is not \(constant)")
            }
        }
    }
}
