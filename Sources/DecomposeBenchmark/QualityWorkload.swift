import DecomposeCore
import Foundation

/// How close the suggestion comes to the published splits, on the tuning set and on the validation set apart, with
/// two baselines computed in the same run: plain Louvain on the model's facts (`FactGraph`: what a user gets
/// without the analysis) and plain Louvain on the analysis' own coupling graph (what the analysis' clustering adds
/// over Louvain once the criteria have weighed the facts).
///
/// The tuning set is every `.domain` with an `.expected` beside it in `Fixtures/` and `Fixtures/systems/`: the
/// analysis' weights were designed and checked on these. The validation set is `Fixtures/validation/`: written
/// blind from published sources, never used to choose a weight or a rule. Both are scored with the default options
/// by `DecompositionComparer` (MoJoFM), the baseline too.
struct QualityWorkload {
    /// One system's scores.
    struct Row {
        var system: String
        var entities: Int
        var expectedContexts: Int
        var found: Int
        var mojoFM: Double
        var factsFound: Int
        var factsMoJoFM: Double
        var baselineFound: Int
        var baselineMoJoFM: Double
    }

    let fixtures: String
    let seed: UInt64

    /// Prints a table per set, with the mean and the worst of each; stops with exit 65 on a model that does not load.
    func run() {
        let sets = [
            ("tuning", [fixtures, "\(fixtures)/systems"]),
            ("validation", ["\(fixtures)/validation"]),
        ]
        print("\nQuality against the published splits (MoJoFM; baselines: plain Louvain at resolution 1, seed \(seed),")
        print("on the model's fact graph and on decompose's coupling graph).\n")
        print(
            "| set | system | entities | expected | decompose found | decompose MoJoFM | Louvain on facts found "
                + "| Louvain on facts MoJoFM | Louvain on coupling found | Louvain on coupling MoJoFM |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for (name, folders) in sets {
            let rows = Self.systems(in: folders).map(score)
            for row in rows {
                Benchmark.printRow([
                    name, row.system, "\(row.entities)", "\(row.expectedContexts)", "\(row.found)",
                    String(format: "%.1f", row.mojoFM), "\(row.factsFound)", String(format: "%.1f", row.factsMoJoFM),
                    "\(row.baselineFound)", String(format: "%.1f", row.baselineMoJoFM),
                ])
            }
            guard !rows.isEmpty else { continue }
            let columns: [KeyPath<Row, Double>] = [\.mojoFM, \.factsMoJoFM, \.baselineMoJoFM]
            Benchmark.printRow(
                ["**\(name)**", "**mean of \(rows.count)**", "", ""]
                    + columns.flatMap { column in
                        [
                            "",
                            String(
                                format: "**%.1f**", rows.map { $0[keyPath: column] }.reduce(0, +) / Double(rows.count)),
                        ]
                    })
            Benchmark.printRow(
                ["**\(name)**", "worst", "", ""]
                    + columns.flatMap { column in
                        let worst = rows.min { $0[keyPath: column] < $1[keyPath: column] }!
                        return ["", String(format: "%.1f (%@)", worst[keyPath: column], worst.system)]
                    })
        }
    }

    /// The `.domain` files with an `.expected` beside them in `folders`, sorted by path.
    static func systems(in folders: [String]) -> [String] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".domain") }
                .map { "\(folder)/\($0)" }
                .filter { FileManager.default.fileExists(atPath: expectedPath(of: $0)) }
        }.sorted()
    }

    static func expectedPath(of path: String) -> String {
        String(path.dropLast(".domain".count)) + ".expected"
    }

    /// Analyses one system and clusters its coupling graph with the baseline.
    private func score(_ path: String) -> Row {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let expectedText = try? String(contentsOfFile: Self.expectedPath(of: path), encoding: .utf8)
        else { Options.fail("cannot read \(path) or its .expected file") }
        let read = ModelReader.read(text, path: path)
        guard let model = read.model, !read.diagnostics.containsErrors else {
            Options.fail("\(path) does not load: \(read.diagnostics.first?.message ?? "")", code: 65)
        }
        guard let expected = ExpectedDecompositionParser().parse(expectedText, path: path).decomposition else {
            Options.fail("\(Self.expectedPath(of: path)) is not a decomposition", code: 65)
        }
        let result = ContextAnalyzer(options: AnalysisOptions(seed: seed)).analyze(model)
        let suggested = AnalysisWorkload.suggested(result.decomposition)
        let file = GraphFile(CouplingGraphWriter().write(result))
        let baseline = louvain(file.nodes, file.graph)
        let facts = FactGraph(model)
        let factsBaseline = louvain(facts.nodes, facts.graph)
        let comparer = DecompositionComparer()
        return Row(
            system: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            entities: model.entities.count, expectedContexts: expected.contexts.count,
            found: result.decomposition.contexts.count,
            mojoFM: comparer.compare(suggested: suggested, expected: expected).mojoFM, factsFound: factsBaseline.count,
            factsMoJoFM: comparer.compare(suggested: factsBaseline, expected: expected).mojoFM,
            baselineFound: baseline.count,
            baselineMoJoFM: comparer.compare(suggested: baseline, expected: expected).mojoFM)
    }

    /// Plain Louvain's communities of `graph`, each the entities of its nodes.
    private func louvain(_ nodes: [[String]], _ graph: WeightedGraph) -> [String: [String]] {
        var communities: [String: [String]] = [:]
        for (node, label) in Louvain.cluster(graph, seed: seed).enumerated() {
            communities["C\(label)", default: []] += nodes[node]
        }
        return communities
    }
}
