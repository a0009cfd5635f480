import Testing

@testable import DecomposeCore

/// The escapers every writer of a language shares: one for HTML and XML, one for Markdown, one for Mermaid, and
/// the JSON string that is also a YAML scalar.
@Suite struct MarkdownAndMarkupTextTests {
    @Test func htmlTextIsValidInHTMLAndXMLAlike() {
        #expect(HTMLText.escape("a'b\"<&>") == "a&#39;b&quot;&lt;&amp;&gt;")
        #expect(HTMLText.escape("x\u{1}\u{85}\u{FFFE}\u{FFFF}y\tz") == "x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}y\tz")
        #expect(HTMLText.escape("Ünïcødé 日本 \u{10FFFD}") == "Ünïcødé 日本 \u{10FFFD}")
    }

    @Test func aTableCellKeepsItsShapeAndItsMarkup() {
        #expect(MarkdownText.tableCell("") == " ")
        #expect(MarkdownText.tableCell("a|b\nc `code`") == "a\\|b c `code`")
        #expect(MarkdownText.plain("a|b `x` <i>") == "a\\|b \\`x\\` &lt;i&gt;")
    }

    @Test func mermaidLabelsHideMermaidSyntax() {
        #expect(MermaidText.label("Catalog|Search \"x\"") == "Catalog#124;Search #34;x#34;")
    }

    @Test func aJSONStringIsAYAMLScalarWithoutAByteOrderMark() {
        #expect(JSONWriter.quoted("a\u{FEFF}b\u{1F}\"") == "\"a\\ufeffb\\u001f\\\"\"")
    }
}
