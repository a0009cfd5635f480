import Testing

@testable import DecomposeCore

/// The SVG layout's geometry: boxes never overlap, no label overlaps a box or another label, arrows go
/// around boxes from upstream to downstream, and everything lies inside the view box — on every fixture
/// and on generated maps of 24 and 40 contexts.
@Suite struct LayeredLayoutTests {
    @Test(arguments: DiagramSamples.fixturePaths)
    func fixtureLayoutsAreSound(path: String) throws {
        try checkSound(DiagramSamples.fixture(path))
    }

    @Test(arguments: [1, 2, 5, 24, 40, 150])
    func generatedLayoutsAreSound(count: Int) {
        checkSound(DiagramSamples.generated(contexts: count))
    }

    @Test func manyContextsWrapIntoSeveralRowsOfReadableWidth() {
        for count in [24, 40] {
            let graph = ContextMapGraph(DiagramSamples.generated(contexts: count))
            let geometry = LayeredLayout().layout(graph)
            let rowTops = Set(geometry.boxes.map(\.frame.y))
            #expect(rowTops.count >= 4, "\(count) contexts in \(rowTops.count) rows")
            #expect(geometry.size.width <= 1600, "\(count) contexts are \(geometry.size.width) wide")
        }
    }

    @Test func emptyMapHasOnlyTitleAndLegend() {
        let geometry = LayeredLayout().layout(ContextMapGraph(Decomposition(system: "Empty", contexts: [])))
        #expect(geometry.boxes.isEmpty && geometry.routes.isEmpty)
        #expect(geometry.legend.map(\.text).contains("The model has no contexts."))
    }

    @Test func cyclesAreBrokenAndBarycentreSweepsDoNotAddCrossings() {
        let decomposition = DiagramSamples.generated(contexts: 24)
        let graph = ContextMapGraph(decomposition)
        let ordering = LayerOrdering(graph)
        for end in ordering.ends { #expect(ordering.layers[end.top] < ordering.layers[end.bottom]) }
        var initial = Array(repeating: [Int](), count: (ordering.layers.max() ?? 0) + 1)
        for node in ordering.layers.indices { initial[ordering.layers[node]].append(node) }
        #expect(ordering.crossings(ordering.orderedLayers()) <= ordering.crossings(initial))
    }

    @Test func findingsMarkTheContextsTheyConcern() {
        let decomposition = DiagramSamples.generated(contexts: 6)
        let graph = ContextMapGraph(decomposition)
        #expect(graph.nodes[0].findings == [1] && graph.nodes[1].findings == [1])
        #expect(graph.nodes[2].findings == [2])
        #expect(graph.nodes[3].findings == [3])
        #expect(graph.notes[3].nodes.isEmpty)
        #expect(graph.nodes[4].badge == nil)
        let geometry = LayeredLayout().layout(graph)
        #expect(geometry.boxes.filter(\.isMarked).map(\.node) == [0, 1, 2, 3])
        #expect(geometry.legend.contains { $0.text.hasPrefix("⚠ 4 Constraint conflict: Unreachable.") })
    }

    private func checkSound(_ decomposition: Decomposition, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let graph = ContextMapGraph(decomposition)
        let geometry = LayeredLayout().layout(graph)
        let view = geometry.size
        #expect(geometry.boxes.count == graph.nodes.count, sourceLocation: sourceLocation)
        #expect(geometry.routes.count == graph.edges.count, sourceLocation: sourceLocation)
        let boxes = geometry.boxes.map(\.frame)
        let labels = geometry.routes.map(\.label.frame)
        let lines = [geometry.title.frame] + geometry.legend.map(\.frame)
        for (i, box) in boxes.enumerated() {
            #expect(view.contains(box), "box \(i) outside the view box", sourceLocation: sourceLocation)
            for other in boxes[(i + 1)...] {
                #expect(!box.overlaps(other), "boxes overlap: \(box) \(other)", sourceLocation: sourceLocation)
            }
            for text in geometry.boxes[i].texts {
                #expect(box.contains(text.frame), "text \(text.text) outside its box", sourceLocation: sourceLocation)
            }
        }
        for (i, label) in labels.enumerated() {
            #expect(view.contains(label), "label \(i) outside the view box", sourceLocation: sourceLocation)
            for box in boxes {
                #expect(!label.overlaps(box), "label \(i) overlaps box \(box)", sourceLocation: sourceLocation)
            }
            for other in labels[(i + 1)...] {
                #expect(!label.overlaps(other), "labels overlap: \(label) \(other)", sourceLocation: sourceLocation)
            }
        }
        for line in lines {
            #expect(view.contains(line), "\(line) outside the view box", sourceLocation: sourceLocation)
            for other in boxes + labels {
                #expect(!line.overlaps(other), "text line overlaps \(other)", sourceLocation: sourceLocation)
            }
        }
        #expect(sharedStretches(geometry.routes) == 0, "arrows share a stretch", sourceLocation: sourceLocation)
        for route in geometry.routes {
            let edge = graph.edges[route.edge]
            let (first, last) = (route.points[0], route.points[route.points.count - 1])
            #expect(
                onBorder(first, boxes[edge.upstream]), "arrow does not start upstream", sourceLocation: sourceLocation)
            #expect(
                onBorder(last, boxes[edge.downstream]), "arrow does not end downstream", sourceLocation: sourceLocation)
            for (a, b) in zip(route.points, route.points.dropFirst()) {
                #expect(a.x == b.x || a.y == b.y, "diagonal segment", sourceLocation: sourceLocation)
                #expect(
                    view.contains(a) && view.contains(b), "arrow leaves the view box", sourceLocation: sourceLocation)
                let segment = DiagramRect(
                    x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
                for box in boxes {
                    let inside = DiagramRect(
                        x: box.x + 0.5, y: box.y + 0.5, width: box.width - 1, height: box.height - 1)
                    #expect(!crosses(segment, inside), "arrow crosses box \(box)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// Pairs of arrows that run along each other on the same line for a stretch (so a reader could not
    /// tell them apart there).
    private func sharedStretches(_ routes: [DiagramGeometry.Route]) -> Int {
        let segments = routes.map { route in
            zip(route.points, route.points.dropFirst()).map { ($0, $1) }
        }
        var shared = 0
        for (i, first) in segments.enumerated() {
            for second in segments[(i + 1)...] {
                for (a, b) in first {
                    for (c, d) in second {
                        if a.x == b.x && c.x == d.x && a.x == c.x
                            && min(max(a.y, b.y), max(c.y, d.y)) - max(min(a.y, b.y), min(c.y, d.y)) > 0.5
                        {
                            shared += 1
                        }
                        if a.y == b.y && c.y == d.y && a.y == c.y
                            && min(max(a.x, b.x), max(c.x, d.x)) - max(min(a.x, b.x), min(c.x, d.x)) > 0.5
                        {
                            shared += 1
                        }
                    }
                }
            }
        }
        return shared
    }

    private func onBorder(_ point: DiagramPoint, _ box: DiagramRect) -> Bool {
        box.contains(point) && (point.y == box.y || point.y == box.maxY || point.x == box.x || point.x == box.maxX)
    }

    /// Whether an axis-aligned segment (a rectangle of zero width or height) enters the box's interior.
    private func crosses(_ segment: DiagramRect, _ box: DiagramRect) -> Bool {
        segment.x <= box.maxX && box.x <= segment.maxX && segment.y <= box.maxY && box.y <= segment.maxY
    }
}
