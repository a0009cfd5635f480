import DecomposeCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading inputs and writing outputs, with the exit codes the tool promises for each failure.
enum FileAccess {
    /// The UTF-8 text of `path` (standard input for `-`), or a failure with exit code 66.
    static func read(_ path: String) throws(CommandFailure) -> String {
        if path == "-" {
            return try decode(FileHandle.standardInput.readDataToEndOfFile(), path: "<stdin>")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(.inputMissing, "no such file '\(path)'")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(.inputMissing, "cannot read '\(path)'")
        }
        return try decode(data, path: path)
    }

    private static func decode(_ data: Data, path: String) throws(CommandFailure) -> String {
        let bytes = [UInt8](data)
        if let (byte, location) = UTF8Check.firstInvalidByte(in: bytes, file: path) {
            let hex = String(byte, radix: 16, uppercase: true)
            let message = "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); decompose reads UTF-8 text"
            throw CommandFailure(
                .badInput, Diagnostic.error("input.invalidUTF8", message, at: SourceRange(start: location)))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `text` to `path` all at once: into a temporary file in the same folder, then renamed
    /// over the destination, so a reader never sees a partial file. Fails with exit code 73.
    static func write(_ text: String, to path: String) throws(CommandFailure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw CommandFailure(.cannotWrite, "cannot write '\(path)'")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CommandFailure(.cannotWrite, "cannot write '\(path)': \(reason)")
        }
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
