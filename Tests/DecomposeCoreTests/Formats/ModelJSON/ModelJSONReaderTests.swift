import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct ModelJSONReaderTests {
    private func read(_ text: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        ModelJSONReader().read(text, path: "m.json")
    }

    @Test func roundTripIsByteForByte() {
        let written = ModelJSONWriter().write(SampleModels.everything)
        let result = read(written)
        #expect(result.diagnostics.isEmpty)
        #expect(ModelJSONWriter().write(result.model) == written)
    }

    @Test func readsBackTheSameModel() {
        let result = read(ModelJSONWriter().write(SampleModels.everything))
        #expect(result.model.withoutLocations() == SampleModels.everything)
    }

    @Test func locatesDeclarationsByLineColumnAndPath() throws {
        let input = MarkedSource(
            """
            {"schemaVersion": 1,
             "entities": [1️⃣{"name": "A", "fields": [2️⃣{"name": "x", "type": {"name": "Int"}}]}],
             "useCases": [{"name": "U", "reads": ["A", 3️⃣"A.x"]}]}
            """)
        let result = read(input.text)
        #expect(result.diagnostics.isEmpty)
        let entity = try #require(result.model.entities.first?.location)
        #expect(entity.description == "m.json:" + input.position(1))
        #expect(entity.jsonPath == "$.entities[0]")
        let field = try #require(result.model.entities.first?.fields.first?.location)
        #expect(field.description == "m.json:" + input.position(2))
        #expect(field.jsonPath == "$.entities[0].fields[0]")
        let access = try #require(result.model.useCases.first?.reads.last)
        #expect(access.entity == "A" && access.field == "x")
        #expect(access.location?.description == "m.json:" + input.position(3))
        #expect(access.location?.jsonPath == "$.useCases[0].reads[1]")
    }

    @Test(
        arguments: [
            (
                "unknown key", #"{"schemaVersion": 1, "entities": [{"name": "A", 1️⃣"colour": "red"}]}"#,
                "jsonModel.unknownKey", Diagnostic.Severity.warning, "$.entities[0].colour"
            ),
            (
                "unknown top-level key", #"{"schemaVersion": 1, 1️⃣"entites": []}"#,
                "jsonModel.unknownKey", .warning, "$.entites"
            ),
            (
                "wrong type", #"{"schemaVersion": 1, "entities": [{"name": 1️⃣42}]}"#,
                "jsonModel.wrongType", .error, "$.entities[0].name"
            ),
            ("section not an array", #"{"schemaVersion": 1, "teams": 1️⃣{}}"#, "jsonModel.wrongType", .error, "$.teams"),
            (
                "element not an object", #"{"schemaVersion": 1, "teams": [1️⃣"Growth"]}"#,
                "jsonModel.wrongType", .error, "$.teams[0]"
            ),
            (
                "flag not a boolean", #"{"schemaVersion": 1, "useCases": [{"name": "U", "latencyCritical": 1️⃣"yes"}]}"#,
                "jsonModel.wrongType", .error, "$.useCases[0].latencyCritical"
            ),
            (
                "missing name", #"{"schemaVersion": 1, "entities": [1️⃣{"doc": "no name"}]}"#,
                "jsonModel.missingKey", .error, "$.entities[0]"
            ),
            (
                "empty name", #"{"schemaVersion": 1, "teams": [{"name": 1️⃣""}]}"#,
                "jsonModel.invalidValue", .error, "$.teams[0].name"
            ),
            (
                "missing field type", #"{"schemaVersion": 1, "values": [{"name": "V", "fields": [1️⃣{"name": "x"}]}]}"#,
                "jsonModel.missingKey", .error, "$.values[0].fields[0]"
            ),
            ("missing schemaVersion", #"1️⃣{"teams": []}"#, "jsonModel.missingKey", .error, "$"),
            (
                "unsupported schemaVersion", #"{"schemaVersion": 1️⃣2, "teams": [{"name": "T"}]}"#,
                "jsonModel.unsupportedSchemaVersion", .error, "$.schemaVersion"
            ),
            (
                "unknown characteristic level",
                #"{"schemaVersion": 1, "entities": [{"name": "A", "characteristics": {"volatility": 1️⃣"sometimes"}}]}"#,
                "jsonModel.invalidValue", .error, "$.entities[0].characteristics.volatility"
            ),
            (
                "unknown storage",
                #"{"schemaVersion": 1, "aggregates": [{"name": "A", "root": "A", "characteristics": {"storage": 1️⃣"tape"}}]}"#,
                "jsonModel.invalidValue", .error, "$.aggregates[0].characteristics.storage"
            ),
            (
                "unknown field kind",
                #"{"schemaVersion": 1, "entities": [{"name": "A", "fields": [{"name": "x", "type": {"name": "Int"}, "kind": 1️⃣"magic"}]}]}"#,
                "jsonModel.invalidValue", .error, "$.entities[0].fields[0].kind"
            ),
            (
                "composition without target",
                #"{"schemaVersion": 1, "entities": [{"name": "A", "fields": [1️⃣{"name": "x", "type": {"name": "B"}, "kind": "composition"}]}]}"#,
                "jsonModel.missingKey", .error, "$.entities[0].fields[0]"
            ),
            (
                "scalar with target",
                #"{"schemaVersion": 1, "entities": [{"name": "A", "fields": [{"name": "x", "type": {"name": "B"}, "kind": "scalar", "target": 1️⃣"B"}]}]}"#,
                "jsonModel.invalidValue", .error, "$.entities[0].fields[0].target"
            ),
            (
                "bad access", #"{"schemaVersion": 1, "useCases": [{"name": "U", "writes": [1️⃣"A.b.c"]}]}"#,
                "jsonModel.invalidValue", .error, "$.useCases[0].writes[0]"
            ),
            (
                "unknown use case kind", #"{"schemaVersion": 1, "useCases": [{"name": "U", "kind": 1️⃣"job"}]}"#,
                "jsonModel.invalidValue", .error, "$.useCases[0].kind"
            ),
            (
                "pin without context", #"{"schemaVersion": 1, "pins": [1️⃣{"members": ["A"]}]}"#,
                "jsonModel.missingKey", .error, "$.pins[0]"
            ),
            (
                "aggregate without root", #"{"schemaVersion": 1, "aggregates": [1️⃣{"name": "A"}]}"#,
                "jsonModel.missingKey", .error, "$.aggregates[0]"
            ),
            ("top level not an object", "1️⃣[]", "jsonModel.wrongType", .error, "$"),
            ("JSON syntax error", #"{"schemaVersion": 1 1️⃣,}"#, "json.trailingComma", .error, "$"),
        ] as [(String, String, String, Diagnostic.Severity, String)])
    func reportsProblemWithLocation(
        _ name: String, _ marked: String, _ id: String, _ severity: Diagnostic.Severity, _ path: String
    ) throws {
        let input = MarkedSource(marked)
        let result = read(input.text)
        #expect(result.diagnostics.count == 1, "\(name): \(result.diagnostics.map(\.message))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == id, "\(name): \(diagnostic.message)")
        #expect(diagnostic.severity == severity, "\(name)")
        #expect(diagnostic.place == input.position(1), "\(name): \(diagnostic.message)")
        #expect(diagnostic.location?.start.jsonPath == path, "\(name)")
        #expect(diagnostic.location?.start.file == "m.json")
    }

    @Test func reportsEveryProblemAndKeepsTheRest() {
        let result = read(
            """
            {"schemaVersion": 1,
             "teams": [{"name": "Growth"}, {"nmae": "Typo"}],
             "entities": [{"name": "A", "owner": 7}, {"name": "B", "extra": true}]}
            """)
        #expect(
            result.diagnostics.map(\.id) == [
                "jsonModel.unknownKey", "jsonModel.missingKey", "jsonModel.wrongType", "jsonModel.unknownKey",
            ])
        #expect(result.model.teams.map(\.name) == ["Growth"])
        #expect(result.model.entities.map(\.name) == ["A", "B"])
        #expect(result.model.entities.first?.owner == nil)
    }

    @Test func unknownKeyWarningNamesTheKeyAndTheExpectedOnes() throws {
        let result = read(#"{"schemaVersion": 1, "teams": [{"name": "T", "lead": "Ann"}]}"#)
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.contains("'lead'"))
        #expect(message.contains("expected name, doc"))
    }

    @Test func inferredAggregatesAreKept() {
        let result = read(
            #"{"schemaVersion": 1, "aggregates": [{"name": "A", "root": "A", "members": ["A", "B"], "inferred": true}]}"#
        )
        #expect(
            result.model.aggregates == [
                Aggregate(
                    name: "A", root: "A", members: ["A", "B"], isInferred: true,
                    location: SourceLocation(file: "m.json", line: 1, column: 37, jsonPath: "$.aggregates[0]"))
            ])
    }

    @Test func aMissingSystemKeepsTheDefault() {
        let result = read(#"{"schemaVersion": 1}"#)
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.system.name == DomainModel().system.name)
    }

    /// Every `.domain` fixture, parsed and built, survives the JSON round trip: the bytes are stable,
    /// and building the model read back gives the same resolved model (inferred aggregates included).
    @Test func fixtureModelsRoundTripThroughJSON() throws {
        let fixtures = PackagePaths.fixtures
        let files = try #require(FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "domain" }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let parsed = DomainParser().parse(text, path: file.lastPathComponent)
            let built = ModelBuilder().build(parsed.model).model
            let written = ModelJSONWriter().write(built)
            let read = read(written)
            #expect(read.diagnostics == [], "\(file.lastPathComponent)")
            #expect(ModelJSONWriter().write(read.model) == written, "\(file.lastPathComponent)")
            let rebuilt = ModelBuilder().build(read.model)
            #expect(!rebuilt.diagnostics.containsErrors, "\(file.lastPathComponent)")
            #expect(rebuilt.model.withoutLocations() == built.withoutLocations(), "\(file.lastPathComponent)")
        }
    }

    /// A hand-written file may leave out `kind`: building resolves it as for a `.domain` file.
    @Test func handWrittenModelsResolveWhenBuilt() throws {
        let result = read(
            """
            {"schemaVersion": 1, "entities": [
              {"name": "Customer", "fields": [{"name": "id", "type": {"name": "UUID"}},
                {"name": "addresses", "type": {"name": "Address", "list": true}}]},
              {"name": "Address", "fields": [{"name": "street", "type": {"name": "String"}}]}]}
            """)
        #expect(result.diagnostics.isEmpty)
        let built = ModelBuilder().build(result.model)
        #expect(!built.diagnostics.containsErrors)
        let customer = try #require(built.model.entity(named: "Customer"))
        #expect(customer.fields.last?.kind == .composition(target: "Address"))
        #expect(built.model.aggregates.map(\.members) == [["Customer", "Address"]])
    }

    /// Problems found when building a model read from JSON point at `file:line:col` and carry the path.
    @Test func buildDiagnosticsPointIntoTheJSON() throws {
        let input = MarkedSource(
            """
            {"schemaVersion": 1, "entities": [
              {"name": "Order", "fields": [1️⃣{"name": "buyer", "type": {"name": "Custmer"}, "reference": true}]}]}
            """)
        let built = ModelBuilder().build(read(input.text).model)
        let diagnostic = try #require(built.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location?.start.file == "m.json")
        #expect(diagnostic.location?.start.jsonPath == "$.entities[0].fields[0]")
        #expect(diagnostic.place == input.position(1))
    }
}
