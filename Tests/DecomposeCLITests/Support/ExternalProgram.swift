import Foundation

/// A program outside the package that a test drives (a browser, a PDF tool): found on `PATH`, run with a time limit.
struct ExternalProgram: Sendable {
    /// What one run printed and how it ended.
    struct Result: Sendable {
        var standardOutput: Data
        var standardError: String
        var exitCode: Int32
        var timedOut: Bool
    }

    var url: URL

    /// The first of `names` that is an executable file in a folder of `PATH`.
    static func find(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Self? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return Self(url: candidate) }
            }
        }
        return nil
    }

    /// Runs the program with `arguments`, killing it after `timeout` seconds. Output goes through files so a chatty
    /// program can never block on a full pipe.
    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decompose-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outputFile.path, contents: nil),
            FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown) }
        let output = try FileHandle(forWritingTo: outputFile)
        let error = try FileHandle(forWritingTo: errorFile)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let timedOut = process.isRunning
        if timedOut {
            process.terminate()
        }
        process.waitUntilExit()
        try output.close()
        try error.close()
        return Result(
            standardOutput: try Data(contentsOf: outputFile),
            standardError: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self),
            exitCode: process.terminationStatus, timedOut: timedOut)
    }
}
