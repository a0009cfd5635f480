import Foundation

/// Runs the built `decompose` binary the way a user would, capturing what it prints.
public enum ToolRunner {
    /// What one run printed and how it exited.
    public struct Result: Sendable, Equatable {
        public var standardOutput: String
        public var standardError: String
        public var exitCode: Int32
    }

    /// The `decompose` executable next to the test bundle (both live in the build products folder),
    /// or under `.build/debug` of the package.
    public static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("decompose"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("decompose"),
            PackagePaths.root.appendingPathComponent(".build/debug/decompose"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// Runs `decompose` with `arguments` in `directory`, with extra environment variables (NO_COLOR is
    /// always set so output never depends on the terminal), and optional standard input.
    public static func run(
        _ arguments: [String], in directory: URL = PackagePaths.root, environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Standard error goes to a file so that a chatty run can never block on a full pipe while
        // standard output is being read.
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("decompose-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errData = try Data(contentsOf: errorFile)
        return Result(
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}
