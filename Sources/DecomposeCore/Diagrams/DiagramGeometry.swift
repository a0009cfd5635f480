/// A laid-out context map: where every box, arrow, label and legend line is drawn. The drawing starts
/// at the origin and fits `size`.
struct DiagramGeometry: Sendable, Hashable {
    /// A context's box and the lines written in it.
    struct Box: Sendable, Hashable {
        var node: Int
        var frame: DiagramRect
        var texts: [DiagramText]
        var isMarked: Bool
    }

    /// A relationship's arrow, from upstream to downstream, and its label.
    struct Route: Sendable, Hashable {
        var edge: Int
        /// The polyline from the upstream box to the downstream box; the arrowhead is at the last point.
        var points: [DiagramPoint]
        var label: DiagramText
    }

    var title: DiagramText
    var boxes: [Box]
    var routes: [Route]
    var legend: [DiagramText]
    var size: DiagramRect

    /// Everything moved by `dx`, `dy` (the size is not changed).
    func offset(_ dx: Double, _ dy: Double) -> DiagramGeometry {
        DiagramGeometry(
            title: title.offset(dx, dy),
            boxes: boxes.map {
                Box(
                    node: $0.node, frame: $0.frame.offset(dx, dy), texts: $0.texts.map { $0.offset(dx, dy) },
                    isMarked: $0.isMarked)
            },
            routes: routes.map {
                Route(edge: $0.edge, points: $0.points.map { $0.offset(dx, dy) }, label: $0.label.offset(dx, dy))
            },
            legend: legend.map { $0.offset(dx, dy) }, size: size)
    }

    /// The smallest rectangle holding every box, label, arrow and line of text.
    var contentBounds: DiagramRect {
        var bounds = title.frame
        for box in boxes { bounds = bounds.union(box.frame) }
        for route in routes {
            bounds = bounds.union(route.label.frame)
            for point in route.points {
                bounds = bounds.union(DiagramRect(x: point.x, y: point.y, width: 0, height: 0))
            }
        }
        for line in legend { bounds = bounds.union(line.frame) }
        return bounds
    }
}
