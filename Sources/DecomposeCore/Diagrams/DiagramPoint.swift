/// A point of a drawing, y growing downward as in SVG.
struct DiagramPoint: Sendable, Hashable {
    var x: Double
    var y: Double

    /// The point moved by `dx`, `dy`.
    func offset(_ dx: Double, _ dy: Double) -> DiagramPoint {
        DiagramPoint(x: x + dx, y: y + dy)
    }
}
