import Foundation

/// The tables of a Markdown article, each under the `##` heading it follows, so a test can check a reference page
/// (every diagnostic id, every template key) against what the code does.
public struct ArticleTables: Sendable {
    /// One table: the `##` heading above it and its body rows, each cut into trimmed cells.
    public struct Table: Sendable {
        public var heading: String
        public var rows: [[String]]
    }

    public var tables: [Table]

    /// The tables of the article `name` (without `.md`) in the DocC catalog.
    public init(article name: String) throws {
        let url = PackagePaths.documentation.appendingPathComponent(name + ".md")
        self.init(markdown: try String(contentsOf: url, encoding: .utf8))
    }

    /// The tables of `markdown`; fenced code blocks are skipped, and a table's header and rule rows are not rows.
    public init(markdown: String) {
        var tables: [Table] = []
        var heading = ""
        var inFence = false
        var current: Table?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            let isRow = !inFence && line.hasPrefix("|")
            if !isRow, let table = current {
                tables.append(table)
                current = nil
            }
            if inFence { continue }
            if line.hasPrefix("## ") { heading = String(line.dropFirst(3)) }
            guard isRow else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if current == nil {
                current = Table(heading: heading, rows: [])  // the header row
            } else if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {
                current?.rows.append(cells)
            }
        }
        if let table = current { tables.append(table) }
        self.tables = tables
    }

    /// `cell` without the code span around it: `` `a.b` `` → `a.b`.
    public static func code(_ cell: String) -> String? {
        guard cell.count >= 2, cell.hasPrefix("`"), cell.hasSuffix("`") else { return nil }
        return String(cell.dropFirst().dropLast())
    }
}
