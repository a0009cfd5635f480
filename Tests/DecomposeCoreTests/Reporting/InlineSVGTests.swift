import Testing

@testable import DecomposeCore

@Suite struct InlineSVGTests {
    @Test func dropsTheFilePrologAndNamesThePicture() {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd">
            <!-- drawn by hand -->
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="1" height="1"/></svg>

            """
        let element = InlineSVG(document, label: "Map of <A & B>").element
        #expect(
            element == "<svg role=\"img\" aria-label=\"Map of &lt;A &amp; B&gt;\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 10 10\"><title>Map of &lt;A &amp; B&gt;</title><rect width=\"1\" height=\"1\"/></svg>")
    }

    @Test func keepsTheNameAndRoleThePictureHas() {
        let document = "<svg role=\"graphics-document\" aria-label=\"Own\">\n  <title>Own</title><g/></svg>"
        #expect(InlineSVG(document, label: "Other").element == document)
    }

    @Test func aQuotedGreaterThanSignDoesNotEndTheTag() {
        let element = InlineSVG("<svg data-x=\"a>b\" role=\"img\" aria-label=\"m\"><g/></svg>", label: "m").element
        #expect(element == "<svg data-x=\"a>b\" role=\"img\" aria-label=\"m\"><title>m</title><g/></svg>")
    }

    @Test func anEmptyPictureGetsAnEndTag() {
        #expect(
            InlineSVG("<svg viewBox=\"0 0 1 1\"/>", label: "m").element
                == "<svg role=\"img\" aria-label=\"m\" viewBox=\"0 0 1 1\"><title>m</title></svg>")
    }

    @Test(arguments: ["", "not a picture", "<svgx></svgx>", "<svg viewBox=\"0 0 1 1\">", "<svg viewBox=\"0 0 1 1\""])
    func noPictureGivesNoElement(_ document: String) {
        #expect(InlineSVG(document, label: "m").element == nil)
    }

    @Test func listsTheIdentifiersThePictureUses() {
        let svg = InlineSVG(
            "<svg id=\"map\"><title id='t'>x</title><g data-id=\"no\"/><g id=\"a-1\"/></svg>", label: "m")
        #expect(svg.ids == ["map", "t", "a-1"])
        #expect(InlineSVG("", label: "m").ids.isEmpty)
    }
}
