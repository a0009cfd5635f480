import DecomposeCore
import DecomposeScaffold

/// Times `decompose scaffold` without the disk: planning and rendering every file of the services of a
/// planted model analysed into a given number of contexts.
enum ScaffoldTiming {
    /// Analyses a planted model of `contexts` contexts of 10 entities into exactly that many contexts (untimed),
    /// then measures planning and rendering and prints the result.
    static func run(contexts: Int, seed: UInt64) {
        let planted = PlantedModel(entityCount: contexts * 10, contextSize: 10, crossReadShare: 0.2, seed: seed)
        let (model, result) = AnalysisWorkload(planted: planted, options: AnalysisOptions(contextCount: contexts))
            .run()
        let (rendered, measurement) = Measurement.of {
            let plan = ScaffoldPlanner().plan(model: model, decomposition: result.decomposition)
            return ScaffoldRenderer().render(plan, templates: DefaultTemplates.files)
        }
        guard let files = rendered.files else {
            Options.fail("the scaffold did not render: \(rendered.diagnostics.first?.message ?? "")")
        }
        let bytes = files.reduce(0) { $0 + $1.text.utf8.count }
        print(
            "\nScaffold (plan + render in memory, Hummingbird) of \(result.decomposition.contexts.count) contexts, "
                + "\(planted.entityCount) entities: \(files.count) files, \(bytes / 1024) KiB in "
                + String(format: "%.3f s (CPU %.3f s), ", measurement.seconds, measurement.cpuSeconds)
                + "peak \(measurement.peakText) MiB.")
    }
}
