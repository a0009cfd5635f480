import DecomposeCore
import Foundation

/// `decompose-benchmark`: times `decompose analyze` on seeded planted-context monoliths and the scaffold of 50
/// contexts, and prints a Markdown table (wall and CPU time, as the machine may be shared; peak memory; recovery of
/// the planted contexts as MoJoFM, computed by `DecompositionComparer`, and NMI).
///
/// Options: `--sizes 1000,10000,30000,100000`, `--community-sizes 20,5` (entities per planted context: large ones
/// and small ones, where modularity's resolution limit merges communities), `--seed 1`, `--graphs DIR` (also write
/// each model's coupling graph as `analyze --export-graph` does, its planted truth in the `.expected` format and a
/// `decompose.tsv` of the measurements, for `.ci/benchmark-peers`), `--workloads analysis,scaffold,clustering`
/// (default: analysis and scaffold; `clustering` clusters planted-partition graphs directly with each quality:
/// `--community-size 20`, `--intra 0.5`, `--inter-degree 8`, `--qualities modularity,constantPotts,…`; `formats`
/// times every reader and writer side by side on the planted model of each size, in contexts of the first community
/// size, best of `--repeats 3`, for `--formats json,jdl,cml,servicecutter` and the domain language:
/// `FormatsWorkload`; `outputs` times the reports, diagrams, graph export and `--decomposition` reader the same way
/// (`OutputsWorkload`); `quality` scores the suggestion on the tuning and validation sets under `--fixtures Fixtures`
/// against plain Louvain).
///
/// `decompose-benchmark score PARTITION EXPECTED` prints the MoJoFM of a partition (in the `.expected` format)
/// against the expected one, so peers' results are scored by the same code.
@main
struct Benchmark {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "score" {
            guard arguments.count == 3 else { Options.fail("usage: decompose-benchmark score PARTITION EXPECTED") }
            print(
                String(format: "%.2f", PartitionScore.mojoFM(partitionPath: arguments[1], expectedPath: arguments[2])))
            return
        }
        let options = Options(arguments: arguments)
        var results = ["size\tcommunity\ttool\tseconds\tcpu_seconds\tpeak_mib\tmojofm\tcontexts"]
        if !options.workloads.isDisjoint(with: ["analysis", "clustering"]) {
            print(
                "Seed \(options.seed); time, CPU and peak memory of parse + build + analyse of the in-memory source.\n")
            print(
                "| workload | entities | planted (size) | nodes | edges | time (s) | CPU (s) | peak MiB | found | MoJoFM | NMI |"
            )
            print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        }
        for size in options.sizes where options.workloads.contains("analysis") {
            for communitySize in options.communitySizes {
                let planted = PlantedModel(
                    entityCount: size, contextSize: communitySize, crossReadShare: 0.2, seed: options.seed)
                let (line, graph) = analyse(planted, graphs: options.graphs)
                results += [line, clusterExported(graph, planted: planted)]
            }
        }
        if options.workloads.contains("clustering") {
            for size in options.sizes { cluster(size: size, options: options) }
        }
        if options.workloads.contains("formats") {
            FormatsWorkload.printHeader(seed: options.seed)
            for size in options.sizes {
                FormatsWorkload.run(
                    size: size, contextSize: options.communitySizes[0], seed: options.seed, formats: options.formats,
                    repeats: options.repeats)
            }
        }
        if options.workloads.contains("outputs") {
            OutputsWorkload.printHeader(seed: options.seed)
            for size in options.sizes {
                OutputsWorkload.run(
                    size: size, contextSize: options.communitySizes[0], seed: options.seed, repeats: options.repeats)
            }
        }
        if options.workloads.contains("scaffold") { ScaffoldTiming.run(contexts: 50, seed: options.seed) }
        if options.workloads.contains("quality") {
            QualityWorkload(fixtures: options.fixtures, seed: options.seed).run()
        }
        if let directory = options.graphs {
            write(results.joined(separator: "\n") + "\n", to: "\(directory)/decompose.tsv")
        }
    }

    /// Measures one planted model, prints its row, writes its graph and truth when asked; returns its TSV line and
    /// the exported graph.
    static func analyse(_ planted: PlantedModel, graphs: String?) -> (line: String, graph: String) {
        let workload = AnalysisWorkload(planted: planted)
        let (output, measurement) = Measurement.of { workload.run() }
        let decomposition = output.result.decomposition
        let comparison = DecompositionComparer().compare(
            suggested: AnalysisWorkload.suggested(decomposition), expected: planted.expected)
        let recovery = Recovery(
            found: AnalysisWorkload.labels(of: decomposition, model: output.model), planted: planted.truth)
        let graph = CouplingGraphWriter().write(output.result)
        let lines = graph.split(separator: "\n")
        func count(_ section: String) -> String {
            lines.first { $0.hasPrefix(section + " ") }.map { String($0.dropFirst(section.count + 1)) } ?? "?"
        }
        printRow([
            "analyze", "\(planted.entityCount)", "\(planted.contextCount) (\(planted.contextSize))", count("nodes"),
            count("edges"), String(format: "%.3f", measurement.seconds), String(format: "%.3f", measurement.cpuSeconds),
            measurement.peakText, "\(decomposition.contexts.count)", String(format: "%.2f", comparison.mojoFM),
            String(format: "%.3f", recovery.nmi),
        ])
        let name = "c\(planted.contextSize)-\(planted.entityCount)"
        if let graphs {
            write(graph, to: "\(graphs)/\(name).graph")
            write(PartitionScore.text(of: planted.expected), to: "\(graphs)/\(name).expected")
        }
        let line = [
            "\(planted.entityCount)", "\(planted.contextSize)", "decompose",
            String(format: "%.3f", measurement.seconds),
            String(format: "%.3f", measurement.cpuSeconds), measurement.peakText,
            String(format: "%.2f", comparison.mojoFM), "\(decomposition.contexts.count)",
        ]
        return (line.joined(separator: "\t"), graph)
    }

    /// Times the clustering step alone on the exported graph (Leiden, modularity at the analysis's resolution, the
    /// cannot-link pairs), the same work the peers are timed on; prints its row and returns its TSV line.
    static func clusterExported(_ text: String, planted: PlantedModel) -> String {
        let file = GraphFile(text)
        let clustering = LeidenClustering(
            resolution: ContextAnalyzer.resolution(unitCount: file.nodes.count), seed: 1, quality: .modularity)
        let (labels, measurement) = Measurement.of {
            clustering.cluster(file.graph, cannotLink: file.cannotLink).labels
        }
        var suggested: [String: [String]] = [:]
        for (node, label) in labels.enumerated() { suggested["C\(label)", default: []] += file.nodes[node] }
        let mojoFM = DecompositionComparer().compare(suggested: suggested, expected: planted.expected).mojoFM
        printRow([
            "leiden on the graph", "\(planted.entityCount)", "\(planted.contextCount) (\(planted.contextSize))",
            "\(file.graph.nodeCount)", "\(file.graph.edgeCount)", String(format: "%.3f", measurement.seconds),
            String(format: "%.3f", measurement.cpuSeconds), measurement.peakText, "\(suggested.count)",
            String(format: "%.2f", mojoFM), "",
        ])
        return [
            "\(planted.entityCount)", "\(planted.contextSize)", "decompose-leiden",
            String(format: "%.3f", measurement.seconds),
            String(format: "%.3f", measurement.cpuSeconds), measurement.peakText, String(format: "%.2f", mojoFM),
            "\(suggested.count)",
        ].joined(separator: "\t")
    }

    /// Clusters a planted-partition graph directly with each quality function.
    static func cluster(size: Int, options: Options) {
        let planted = PlantedPartition(
            nodeCount: size, communitySize: options.communitySize, intraProbability: options.intra,
            interDegree: options.interDegree, seed: options.seed)
        let graph = planted.graph()
        for quality in options.qualities {
            let clustering = LeidenClustering(seed: options.seed, quality: quality)
            let (labels, measurement) = Measurement.of { clustering.cluster(graph).labels }
            let recovery = Recovery(found: labels, planted: planted.truth)
            printRow([
                "leiden/\(quality.rawValue)", "\(size)", "\(recovery.plantedCount) (\(options.communitySize))",
                "\(graph.nodeCount)", "\(graph.edgeCount)", String(format: "%.3f", measurement.seconds),
                String(format: "%.3f", measurement.cpuSeconds), measurement.peakText, "\(recovery.foundCount)",
                String(format: "%.2f", PartitionScore.mojoFM(found: labels, planted: planted.truth)),
                String(format: "%.3f", recovery.nmi),
            ])
        }
    }

    static func printRow(_ cells: [String]) {
        print("| " + cells.joined(separator: " | ") + " |")
        fflush(nil)
    }

    static func write(_ text: String, to path: String) {
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Options.fail("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
