import DecomposeTestSupport
import Foundation

@testable import DecomposeCore

/// Decompositions to draw: the analysis of every model under `Fixtures/`, and generated maps of any size.
enum DiagramSamples {
    /// Every model file under `Fixtures/` that reads without errors on its own (paths relative to it).
    static let fixturePaths: [String] = {
        let root = PackagePaths.fixtures
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        let files = (enumerator?.allObjects as? [URL] ?? []).filter {
            ["domain", "jdl", "cml"].contains($0.pathExtension) || $0.lastPathComponent.hasSuffix("_model.json")
        }
        return files.map { String($0.path.dropFirst(root.path.count + 1)) }.sorted()
    }()

    /// The suggested decomposition of the fixture at `relativePath`.
    static func fixture(_ relativePath: String) throws -> Decomposition {
        let url = PackagePaths.fixture(relativePath)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let model = ModelReader.read(text, path: url.path).model else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return ContextAnalyzer().analyze(model).decomposition
    }

    /// A decomposition of `count` contexts with names of varied length, a few aggregates each, relationships
    /// of every pattern (some forming cycles, some skipping far ahead) and findings about contexts and
    /// entities (from four contexts on), all from a fixed pseudo-random sequence.
    static func generated(contexts count: Int, seed: UInt64 = 7) -> Decomposition {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["Order", "Billing", "Catalogue", "Shipping", "Identity", "Loyalty", "Pricing", "Returns"]
        let contexts = (0..<count).map { index in
            let name = words[index % words.count] + (next(3) == 0 ? "Management" : "") + "\(index)"
            let entities = (0..<(1 + next(6))).map { "\(name)Entity\($0)" }
            let aggregates = Array(entities.prefix(next(5)))
            return BoundedContext(name: name, entities: entities, aggregates: aggregates)
        }
        var pairs = Set<[Int]>()
        for _ in 0..<(count * 3 / 2) {
            let a = next(count)
            let b = next(count)
            if a != b { pairs.insert([a, b]) }
        }
        let patterns = RelationshipPattern.allCases
        let relationships = pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { pair in
            ContextRelationship(
                upstream: contexts[pair[0]].name, downstream: contexts[pair[1]].name,
                pattern: patterns[next(patterns.count)])
        }
        let findings =
            count < 4
            ? []
            : [
                Finding(
                    kind: .cycle, subject: "\(contexts[0].name), \(contexts[1].name)", message: "A cycle.",
                    suggestion: ""),
                Finding(kind: .oversizedContext, subject: contexts[2].name, message: "Too big.", suggestion: ""),
                Finding(
                    kind: .borderlineEntity, subject: contexts[3].entities[0], message: "Borderline.", suggestion: ""),
                Finding(
                    kind: .constraintConflict, subject: "\(count + 1) contexts", message: "Unreachable.", suggestion: ""
                ),
            ]
        return Decomposition(
            system: "Generated\(count)", contexts: contexts, relationships: relationships, findings: findings)
    }

    /// Two contexts and a finding whose names need escaping in every format (one holds a control character).
    static let hostileNames = Decomposition(
        system: "Shop <&\"'> Ünïcødé 日本",
        contexts: [
            BoundedContext(name: "A<&\"'>Ü日本", entities: ["E<&\"'>"], aggregates: ["Agg\"'<&>"]),
            BoundedContext(name: "Back\\slash**bold**\u{1}", entities: ["F"]),
        ],
        relationships: [
            ContextRelationship(upstream: "A<&\"'>Ü日本", downstream: "Back\\slash**bold**\u{1}", pattern: .conformist)
        ],
        findings: [
            Finding(
                kind: .borderlineEntity, subject: "E<&\"'>", message: "E<&\"'> is \"pulled\" & <torn>.", suggestion: "")
        ])
}
