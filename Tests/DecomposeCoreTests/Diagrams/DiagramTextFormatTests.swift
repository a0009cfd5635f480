import Foundation
import Testing

@testable import DecomposeCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of every format: the SVG is well-formed XML with a title and view box, and names that need
/// escaping are escaped in every format.
@Suite struct DiagramTextFormatTests {
    /// Collects what an XML parser sees of an SVG document.
    final class SVGContents: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var texts: [String] = []
        var rootAttributes: [String: String] = [:]
        private var current = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if elements.isEmpty { rootAttributes = attributes }
            elements[name, default: 0] += 1
            current = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts.append(current)
            current = ""
        }
    }

    private func parse(_ svg: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> SVGContents {
        let parser = XMLParser(data: Data(svg.utf8))
        let contents = SVGContents()
        parser.delegate = contents
        #expect(
            parser.parse(), "not well-formed: \(String(describing: parser.parserError))", sourceLocation: sourceLocation
        )
        return contents
    }

    @Test(arguments: DiagramSamples.fixturePaths)
    func svgIsWellFormedWithTitleAndViewBox(path: String) throws {
        let decomposition = try DiagramSamples.fixture(path)
        let svg = DiagramRenderer().render(decomposition, format: .svg)
        let contents = parse(svg)
        #expect(
            contents.rootAttributes["viewBox"]
                == "0 0 \(contents.rootAttributes["width"] ?? "") \(contents.rootAttributes["height"] ?? "")")
        #expect(contents.texts.contains("Context map of \(decomposition.system)"))
        #expect(contents.elements["polyline"] ?? 0 == decomposition.relationships.count)
        for context in decomposition.contexts { #expect(contents.texts.contains(context.name)) }
        #expect(!svg.contains("href"), "no external resources")
    }

    @Test func svgEscapesNamesAndKeepsThemReadable() {
        let svg = DiagramRenderer().render(DiagramSamples.hostileNames, format: .svg)
        let contents = parse(svg)
        #expect(contents.texts.contains("A<&\"'>Ü日本"))
        #expect(contents.texts.contains("Context map of Shop <&\"'> Ünïcødé 日本"))
        #expect(svg.contains("A&lt;&amp;&quot;&#39;&gt;Ü日本"))
    }

    @Test func controlCharactersStillGiveWellFormedXML() {
        let decomposition = Decomposition(
            system: "Bell\u{7}Tab\tLine\nEnd", contexts: [BoundedContext(name: "Nul\u{0}Esc\u{1B}", entities: ["E"])])
        let contents = parse(DiagramRenderer().render(decomposition, format: .svg))
        #expect(contents.texts.contains("Nul\u{FFFD}Esc\u{FFFD}"))
    }

    @Test func mermaidEscapesNames() {
        let text = DiagramRenderer().render(DiagramSamples.hostileNames, format: .mermaid)
        #expect(text.contains("<b>A#60;#38;#34;#39;#62;Ü日本</b>"))
        #expect(text.contains("Back\\slash#42;#42;bold#42;#42;"))
        #expect(text.contains("c1 -->|\"CF\"| c2"))
        for line in text.split(separator: "\n") where line.contains("[\"") {
            #expect(line.filter { $0 == "\"" }.count == 2, "unbalanced quotes: \(line)")
        }
    }

    @Test func plantUMLEscapesNames() {
        let text = DiagramRenderer().render(DiagramSamples.hostileNames, format: .plantuml)
        #expect(text.contains("rectangle \"**A&#60;&#38;&#34;&#39;&#62;Ü日本**\\n"))
        #expect(text.contains("Back<U+005C>slash*&#42;bold*&#42;"))
        #expect(text.contains("c1 --> c2 : CF"))
        #expect(text.hasPrefix("@startuml\n") && text.hasSuffix("@enduml\n"))
        for line in text.split(separator: "\n") where line.hasPrefix("rectangle") {
            #expect(line.filter { $0 == "\"" }.count == 2, "unbalanced quotes: \(line)")
        }
    }

    @Test func dotEscapesNames() {
        let text = DiagramRenderer().render(DiagramSamples.hostileNames, format: .dot)
        #expect(text.contains("c1 [label=\"A<&\\\"'>Ü日本\\n"))
        #expect(text.contains("Back\\\\slash**bold**"))
        #expect(text.contains("c1 -> c2 [label=\"CF\""))
        for line in text.split(separator: "\n") {
            let unescaped = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "")
            #expect(unescaped.filter { $0 == "\"" }.count % 2 == 0, "unbalanced quotes: \(line)")
        }
    }

    /// Graphviz itself reads the DOT output, when it is installed (`apt-get install graphviz`).
    @Test func graphvizReadsTheDOTOutput() throws {
        try checkWithTool(["/usr/bin/dot", "/usr/local/bin/dot"], arguments: ["-Tsvg"], format: .dot)
    }

    /// PlantUML itself reads the PlantUML output, when it is installed (`apt-get install plantuml`).
    @Test func plantUMLReadsThePlantUMLOutput() throws {
        try checkWithTool(
            ["/usr/bin/plantuml", "/usr/local/bin/plantuml"], arguments: ["-tsvg", "-pipe"], format: .plantuml)
    }

    /// Pipes the e-commerce map and the hostile names through the first of `candidates` that is installed,
    /// expecting an SVG back that shows every context's name, and no complaint; prints a notice and checks nothing when none is (a failure when
    /// `DECOMPOSE_REQUIRE_TOOLS=1`).
    private func checkWithTool(_ candidates: [String], arguments: [String], format: DiagramFormat) throws {
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            // CI installs the tools (.ci/install-tools) and sets DECOMPOSE_REQUIRE_TOOLS=1: there, absent is a failure.
            let isRequired = ProcessInfo.processInfo.environment["DECOMPOSE_REQUIRE_TOOLS"] == "1"
            #expect(!isRequired, "\(candidates[0]) is not installed, and DECOMPOSE_REQUIRE_TOOLS=1")
            print("notice: \(candidates[0]) is not installed; the \(format.rawValue) output was not checked with it")
            return
        }
        for decomposition in [try DiagramSamples.fixture("ecommerce.domain"), DiagramSamples.hostileNames] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            let input = Pipe()
            let output = Pipe()
            let errors = FileManager.default.temporaryDirectory.appendingPathComponent("diagram-\(UUID().uuidString)")
            #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
            defer { try? FileManager.default.removeItem(at: errors) }
            process.standardInput = input
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            input.fileHandleForWriting.write(Data(DiagramRenderer().render(decomposition, format: format).utf8))
            try input.fileHandleForWriting.close()
            let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let complaints = try String(contentsOf: errors, encoding: .utf8)
            #expect(process.terminationStatus == 0, "\(tool) failed: \(complaints)")
            #expect(complaints.isEmpty, "\(tool) complained: \(complaints)")
            #expect(svg.contains("<svg"))
            #expect(!svg.contains("Syntax Error") && !svg.contains("An error has occured"), "\(tool) rejected it")
            // What the tool draws is each name itself, not its escape.
            let drawn = parse(svg).texts.joined(separator: "\n")
            for context in decomposition.contexts {
                let name = String(context.name.unicodeScalars.map { $0.value < 0x20 ? "\u{FFFD}" : Character($0) })
                #expect(drawn.contains(name), "\(tool) does not draw \(name)")
            }
        }
    }
}
