import DecomposeCore
import Foundation

/// The benchmark's command-line options.
struct Options {
    var sizes = [1_000, 10_000, 30_000, 100_000]
    var communitySizes = [20, 5]
    var seed: UInt64 = 1
    var graphs: String?
    var workloads: Set<String> = ["analysis", "scaffold"]
    var communitySize = 20
    var intra = 0.5
    var interDegree = 8.0
    var qualities = LeidenClustering.Quality.allCases
    /// The folder holding the tuning and validation sets, for the `quality` workload.
    var fixtures = "Fixtures"
    /// How often the `formats` workload runs each reader and writer (it keeps the run with the least CPU time).
    var repeats = 3
    /// The formats the `formats` workload measures (the domain language always, as the baseline).
    var formats = ModelFormat.allCases

    init(arguments: [String]) {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { Options.fail("missing value for \(flag)") }
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--community-sizes": communitySizes = value.split(separator: ",").compactMap { Int($0) }
            case "--seed": seed = UInt64(value) ?? seed
            case "--graphs": graphs = value
            case "--fixtures": fixtures = value
            case "--workloads": workloads = Set(value.split(separator: ",").map(String.init))
            case "--community-size": communitySize = Int(value) ?? communitySize
            case "--intra": intra = Double(value) ?? intra
            case "--inter-degree": interDegree = Double(value) ?? interDegree
            case "--repeats": repeats = Int(value) ?? repeats
            case "--formats":
                let named = Set(value.split(separator: ",").compactMap { ModelFormat(rawValue: String($0)) })
                formats = ModelFormat.allCases.filter { $0 == .domain || named.contains($0) }
            case "--qualities":
                qualities = value.split(separator: ",").compactMap { LeidenClustering.Quality(rawValue: String($0)) }
            default: Options.fail("unknown option \(flag)")
            }
        }
        guard communitySize > 0, !communitySizes.isEmpty, communitySizes.allSatisfy({ $0 > 0 }),
            !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }), repeats > 0
        else {
            Options.fail("sizes, community sizes and repeats must be positive")
        }
    }

    static func fail(_ message: String, code: Int32 = 64) -> Never {
        FileHandle.standardError.write(Data("decompose-benchmark: \(message)\n".utf8))
        exit(code)
    }
}
