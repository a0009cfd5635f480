import Foundation
import Testing

/// Compares output with a committed golden file under `Fixtures/`.
///
/// A mismatch fails with a unified diff. With `DECOMPOSE_RECORD=1` the file is (re)written with the
/// actual output and the test still fails once, so every re-record is a visible, reviewed change.
public enum GoldenFile {
    /// Whether the environment asks to re-record golden files.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["DECOMPOSE_RECORD"] == "1"
    }

    /// Checks `actual` against `Fixtures/<relativePath>`.
    public static func assertMatches(
        _ actual: String, _ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertMatches(actual, file: PackagePaths.fixture(relativePath), sourceLocation: sourceLocation)
    }

    /// Checks `actual` against the file at `url` (any file of the package that is generated from tests).
    public static func assertMatches(
        _ actual: String, file url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let expected = (try? String(contentsOf: url, encoding: .utf8))
        if expected == actual { return }
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record(
                    "Recorded \(url.path); run again without DECOMPOSE_RECORD to check it.",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record(
                "Missing golden file \(url.path); run with DECOMPOSE_RECORD=1 to create it.",
                sourceLocation: sourceLocation)
            return
        }
        let diff = UnifiedDiff.diff(old: expected, new: actual, oldName: url.path, newName: "actual output")
        Issue.record(
            "Output differs from \(url.lastPathComponent) (DECOMPOSE_RECORD=1 re-records):\n\(diff)",
            sourceLocation: sourceLocation)
    }
}
