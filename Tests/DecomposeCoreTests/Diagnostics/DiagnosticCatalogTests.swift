import DecomposeTestSupport
import Foundation
import Testing

/// The article Diagnostics lists every diagnostic id with its meaning. These tests read the sources of every
/// target that reports diagnostics and hold the article to them, both ways, as swift-format holds its generated
/// rule documentation to its rules.
@Suite struct DiagnosticCatalogTests {
    /// The first part of every id, in the order the article's sections follow.
    static let prefixes = [
        "syntax", "model", "analysis", "input", "json", "jsonModel", "jdl", "cml", "servicecutter", "priorities",
        "expected", "decomposition", "template", "scaffold", "manifest",
    ]

    /// The targets whose sources report diagnostics.
    static let sourceFolders = ["DecomposeCore", "DecomposeScaffold", "TemplateEngine", "DecomposeCLI"]

    /// File names that look like ids (`decomposition.json`, `model.domain`), which the scan leaves out.
    static let fileExtensions: Set<String> = ["domain", "json", "jdl", "cml", "md", "yml", "yaml", "swift", "sql"]

    /// Every id the sources report: each string literal `"prefix.name"` (but a file name), and for each reader built
    /// on `TypedJSON(…, prefix: "p")` the ids it reports for it: `p.wrongType`, `p.missingKey`, and `p.unknownKey`
    /// when the reader names the keys it reads (`keys:`).
    static func reportedIDs() throws -> Set<String> {
        let literal = try Regex(#""((?:"# + prefixes.joined(separator: "|") + #")\.[a-z][A-Za-z0-9]*)""#)
        let typedJSON = try Regex(#"TypedJSON\(document: [^,]+, prefix: "([A-Za-z]+)"\)"#)
        var ids: Set<String> = []
        for folder in sourceFolders {
            let root = PackagePaths.root.appendingPathComponent("Sources/" + folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.path.contains("+Generated") }
            for file in files ?? [] {
                let text = try String(contentsOf: file, encoding: .utf8)
                for match in text.matches(of: literal) {
                    let id = String(text[match.output[1].range!])
                    if !fileExtensions.contains(String(id.split(separator: ".")[1])) { ids.insert(id) }
                }
                for match in text.matches(of: typedJSON) {
                    let prefix = String(text[match.output[1].range!])
                    ids.formUnion([prefix + ".wrongType", prefix + ".missingKey"])
                    if text.contains("keys:") { ids.insert(prefix + ".unknownKey") }
                }
            }
        }
        return ids
    }

    /// The article's rows: id → (severity, meaning), and the order the ids appear in.
    static func documented() throws -> (rows: [String: (severity: String, meaning: String)], order: [String]) {
        var rows: [String: (severity: String, meaning: String)] = [:]
        var order: [String] = []
        for table in try ArticleTables(article: "Diagnostics").tables {
            for row in table.rows {
                guard row.count == 3, let id = ArticleTables.code(row[0]) else {
                    Issue.record("malformed row under '\(table.heading)': \(row)")
                    continue
                }
                #expect(rows[id] == nil, "'\(id)' documented twice")
                #expect(table.heading.hasSuffix("`\(id.prefix { $0 != "." })`"), "'\(id)' under '\(table.heading)'")
                rows[id] = (row[1], row[2])
                order.append(id)
            }
        }
        return (rows, order)
    }

    @Test func theSourcesFindIds() throws {
        // Guards the scan itself: ids of several readers, one of them reported by TypedJSON for its reader.
        let ids = try Self.reportedIDs()
        #expect(ids.isSuperset(of: ["syntax.expectedToken", "model.unknownEntity", "servicecutter.wrongType"]))
    }

    @Test func everyReportedIdIsDocumented() throws {
        let documented = try Self.documented().rows
        for id in try Self.reportedIDs().sorted() {
            let isDocumented = documented[id] != nil
            #expect(isDocumented, "\(id) is reported but not in Diagnostics.md")
        }
    }

    @Test func everyDocumentedIdIsReported() throws {
        let reported = try Self.reportedIDs()
        for id in try Self.documented().order {
            let isReported = reported.contains(id)
            #expect(isReported, "Diagnostics.md documents \(id), which nothing reports")
        }
    }

    @Test func rowsAreSortedWithSeverityAndMeaning() throws {
        let (rows, order) = try Self.documented()
        let groups = Dictionary(grouping: order) { $0.prefix { $0 != "." } }
        for (prefix, ids) in groups {
            #expect(ids == ids.sorted(), "the \(prefix) rows are sorted")
        }
        #expect(Self.prefixes.filter { groups[Substring($0)] != nil } == Self.prefixes, "a section per prefix")
        for (id, row) in rows {
            #expect(["error", "warning", "note"].contains(row.severity), "\(id): severity \(row.severity)")
            #expect(row.meaning.count > 10, "\(id) has a meaning")
        }
    }
}
