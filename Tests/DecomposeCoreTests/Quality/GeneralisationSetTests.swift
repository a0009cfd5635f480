import Foundation
import Testing

@testable import DecomposeCore

/// The generalisation set (`Fixtures/generalisation`): modular monoliths restated from their source code the way users
/// bring models (half in JDL or Service Cutter JSON without use cases), with the module split their engineers designed.
/// Written without running the analysis on them and never tuned on. The tests check that every model loads and that its
/// expected split places every entity exactly once, and guard the set's mean MoJoFM at the value of its first scoring;
/// the ExampleModelsAndQuality article reports the scores per input class with plain Louvain beside them
/// (`decompose-benchmark --workloads quality`).
@Suite struct GeneralisationSetTests {
    static let folder = FixtureQualityTests.packageRoot.appendingPathComponent("Fixtures/generalisation")

    /// Every model file with an `.expected` beside it, whatever its format.
    static let systems: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { name in [".domain", ".jdl", ".cml", "_model.json"].contains { name.hasSuffix($0) } }
            .map { folder.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: expectedPath(of: $0)) }.sorted()
    }()

    /// The mean MoJoFM when the set was first scored was 61.8, before any rule was changed for it; joining one-entity
    /// contexts and one-to-one companions (issue 20, judged on the tuning set) raised it to 66.6. A change that lowers
    /// it is a regression, and one that raises it was not made for it (the set is never tuned on).
    static let meanFloor = 66.5

    static func expectedPath(of path: String) -> String {
        let suffix = [".domain", ".jdl", ".cml", "_model.json"].first { path.hasSuffix($0) } ?? ""
        return String(path.dropLast(suffix.count)) + ".expected"
    }

    static func load(_ path: String) throws -> DomainModel {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (model, diagnostics) = ModelReader.read(text, path: path)
        return try #require(model, "\(DiagnosticFormatter(sources: [path: text]).format(diagnostics))")
    }

    private static func expected(of path: String) throws -> ExpectedDecomposition {
        try QualitySetScoring.expected(at: expectedPath(of: path))
    }

    @Test func halfOfTheSetHasNoUseCasesAndNoneIsInAnotherSet() throws {
        let models = try Self.systems.map(Self.load)
        #expect(models.count >= 4)
        #expect(models.filter { $0.useCases.isEmpty }.count * 2 >= models.count)
        let others = Set(
            (FixtureQualityTests.fixtures + ValidationSetTests.systems).map {
                URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
            })
        for path in Self.systems {
            let name = URL(fileURLWithPath: Self.expectedPath(of: path)).deletingPathExtension().lastPathComponent
            #expect(!others.contains(name), "\(name) is in another set")
        }
    }

    @Test(arguments: systems) func everyEntityIsExpectedExactlyOnce(path: String) throws {
        let model = try Self.load(path)
        let listed = try Self.expected(of: path).contexts.flatMap(\.entities)
        #expect(listed.sorted() == model.entities.map(\.name).sorted())
    }

    @Test func theMeanDoesNotFallBelowWhatWasFirstMeasured() throws {
        let mean = try QualitySetScoring.meanMoJoFM(of: Self.systems, load: Self.load, expectedPath: Self.expectedPath)
        #expect(mean >= Self.meanFloor, "generalisation mean MoJoFM \(mean)")
    }
}
