import Testing

@testable import DecomposeCore

/// The named hostile inputs of issue 5 in a Service Cutter pair (model and user representations): each gives its
/// located diagnostic, in the file it is in, or the correct model; never a crash, a hang or a stack overflow.
@Suite struct ServiceCutterHostileInputTests {
    static let model = """
        {"name": "S", "entities": [{"name": "Node", "nanoentities": ["a", "b"]}],
         "relations": [{"origin": "Node", "destination": "Node", "type": "AGGREGATION"}]}
        """

    /// Hostile model files, read alone.
    static let modelCases = [
        HostileCase("empty file", "", ["json.unexpectedEnd@1:1"]),
        HostileCase(
            "NUL byte", marked: "{\"name\": \"S\", 1️⃣\u{0}}"
        ) { ["json.unexpectedCharacter@" + $0.position(1)] },
        HostileCase(
            "200,000 nested brackets", "{\"name\": \"S\", \"entities\": " + HostileCase.nested("["),
            ["json.tooDeep@1:\(26 + JSONParser().maximumDepth)"]),
        HostileCase(
            "a relation to a missing entity",
            marked: """
                {"name": "S", "entities": [{"name": "Node", "nanoentities": ["a"]}],
                 "relations": [{"origin": "Node", "destination": 1️⃣"Gone", "type": "AGGREGATION"}]}
                """
        ) { ["servicecutter.unknownEntity@" + $0.position(1)] },
    ]

    /// Hostile user representations, read with `model`.
    static let representationCases = [
        HostileCase("empty file", "", ["json.unexpectedEnd@1:1"]),
        HostileCase(
            "200,000 nested objects", "{\"useCases\": " + HostileCase.nested("{\"a\":"),
            ["json.tooDeep@1:\(13 + 5 * (JSONParser().maximumDepth - 1) + 1)"]),
        HostileCase(
            "use cases naming missing entities and nanoentities",
            marked: """
                {"useCases": [{"name": "U", "nanoentitiesRead": [1️⃣"Nope.a", 2️⃣"Node.zz"],
                 "nanoentitiesWritten": ["Node.a"]}]}
                """
        ) { ["servicecutter.unknownEntity@" + $0.position(1), "servicecutter.unknownNanoentity@" + $0.position(2)] },
    ]

    @Test(arguments: modelCases)
    func aHostileModelGivesItsLocatedDiagnostic(_ hostile: HostileCase) {
        let (model, diagnostics) = ModelReader.read(hostile.text, path: "m.json", format: .servicecutter)
        hostile.check(diagnostics)
        #expect((model == nil) == diagnostics.containsErrors)
        #expect(diagnostics.allSatisfy { $0.location?.start.file == "m.json" })
    }

    @Test(arguments: representationCases)
    func hostileRepresentationsGiveTheirLocatedDiagnostic(_ hostile: HostileCase) {
        let (model, diagnostics) = ModelReader.read(
            Self.model, path: "m.json", format: .servicecutter, userRepresentations: (hostile.text, "u.json"))
        hostile.check(diagnostics)
        #expect((model == nil) == diagnostics.containsErrors)
        #expect(diagnostics.allSatisfy { $0.location?.start.file == "u.json" })
    }

    @Test func selfRelationsHostileNamesABOMAndCRLFReadCorrectly() throws {
        let names = """
            {"name": "../S", "entities": [{"name": "../x y", "nanoentities": ["a b"]},
             {"name": "class", "nanoentities": ["../z"]}, {"name": "Ünï", "nanoentities": ["id"]}],
             "relations": [{"origin": "Ünï", "destination": "Ünï", "type": "AGGREGATION"}]}
            """
        let lf = ModelReader.read(names, path: "m.json", format: .servicecutter)
        #expect(lf.diagnostics.isEmpty)
        let resolved = try #require(lf.model)
        #expect(resolved.entities.map(\.name).sorted() == ["../x y", "class", "Ünï"])
        let crlf = ModelReader.read(HostileCase.withBOMAndCRLF(names), path: "m.json", format: .servicecutter)
        #expect(crlf.diagnostics.map(\.id) == ["json.byteOrderMark"])
        #expect(try #require(crlf.model).withoutLocations() == resolved.withoutLocations())
        #expect(ModelReader.read(Self.model, path: "m.json", format: .servicecutter).diagnostics.isEmpty)
    }
}
