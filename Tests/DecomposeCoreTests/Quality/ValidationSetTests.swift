import Foundation
import Testing

@testable import DecomposeCore

/// The validation set (`Fixtures/validation`): published systems written blind and never tuned on. The tests check that
/// every model loads and that its expected split places every entity exactly once, and they guard the set's mean MoJoFM
/// against regressions at the value measured when the set was first scored; the ExampleModelsAndQuality article reports
/// the scores, with plain Louvain beside them, from `decompose-benchmark --workloads quality`.
@Suite struct ValidationSetTests {
    static let systems: [String] = {
        let folder = FixtureQualityTests.packageRoot.appendingPathComponent("Fixtures/validation")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".domain") }.map { folder.appendingPathComponent($0).path }.sorted()
    }()

    /// The mean MoJoFM over the four batches when the fourth was scored was 80.9 (the first three alone: 79.6).
    /// Joining one-entity contexts to what pulls them more than their own work (`OneEntityContexts`, issue 20)
    /// lowered it to 77.8 while it raised the tuning set from 77.5 to 81.3 and the generalisation set from 61.8 to
    /// 66.6: the set's small demo systems make a service of nearly every entity. A change that lowers it further is
    /// a regression, and one that raises it was not made for it (the set is never tuned on).
    static let meanFloor = 77.5

    private static func expected(of path: String) throws -> ExpectedDecomposition {
        try QualitySetScoring.expected(at: FixtureQualityTests.expectedPath(for: path))
    }

    @Test func thereAreAtLeastTenSystemsAndNoneIsInTheTuningSet() {
        #expect(Self.systems.count >= 10)
        let tuning = Set(FixtureQualityTests.fixtures.map { URL(fileURLWithPath: $0).lastPathComponent })
        #expect(Self.systems.allSatisfy { !tuning.contains(URL(fileURLWithPath: $0).lastPathComponent) })
    }

    @Test(arguments: systems) func everyEntityIsExpectedExactlyOnce(path: String) throws {
        let model = try FixtureQualityTests.load(path)
        let listed = try Self.expected(of: path).contexts.flatMap(\.entities)
        #expect(listed.sorted() == model.entities.map(\.name).sorted())
    }

    @Test func theMeanDoesNotFallBelowWhatWasFirstMeasured() throws {
        let mean = try QualitySetScoring.meanMoJoFM(
            of: Self.systems, load: FixtureQualityTests.load, expectedPath: FixtureQualityTests.expectedPath(for:))
        #expect(mean >= Self.meanFloor, "validation mean MoJoFM \(mean)")
    }
}
