import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wall time, CPU time and peak resident memory of one piece of work.
struct Measurement {
    let seconds: Double
    let cpuSeconds: Double
    /// Peak resident memory in MiB during the work (nil where /proc is not available).
    let peakMegabytes: Double?

    /// Runs `work` once after resetting the peak-memory mark, and measures it. Freed memory of earlier work is
    /// handed back to the system first, so the peak is this work's (plus what is still alive).
    static func of<Output>(_ work: () -> Output) -> (output: Output, measurement: Measurement) {
        returnFreedMemory()
        PeakMemory.reset()
        let clock = ContinuousClock()
        let cpuStart = Foundation.clock()
        var output: Output?
        let elapsed = clock.measure { output = work() }
        let cpuSeconds = Double(Foundation.clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (output!, Measurement(seconds: seconds, cpuSeconds: cpuSeconds, peakMegabytes: PeakMemory.megabytes()))
    }

    /// Calls glibc's `malloc_trim(0)`, looked up at run time (the Glibc module does not export it); nothing
    /// elsewhere.
    private static func returnFreedMemory() {
        #if canImport(Glibc)
            typealias Trim = @convention(c) (Int) -> Int32
            if let symbol = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(symbol, to: Trim.self)(0) }
        #endif
    }

    /// The peak in whole MiB, or `n/a`.
    var peakText: String { peakMegabytes.map { String(format: "%.0f", $0) } ?? "n/a" }
}
