import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// `decompose report` as a person sees it: the built binary writes the page, headless Chromium (Debian's package)
/// prints it to PDF and takes screenshots with the network cut off, and poppler's `pdftotext` reads back the text
/// on the printed pages.
///
/// Without a Chromium binary or `pdftotext` the suite is skipped with a notice; CI installs both
/// (`.ci/install-tools`) and sets `DECOMPOSE_REQUIRE_TOOLS=1`, which turns a missing tool into a failure.
@Suite(.serialized) struct ReportBrowserTests {
    static let chromium = ExternalProgram.find(HeadlessChromium.binaryNames)
    static let pdftotext = ExternalProgram.find(["pdftotext"])
    static let pdftoppm = ExternalProgram.find(["pdftoppm"])
    static let isRequired = ProcessInfo.processInfo.environment["DECOMPOSE_REQUIRE_TOOLS"] == "1"
    static let canRun = (chromium != nil && pdftotext != nil && pdftoppm != nil) || isRequired
    static let notice =
        "no chromium binary or poppler-utils (pdftotext, pdftoppm) on PATH; "
        + "bash .ci/check-report installs them and runs this test"

    private let ecommerce = PackagePaths.fixture("ecommerce.domain").path

    // `pdftotext -raw` keeps the order in which Chromium drew the text, so the lines of one table cell stay
    // together; the checks join all white space into single spaces.

    /// A fresh folder, the page `decompose report` wrote into it, and the decomposition it shows.
    private func writeReport() throws -> (folder: URL, page: URL, decomposition: Decomposition) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try ToolRunner.run(["report", ecommerce, "-o", "report.html"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.standardError.isEmpty)
        let text = try String(contentsOfFile: ecommerce, encoding: .utf8)
        let model = try #require(ModelReader.read(text, path: ecommerce).model)
        return (folder, folder.appendingPathComponent("report.html"), ContextAnalyzer().analyze(model).decomposition)
    }

    private func browser(in folder: URL) throws -> HeadlessChromium {
        let program = try #require(Self.chromium, "no chromium binary on PATH (\(HeadlessChromium.binaryNames))")
        return HeadlessChromium(program: program, workFolder: folder)
    }

    /// The page loads nothing from the network and logs nothing to the console.
    private func expectQuietLoad(
        _ load: HeadlessChromium.Load, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(!load.result.timedOut, sourceLocation: sourceLocation)
        #expect(load.result.exitCode == 0, "\(load.result.standardError)", sourceLocation: sourceLocation)
        #expect(
            load.networkRequests.isEmpty, "the page asked the network for \(load.networkRequests)",
            sourceLocation: sourceLocation)
        #expect(load.consoleMessages.isEmpty, "console: \(load.consoleMessages)", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: canRun, Comment(rawValue: notice)))
    func printedPageShowsTheWholeDecomposition() throws {
        let (folder, page, decomposition) = try writeReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("report.pdf")
        expectQuietLoad(try browser(in: folder).printToPDF(page, pdf))
        let pdftotext = try #require(Self.pdftotext, "pdftotext not found (Debian package poppler-utils)")
        let extracted = try pdftotext.run(["-raw", "-enc", "UTF-8", pdf.path, "-"])
        #expect(extracted.exitCode == 0, "\(extracted.standardError)")
        let text = String(decoding: extracted.standardOutput, as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")

        #expect(text.hasPrefix("Shop: suggested bounded contexts"))
        for context in decomposition.contexts {
            #expect(text.contains(context.name), "context \(context.name)")
        }
        for relationship in decomposition.relationships {
            #expect(text.contains(relationship.pattern.title), "pattern of \(relationship.upstream)")
        }
        let relationship = try #require(decomposition.relationships.first)
        #expect(text.contains(try #require(relationship.reasons.first)))
        let saga = try #require(decomposition.sagas.first)
        #expect(text.contains(saga.useCase) && text.contains(saga.reason))
        #expect(saga.steps.allSatisfy { text.contains($0.compensation) })
        let finding = try #require(decomposition.findings.first)
        #expect(text.contains(finding.message) && text.contains(finding.suggestion))

        // The map is drawn: between its heading (after the table of contents) and its caption, the printed text
        // holds the name of every context, as the SVG's labels.
        let caption = "\(decomposition.contexts.count) contexts and \(decomposition.relationships.count) relationships"
        let mapHeading = try #require(text.ranges(of: "Context map").dropFirst().first, "the map's heading")
        let captionStart = try #require(text[mapHeading.upperBound...].firstRange(of: caption), "the map's caption")
        let map = text[mapHeading.upperBound..<captionStart.lowerBound]
        for context in decomposition.contexts {
            #expect(map.contains(context.name), "\(context.name) on the map")
        }
    }

    @Test(.enabled(if: canRun, Comment(rawValue: notice)))
    func printedFirstPageIsNotBlank() throws {
        let (folder, page, _) = try writeReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("report.pdf")
        expectQuietLoad(try browser(in: folder).printToPDF(page, pdf))
        let pdftoppm = try #require(Self.pdftoppm, "pdftoppm not found (Debian package poppler-utils)")
        let rendered = try pdftoppm.run(["-r", "30", "-f", "1", "-l", "1", pdf.path])
        let pixels = try #require(PortablePixmap(rendered.standardOutput), "pdftoppm gave no PPM image")
        #expect(pixels.width > 200 && pixels.height > 200)
        #expect(pixels.shareOfNonWhitePixels > 0.02)
    }

    @Test(.enabled(if: canRun, Comment(rawValue: notice)))
    func screenshotHasTheWindowSizeAndIsNotBlank() throws {
        let (folder, page, _) = try writeReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chromium = try browser(in: folder)
        let blankPage = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html lang=\"en\"><title>blank</title></html>\n".write(
            to: blankPage, atomically: true, encoding: .utf8)
        let shot = folder.appendingPathComponent("report.png")
        let blank = folder.appendingPathComponent("blank.png")
        expectQuietLoad(try chromium.screenshot(page, shot, width: 1280, height: 1600))
        expectQuietLoad(try chromium.screenshot(blankPage, blank, width: 1280, height: 1600))
        let image = try Data(contentsOf: shot)
        let size = try #require(Self.pngSize(image), "not a PNG")
        #expect(size.width == 1280 && size.height == 1600)
        // A page of text, boxes and a map compresses far worse than an empty white window of the same size.
        let blankBytes = try Data(contentsOf: blank).count
        #expect(image.count > 8 * blankBytes, "screenshot \(image.count) bytes, blank page \(blankBytes) bytes")
    }

    @Test func onlyThePagesOwnRequestsCount() {
        let log = #"""
            {"params":{"initiator":"null","network_isolation_key":"file:// [internally: file://] file:// [internally: file://]","url":"https://example.com/x.png"},"type":136},
            {"params":{"initiator":"not an origin","network_isolation_key":"null null","url":"http://update.googleapis.com/service"},"type":136},
            {"params":{"initiator":"null","network_isolation_key":"file:// [internally: file://] file:// [internally: file://]","url":"file:///tmp/report.html"},"type":136},
            """#
        #expect(HeadlessChromium.pageRequests(inNetLog: log) == ["https://example.com/x.png"])
    }

    /// The width and height in a PNG's header chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), bytes[12..<16].elementsEqual("IHDR".utf8)
        else { return nil }
        let number = { (range: Range<Int>) in bytes[range].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16..<20), number(20..<24))
    }
}
