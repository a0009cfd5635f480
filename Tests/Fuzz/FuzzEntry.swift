import Foundation

/// The target named by `DECOMPOSE_FUZZ_TARGET`, read once; the process stops with a usage message when it
/// names none.
let selectedFuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["DECOMPOSE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("decompose-fuzz: set DECOMPOSE_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry point: one input, fed to the selected target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedFuzzTarget.run(bytes)
    return 0
}
