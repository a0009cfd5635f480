import DecomposeCore
import Foundation

/// How close the suggestion comes to the published splits, on the tuning set and on the validation set apart, with
/// two baselines computed in the same run: plain Louvain on the model's facts (`FactGraph`: what a user gets
/// without the analysis) and plain Louvain on the analysis' own coupling graph (what the analysis' clustering adds
/// over Louvain once the criteria have weighed the facts).
///
/// The tuning set is every `.domain` with an `.expected` beside it in `Fixtures/` and `Fixtures/systems/`: the
/// analysis' weights were designed and checked on these. The validation set is `Fixtures/validation/`: written
/// blind from published sources, never used to choose a weight or a rule. The generalisation set is
/// `Fixtures/generalisation/`: models restated from the source code of modular monoliths the way users bring them
/// (half in JDL or Service Cutter JSON without use cases), scored once before any rule was changed for them and never
/// tuned on. Each set is scored with the default options by `DecompositionComparer` (MoJoFM), the baseline too, and
/// its means are given for the whole set and for each input class (with and without use cases).
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
        /// The model declares use cases.
        var hasUseCases: Bool
    }

    let fixtures: String
    let seed: UInt64

    /// Prints a table per set, with the mean and the worst of each; stops with exit 65 on a model that does not load.
    func run() {
        let sets = [
            ("tuning", [fixtures, "\(fixtures)/systems"]),
            ("validation", ["\(fixtures)/validation"]),
            ("generalisation", ["\(fixtures)/generalisation"]),
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
            func printMean(of rows: [Row], _ label: String) {
                guard !rows.isEmpty else { return }
                Benchmark.printRow(
                    ["**\(name)**", label, "", ""]
                        + columns.flatMap { column in
                            [
                                "",
                                String(
                                    format: "**%.1f**",
                                    rows.map { $0[keyPath: column] }.reduce(0, +) / Double(rows.count)),
                            ]
                        })
            }
            printMean(of: rows, "**mean of \(rows.count)**")
            let withUseCases = rows.filter(\.hasUseCases)
            if withUseCases.count != rows.count {
                printMean(of: withUseCases, "mean of \(withUseCases.count) with use cases")
                printMean(
                    of: rows.filter { !$0.hasUseCases }, "mean of \(rows.count - withUseCases.count) without use cases")
            }
            Benchmark.printRow(
                ["**\(name)**", "worst", "", ""]
                    + columns.flatMap { column in
                        let worst = rows.min { $0[keyPath: column] < $1[keyPath: column] }!
                        return ["", String(format: "%.1f (%@)", worst[keyPath: column], worst.system)]
                    })
        }
    }

    /// The model files of every format (`.domain`, `.jdl`, `.cml`, a Service Cutter `_model.json`) with an
    /// `.expected` beside them in `folders`, sorted by path.
    static func systems(in folders: [String]) -> [String] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { name in modelSuffixes.contains { name.hasSuffix($0) } }
                .map { "\(folder)/\($0)" }
                .filter { FileManager.default.fileExists(atPath: expectedPath(of: $0)) }
        }.sorted()
    }

    /// How the name of a model file ends, per format.
    static let modelSuffixes = [".domain", ".jdl", ".cml", "_model.json"]

    /// The path of a model without its format's ending: `Fixtures/generalisation/sylius` for `…/sylius_model.json`.
    static func stem(of path: String) -> String {
        let suffix = modelSuffixes.first { path.hasSuffix($0) } ?? ""
        return String(path.dropLast(suffix.count))
    }

    static func expectedPath(of path: String) -> String {
        stem(of: path) + ".expected"
    }

    /// Analyses one system and clusters its coupling graph with the baseline.
    private func score(_ path: String) -> Row {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let expectedText = try? String(contentsOfFile: Self.expectedPath(of: path), encoding: .utf8)
        else { Options.fail("cannot read \(path) or its .expected file") }
        // A Service Cutter model is read with its user representations when they are beside it.
        let representationsPath = Self.stem(of: path) + "_user_representations.json"
        let representations =
            path.hasSuffix("_model.json")
            ? (try? String(contentsOfFile: representationsPath, encoding: .utf8)).map { ($0, representationsPath) }
            : nil
        let read = ModelReader.read(text, path: path, userRepresentations: representations)
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
            system: URL(fileURLWithPath: Self.stem(of: path)).lastPathComponent,
            entities: model.entities.count, expectedContexts: expected.contexts.count,
            found: result.decomposition.contexts.count,
            mojoFM: comparer.compare(suggested: suggested, expected: expected).mojoFM, factsFound: factsBaseline.count,
            factsMoJoFM: comparer.compare(suggested: factsBaseline, expected: expected).mojoFM,
            baselineFound: baseline.count,
            baselineMoJoFM: comparer.compare(suggested: baseline, expected: expected).mojoFM,
            hasUseCases: !model.useCases.isEmpty)
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
