import DecomposeCore
import TemplateEngine

/// One reader the fuzz binary feeds its input to, named by the environment variable `DECOMPOSE_FUZZ_TARGET`.
///
/// Every target goes the way the `decompose` command goes with a file: the UTF-8 check the CLI runs before
/// reading, then the reader, `ModelBuilder` (through `ModelReader`) and the writers, so a crash anywhere on that
/// path is found. A target fails by crashing, hanging or running out of memory, and the model readers also when
/// a model they read does not round-trip exactly through the domain language and the canonical JSON.
enum FuzzTarget: String, CaseIterable {
    /// The domain language: `DomainParser`, `ModelBuilder`, then `DomainPrinter` and `ModelJSONWriter`.
    case domain
    /// `JSONParser` on the bytes, then the canonical model JSON through `ModelJSONReader` and `ModelBuilder`.
    case json
    /// JHipster's JDL through `JDLReader` and `ModelBuilder`.
    case jdl
    /// Context Mapper's CML through `CMLReader` and `ModelBuilder`.
    case cml
    /// A Service Cutter model; bytes after the first NUL byte are its user representations file.
    case servicecutter
    /// A Mustache template named `main`, parsed by `MustacheLibrary` and rendered with a small data set (so
    /// `{{> main}}` includes itself).
    case mustache
    /// The domain language read as `domain` does, then analysed by `ContextAnalyzer` and reported as text.
    case analyze

    /// The data `mustache` renders with: a string, a number, a flag, a two-item list and a nested object.
    private static let mustacheData = MustacheValue.object([
        "name": .string("Order <&> \"Line\""),
        "count": .number("12.50"),
        "flag": .bool(true),
        "none": .null,
        "items": .list([.object(["name": .string("a")]), .object(["name": .string("b"), "flag": .bool(false)])]),
        "nested": .object(["name": .string("inner"), "items": .strings(["x"])]),
    ])

    /// Feeds `bytes` to this target.
    func run(_ bytes: [UInt8]) {
        _ = UTF8Check.firstInvalidByte(in: bytes, file: "fuzz")
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .domain:
            readAndWrite(text, path: "fuzz.domain", format: .domain)
        case .json:
            _ = JSONParser().parseDocument(bytes: bytes, path: "fuzz.json")
            readAndWrite(text, path: "fuzz.json", format: .json)
        case .jdl:
            readAndWrite(text, path: "fuzz.jdl", format: .jdl)
        case .cml:
            readAndWrite(text, path: "fuzz.cml", format: .cml)
        case .servicecutter:
            let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            let representations = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil
            _ = ModelReader.read(
                String(decoding: parts.first ?? [], as: UTF8.self), path: "fuzz.json", format: .servicecutter,
                userRepresentations: representations.map { ($0, "fuzz-representations.json") })
        case .mustache:
            renderTemplate(text)
        case .analyze:
            guard let model = ModelReader.read(text, path: "fuzz.domain", format: .domain).model else { return }
            let result = ContextAnalyzer().analyze(model)
            _ = TextReportRenderer().render(result.decomposition)
        }
    }

    /// Reads `text`; a model that reads without errors must then come back whole from the domain language and
    /// from the canonical JSON (the two formats `convert` promises to round-trip exactly), else the target stops
    /// the process, and libFuzzer keeps the input.
    private func readAndWrite(_ text: String, path: String, format: ModelFormat) {
        guard let model = ModelReader.read(text, path: path, format: format).model else { return }
        expectRoundTrip(model, DomainPrinter().print(model), path: "printed.domain", format: .domain)
        expectRoundTrip(model, ModelJSONWriter().write(model), path: "written.json", format: .json)
    }

    private func expectRoundTrip(_ model: DomainModel, _ written: String, path: String, format: ModelFormat) {
        let (back, diagnostics) = ModelReader.read(written, path: path, format: format)
        guard let back, back.withoutLocations() == model.withoutLocations() else {
            let problems = diagnostics.prefix(3).map(\.message).joined(separator: "; ")
            fatalError("\(format) round trip lost the model (\(problems)); written:\n\(written.prefix(2_000))")
        }
    }

    /// Renders with a step limit far below the default: a sanitized build runs each step tens of times slower,
    /// and the limit itself is what is tested.
    private func renderTemplate(_ text: String) {
        guard let library = try? MustacheLibrary(templates: ["main": text], maximumRenderSteps: 50_000) else { return }
        _ = try? library.render("main", data: Self.mustacheData)
    }
}
