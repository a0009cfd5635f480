/// One line of text placed in a drawing: where its baseline starts (or is centred) and the box it covers.
struct DiagramText: Sendable, Hashable {
    /// How a line of text is drawn.
    enum Style: String, Sendable, Hashable, CaseIterable {
        case title, name, detail, badge, label, legendHeading, legend

        var fontSize: Double {
            switch self {
            case .title: 18
            case .name: 14
            case .detail, .legend, .legendHeading: 12
            case .badge, .label: 11
            }
        }

        var isBold: Bool { self == .title || self == .name || self == .legendHeading || self == .label }
    }

    var text: String
    var style: Style
    /// The area the text covers, with a little padding; the text is centred in it when `isCentred`.
    var frame: DiagramRect
    var isCentred: Bool

    /// Text starting at (`x`, `top`), padded by `padding` on every side.
    init(_ text: String, style: Style, x: Double, top: Double, padding: Double = 0, centred: Bool = false) {
        self.text = text
        self.style = style
        let width = TextMetrics.width(of: text, fontSize: style.fontSize, bold: style.isBold) + 2 * padding
        let height = TextMetrics.lineHeight(fontSize: style.fontSize) + 2 * padding
        frame = DiagramRect(x: centred ? x - width / 2 : x, y: top, width: width, height: height)
        isCentred = centred
    }

    /// Where the text is anchored: the left end of the baseline, or its middle when centred.
    var anchor: DiagramPoint {
        let fontSize = style.fontSize
        let baseline = frame.y + frame.height / 2 + fontSize * 0.35
        return DiagramPoint(
            x: isCentred ? frame.midX : frame.x + (frame.height - TextMetrics.lineHeight(fontSize: fontSize)) / 2,
            y: baseline)
    }

    /// The text moved by `dx`, `dy`.
    func offset(_ dx: Double, _ dy: Double) -> DiagramText {
        var moved = self
        moved.frame = frame.offset(dx, dy)
        return moved
    }
}
