import Foundation
import Testing

@testable import DecomposeCore

/// The validation set (`Fixtures/validation`): published systems written blind and never tuned on. The tests check
/// that every model loads and that its expected split places every entity exactly once, and they guard the set's
/// mean MoJoFM against regressions at the value measured when the set was first scored; the README reports the
/// scores, with plain Louvain beside them, from `decompose-benchmark --workloads quality`.
@Suite struct ValidationSetTests {
    static let systems: [String] = {
        let folder = FixtureQualityTests.packageRoot.appendingPathComponent("Fixtures/validation")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".domain") }.map { folder.appendingPathComponent($0).path }.sorted()
    }()

    /// The mean MoJoFM over the four batches when the fourth was scored (80.9; the first three alone were 79.6);
    /// a change that lowers it is a regression, and one that raises it was not made for it (the set is never tuned
    /// on).
    static let meanFloor = 80.5

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
