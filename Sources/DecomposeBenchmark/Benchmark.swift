import DecomposeCore
import Foundation

/// `decompose-benchmark`: clusters seeded planted-partition graphs and prints wall and CPU time (the machine may be
/// shared), peak memory and recovery as a Markdown table.
///
/// Options: `--sizes 1000,10000,100000`, `--community-size 20`, `--intra 0.5` (pair probability inside a
/// community), `--inter-degree 8` (mean links per node to other communities), `--seed 1`,
/// `--qualities modularity,constantPotts,degreeCorrectedPotts` (default: all), `--workloads clustering,analysis`
/// (default: both; `analysis` parses, builds and analyses a generated `.domain` model with planted contexts of
/// `--context-size 10` entities, and its "edges" column counts use cases).
@main
struct Benchmark {
    static func main() {
        let options = Options(arguments: Array(CommandLine.arguments.dropFirst()))
        print(
            "Planted partitions: community size \(options.communitySize), intra probability \(options.intra), ",
            "mean inter-community degree \(options.interDegree), seed \(options.seed).\n", separator: "")
        print(
            "| workload | nodes | edges | p_out | planted | found | time (s) | CPU (s) | peak MiB | precision | recall | NMI "
                + "| purity |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size in options.sizes {
            if options.workloads.contains("analysis") {
                let model = PlantedModel(
                    entityCount: size, contextSize: options.contextSize, crossReadShare: 0.2, seed: options.seed)
                measure(AnalysisWorkload(planted: model), interProbability: 0)
            }
            guard options.workloads.contains("clustering") else { continue }
            let planted = PlantedPartition(
                nodeCount: size, communitySize: options.communitySize, intraProbability: options.intra,
                interDegree: options.interDegree, seed: options.seed)
            let graph = planted.graph()
            for quality in options.qualities {
                let workload = ClusteringWorkload(
                    graph: graph, truth: planted.truth,
                    clustering: LeidenClustering(seed: options.seed, quality: quality))
                measure(workload, interProbability: planted.interProbability)
            }
        }
    }

    /// Runs one workload and prints its table row.
    static func measure(_ workload: some Workload, interProbability: Double) {
        PeakMemory.reset()
        let wallClock = ContinuousClock()
        var found: [Int] = []
        let cpuStart = clock()
        let elapsed = wallClock.measure { found = workload.run() }
        let cpuSeconds = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        let peak = PeakMemory.megabytes().map { String(format: "%.0f", $0) } ?? "n/a"
        let recovery = Recovery(found: found, planted: workload.truth)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let cells = [
            workload.name, "\(workload.itemCount)", "\(workload.edgeCount)", String(format: "%.2g", interProbability),
            "\(recovery.plantedCount)", "\(recovery.foundCount)", String(format: "%.3f", seconds),
            String(format: "%.3f", cpuSeconds), peak,
            String(format: "%.3f", recovery.precision), String(format: "%.3f", recovery.recall),
            String(format: "%.3f", recovery.nmi), String(format: "%.3f", recovery.purity),
        ]
        print("| " + cells.joined(separator: " | ") + " |")
        fflush(nil)
    }
}

/// The benchmark's command-line options.
struct Options {
    var sizes = [1_000, 10_000, 100_000]
    var communitySize = 20
    var intra = 0.5
    var interDegree = 8.0
    var seed: UInt64 = 1
    var qualities = LeidenClustering.Quality.allCases
    var workloads: Set<String> = ["clustering", "analysis"]
    var contextSize = 10

    init(arguments: [String]) {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { Options.fail("missing value for \(flag)") }
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--community-size": communitySize = Int(value) ?? communitySize
            case "--intra": intra = Double(value) ?? intra
            case "--inter-degree": interDegree = Double(value) ?? interDegree
            case "--seed": seed = UInt64(value) ?? seed
            case "--workloads": workloads = Set(value.split(separator: ",").map(String.init))
            case "--context-size": contextSize = Int(value) ?? contextSize
            case "--qualities":
                qualities = value.split(separator: ",").compactMap { LeidenClustering.Quality(rawValue: String($0)) }
            default: Options.fail("unknown option \(flag)")
            }
        }
        guard communitySize > 0, contextSize > 0, !sizes.isEmpty else {
            Options.fail("sizes and community size must be positive")
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("decompose-benchmark: \(message)\n".utf8))
        exit(64)
    }
}
