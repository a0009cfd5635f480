import DecomposeCore
import TemplateEngine

/// One reader the fuzz binary feeds its input to, named by the environment variable `DECOMPOSE_FUZZ_TARGET`.
///
/// Every target goes the way the `decompose` command goes with a file: the UTF-8 check the CLI runs before
/// reading, then the reader, `ModelBuilder` (through `ModelReader`) and the writers, so a crash anywhere on that
/// path is found. Nothing is asserted about the results: a target fails only by crashing, hanging or running
/// out of memory.
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

    private func readAndWrite(_ text: String, path: String, format: ModelFormat) {
        guard let model = ModelReader.read(text, path: path, format: format).model else { return }
        _ = DomainPrinter().print(model)
        _ = ModelJSONWriter().write(model)
    }

    /// Renders with a step limit far below the default: a sanitized build runs each step tens of times slower,
    /// and the limit itself is what is tested.
    private func renderTemplate(_ text: String) {
        guard let library = try? MustacheLibrary(templates: ["main": text], maximumRenderSteps: 50_000) else { return }
        _ = try? library.render("main", data: Self.mustacheData)
    }
}
