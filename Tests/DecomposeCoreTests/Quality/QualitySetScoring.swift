import Foundation
import Testing

@testable import DecomposeCore

/// What the tests of the validation and generalisation sets share: reading a system's expected split, and the mean
/// MoJoFM of the suggestion over a set.
enum QualitySetScoring {
    /// The expected split at `expectedPath`, which must read without errors.
    static func expected(at expectedPath: String) throws -> ExpectedDecomposition {
        let parsed = ExpectedDecompositionParser().parse(
            try String(contentsOfFile: expectedPath, encoding: .utf8), path: expectedPath)
        #expect(!parsed.diagnostics.containsErrors)
        return try #require(parsed.decomposition)
    }

    /// The mean MoJoFM of the default suggestion for each model of `paths` (read by `load`) against its expected
    /// split (at `expectedPath`).
    static func meanMoJoFM(
        of paths: [String], load: (String) throws -> DomainModel, expectedPath: (String) -> String
    ) throws -> Double {
        var scores: [Double] = []
        for path in paths {
            let decomposition = ContextAnalyzer().analyze(try load(path)).decomposition
            var suggested: [String: [String]] = [:]
            for context in decomposition.contexts { suggested[context.name] = context.entities }
            let expected = try expected(at: expectedPath(path))
            scores.append(DecompositionComparer().compare(suggested: suggested, expected: expected).mojoFM)
        }
        return scores.reduce(0, +) / Double(max(scores.count, 1))
    }
}
