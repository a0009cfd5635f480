/// An axis-aligned rectangle of a drawing, y growing downward as in SVG.
struct DiagramRect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }

    /// Whether the two rectangles share any area (touching edges do not count).
    func overlaps(_ other: DiagramRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Whether `other` lies wholly inside this rectangle.
    func contains(_ other: DiagramRect) -> Bool {
        other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
    }

    /// Whether `point` lies inside or on the border.
    func contains(_ point: DiagramPoint) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }

    /// The smallest rectangle holding both.
    func union(_ other: DiagramRect) -> DiagramRect {
        let left = min(x, other.x)
        let top = min(y, other.y)
        return DiagramRect(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }

    /// The rectangle moved by `dx`, `dy`.
    func offset(_ dx: Double, _ dy: Double) -> DiagramRect {
        DiagramRect(x: x + dx, y: y + dy, width: width, height: height)
    }
}
