import DecomposeCore
import DecomposeTestSupport
import Foundation
import Testing

/// `decompose diagram --format mermaid` read and drawn by Mermaid itself: the built binary writes the flowchart, a
/// local page runs Mermaid's browser bundle (11.16.0, which `.ci/install-tools` fetches into `.build/tools`) on it in
/// headless Chromium with the network cut off, and the test reads back what Mermaid drew: a node per context and
/// the legend, an arrow per relationship with its pattern, and every name as it was written, not its escape.
///
/// Without Chromium or the bundle the suite is skipped with a notice; CI installs both and sets
/// `DECOMPOSE_REQUIRE_TOOLS=1`, which turns a missing one into a failure.
@Suite(.serialized) struct MermaidBrowserTests {
    static let chromium = ExternalProgram.find(HeadlessChromium.binaryNames)
    static let bundle = PackagePaths.root.appendingPathComponent(".build/tools/mermaid.min.js")
    static let isRequired = ProcessInfo.processInfo.environment["DECOMPOSE_REQUIRE_TOOLS"] == "1"
    static let canRun = (chromium != nil && FileManager.default.fileExists(atPath: bundle.path)) || isRequired
    static let notice = "no chromium binary on PATH or no .build/tools/mermaid.min.js; bash .ci/install-tools gets both"

    /// Context names that are Mermaid syntax, HTML, Markdown, Mermaid entity codes or not ASCII.
    static let hostileNames = [
        "Or<&\"'>der 日本 \\ **x** end",
        "class %% graph; -->|x| c1 `y` #quot; #60;",
        "(Cart) [x] {y} @{ shape: rect } ::: &amp;",
    ]

    /// What Mermaid drew, as the page reports it.
    struct Drawing: Decodable {
        /// "drawn", or the error Mermaid threw.
        var state: String
        /// The text of each node, in drawing order.
        var nodes: [String]
        /// The text of each arrow's label.
        var edgeLabels: [String]
        /// How many arrows were drawn.
        var edges: Int
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "decompose-mermaid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Has Mermaid draw `source` on a page in `folder` and returns what it drew.
    private func draw(_ source: String, in folder: URL) throws -> Drawing {
        let program = try #require(Self.chromium, "no chromium binary on PATH (\(HeadlessChromium.binaryNames))")
        #expect(FileManager.default.fileExists(atPath: Self.bundle.path), "run bash .ci/install-tools")
        // JSONEncoder writes `/` as `\/`, so no `</script>` in the diagram can end the script early. The charset is
        // needed: read as windows-1252 (a file page's default), the bundle's own entity-code markers (`ﬂ°°`) no
        // longer match and every `#60;` is drawn as that marker.
        let literal = String(decoding: try JSONEncoder().encode(source), as: UTF8.self)
        let page = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>mermaid</title></head><body>
            <pre id="result">pending</pre><div id="drawing"></div>
            <script src="\(Self.bundle.absoluteString)"></script>
            <script>
            const source = \(literal);
            const report = (drawing) => { document.getElementById('result').textContent = JSON.stringify(drawing); };
            mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            mermaid.parse(source)
              .then(() => mermaid.render('map', source))
              .then(({ svg }) => {
                const box = document.getElementById('drawing');
                box.innerHTML = svg;
                const text = (selector) => [...box.querySelectorAll(selector)].map((n) => n.textContent.trim());
                report({ state: 'drawn', nodes: text('g.node'), edgeLabels: text('g.edgeLabel'),
                         edges: box.querySelectorAll('path.flowchart-link').length });
              })
              .catch((error) => report({ state: String(error), nodes: [], edgeLabels: [], edges: 0 }));
            </script></body></html>
            """
        let url = folder.appendingPathComponent("mermaid.html")
        try page.write(to: url, atomically: true, encoding: .utf8)
        let load = try HeadlessChromium(program: program, workFolder: folder).dumpDOM(url)
        #expect(!load.result.timedOut)
        #expect(load.result.exitCode == 0, "\(load.result.standardError)")
        #expect(load.networkRequests.isEmpty, "the page asked the network for \(load.networkRequests)")
        let dom = String(decoding: load.result.standardOutput, as: UTF8.self)
        let start = try #require(dom.range(of: "<pre id=\"result\">"), "no result in the page: \(dom.prefix(500))")
        let end = try #require(dom[start.upperBound...].range(of: "</pre>"))
        // The serialised DOM escapes `&`, `<`, `>` and no-break spaces in text; the JSON inside is otherwise as written.
        let json = dom[start.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Drawing.self, from: Data(json.utf8))
    }

    /// The flowchart `decompose diagram MODEL OPTIONS` writes.
    private func flowchart(_ model: String, _ options: [String] = [], in folder: URL) throws -> String {
        let diagram = try ToolRunner.run(["diagram", model] + options + ["--format", "mermaid"], in: folder)
        #expect(diagram.exitCode == 0, "\(diagram.standardError)")
        return diagram.standardOutput
    }

    /// The resolved model in `path`.
    private func model(_ path: String) throws -> DomainModel {
        try #require(ModelReader.read(try String(contentsOfFile: path, encoding: .utf8), path: path).model)
    }

    /// Mermaid drew every context of `shown` as a node starting with its name, the legend with every finding, and
    /// an arrow per relationship labelled with its pattern, with no entity code left undecoded.
    private func expectDrawn(
        _ drawing: Drawing, shows shown: Decomposition, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(drawing.state == "drawn", sourceLocation: sourceLocation)
        #expect(
            drawing.nodes.count == shown.contexts.count + 1, "contexts and the legend", sourceLocation: sourceLocation)
        for (context, node) in zip(shown.contexts, drawing.nodes) {
            #expect(node.hasPrefix(context.name), "\(context.name) drawn as \(node)", sourceLocation: sourceLocation)
        }
        let legend = drawing.nodes.last ?? ""
        #expect(legend.hasPrefix("Context map of \(shown.system)"), sourceLocation: sourceLocation)
        for finding in shown.findings {
            #expect(legend.contains(finding.message), "legend: \(finding.message)", sourceLocation: sourceLocation)
        }
        #expect(drawing.edges == shown.relationships.count, sourceLocation: sourceLocation)
        #expect(
            drawing.edgeLabels.sorted() == shown.relationships.map(\.pattern.abbreviation).sorted(),
            sourceLocation: sourceLocation)
        for node in drawing.nodes {
            #expect(
                !node.contains("ﬂ°") && !node.contains("¶ß"), "entity code left undecoded in \(node)",
                sourceLocation: sourceLocation)
        }
    }

    @Test(.enabled(if: canRun, Comment(rawValue: notice)))
    func mermaidDrawsTheContextMap() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ecommerce = PackagePaths.fixture("ecommerce.domain").path
        let drawing = try draw(try flowchart(ecommerce, in: folder), in: folder)
        expectDrawn(drawing, shows: ContextAnalyzer().analyze(try model(ecommerce)).decomposition)
    }

    /// Contexts renamed (through an edited decomposition) to names that are Mermaid, HTML and Markdown syntax.
    @Test(.enabled(if: canRun, Comment(rawValue: notice)))
    func mermaidDrawsHostileNamesAsWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ecommerce = PackagePaths.fixture("ecommerce.domain").path
        let analysed = try ToolRunner.run(["analyze", ecommerce, "--format", "json"], in: folder)
        #expect(analysed.exitCode == 0)
        var json = try #require(
            try JSONSerialization.jsonObject(with: Data(analysed.standardOutput.utf8)) as? [String: Any])
        var contexts = try #require(json["contexts"] as? [[String: Any]])
        var renamed: [String: String] = [:]
        for (index, name) in Self.hostileNames.enumerated() {
            renamed[try #require(contexts[index]["name"] as? String)] = name
            contexts[index]["name"] = name
        }
        json["contexts"] = contexts
        json["relationships"] = try #require(json["relationships"] as? [[String: Any]]).map { relationship in
            var relationship = relationship
            for end in ["upstream", "downstream"] {
                if let name = relationship[end] as? String { relationship[end] = renamed[name] ?? name }
            }
            return relationship
        }
        let editedJSON = try JSONSerialization.data(withJSONObject: json)
        let edited = folder.appendingPathComponent("decomposition.json")
        try editedJSON.write(to: edited)

        let drawing = try draw(try flowchart(ecommerce, ["--decomposition", edited.path], in: folder), in: folder)
        let read = DecompositionFileReader().read(
            String(decoding: editedJSON, as: UTF8.self), path: edited.path, model: try model(ecommerce))
        let shown = try #require(read.decomposition, "\(read.diagnostics)")
        #expect(Set(shown.contexts.map(\.name)).isSuperset(of: Self.hostileNames))
        expectDrawn(drawing, shows: shown)
    }
}
