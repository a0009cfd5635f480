import DecomposeCore

/// Times what the commands write from an analysis, and the one reader that reads an analysis back, beside the
/// domain-language reader on the same planted model: the analyze reports (text, JSON, Markdown), the four context
/// map formats, the HTML report (with its SVG map), the coupling graph export and `--decomposition`'s reader.
///
/// The analysis is run once, untimed, and every writer renders its decomposition. `DecompositionFileReader` reads
/// the JSON report back and, as the command does, re-runs the analysis with every entity pinned to the file's
/// context; that row is shown with and without the pinned analysis (timed apart on the same pinned model), so the
/// reading itself can be compared with the domain reader. Ratios compare CPU times.
enum OutputsWorkload {
    /// Prints the table's header.
    static func printHeader(seed: UInt64) {
        print(
            "\nSeed \(seed); writing what the commands print from one analysis, and reading a decomposition back, "
                + "the run with the least CPU of the repeats.\n")
        print("| output | entities | contexts | bytes | time (s) | CPU (s) | peak MiB | ÷ domain read |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
    }

    /// Measures every output of the planted model of `size` entities in contexts of `contextSize`.
    static func run(size: Int, contextSize: Int, seed: UInt64, repeats: Int) {
        let planted = PlantedModel(entityCount: size, contextSize: contextSize, crossReadShare: 0.2, seed: seed)
        let source = planted.source()
        let (model, domainRead) = best(of: repeats) { ModelReader.read(source, path: "planted.domain").model! }
        let result = ContextAnalyzer().analyze(model)
        let decomposition = result.decomposition
        let svg = DiagramRenderer().render(decomposition, format: .svg)
        let writers: [(String, () -> String)] = [
            ("analyze text", { TextReportRenderer().render(decomposition) }),
            ("analyze json", { JSONReportRenderer().render(decomposition) }),
            ("analyze markdown", { MarkdownReportRenderer().render(decomposition) }),
            ("diagram svg", { DiagramRenderer().render(decomposition, format: .svg) }),
            ("diagram dot", { DiagramRenderer().render(decomposition, format: .dot) }),
            ("diagram mermaid", { DiagramRenderer().render(decomposition, format: .mermaid) }),
            ("diagram plantuml", { DiagramRenderer().render(decomposition, format: .plantuml) }),
            ("report html (map given)", { HTMLReportRenderer().render(decomposition, model: model, contextMap: svg) }),
            ("export-graph", { CouplingGraphWriter().write(result) }),
        ]
        let contexts = decomposition.contexts.count
        func row(_ name: String, bytes: Int, _ measurement: Measurement) {
            Benchmark.printRow([
                name, "\(size)", "\(contexts)", "\(bytes)", String(format: "%.3f", measurement.seconds),
                String(format: "%.3f", measurement.cpuSeconds), measurement.peakText,
                String(format: "%.2f", measurement.cpuSeconds / max(domainRead.cpuSeconds, 1e-9)),
            ])
        }
        row("domain read (base)", bytes: source.utf8.count, domainRead)
        for (name, write) in writers {
            let (text, measurement) = best(of: repeats, write)
            row(name, bytes: text.utf8.count, measurement)
        }
        let report = JSONReportRenderer().render(decomposition)
        let (readBack, read) = best(of: repeats) {
            DecompositionFileReader().read(report, path: "decomposition.json", model: model)
        }
        guard let kept = readBack.decomposition, kept.contexts.count == contexts else {
            Options.fail(
                "the JSON report does not read back as the same decomposition: \(readBack.diagnostics.prefix(3))")
        }
        var pinned = model
        pinned.pins = decomposition.contexts.map { context in
            Pin(members: context.entities.map { NameReference($0) }, context: context.name)
        }
        let (_, pinnedAnalysis) = best(of: repeats) { ContextAnalyzer().analyze(pinned) }
        row("--decomposition read + pinned analysis", bytes: report.utf8.count, read)
        row("  of which the pinned analysis", bytes: report.utf8.count, pinnedAnalysis)
        row(
            "  the reading alone (difference)", bytes: report.utf8.count,
            Measurement(
                seconds: max(0, read.seconds - pinnedAnalysis.seconds),
                cpuSeconds: max(0, read.cpuSeconds - pinnedAnalysis.cpuSeconds), peakMegabytes: nil))
    }

    /// The output and the measurement with the least CPU time of `repeats` runs of `work`.
    private static func best<Output>(of repeats: Int, _ work: () -> Output) -> (Output, Measurement) {
        var best = Measurement.of(work)
        for _ in 1..<max(1, repeats) {
            let run = Measurement.of(work)
            if run.measurement.cpuSeconds < best.measurement.cpuSeconds { best = run }
        }
        return (best.output, best.measurement)
    }
}
