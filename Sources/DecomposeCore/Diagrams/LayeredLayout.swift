/// Lays out a context map top-down: contexts on layers so that arrows point from upstream down to
/// downstream (cycles are broken deterministically and drawn upward), layers ordered by barycentre sweeps
/// and wrapped into rows no wider than `maxRowWidth`, boxes sized to their text and placed under their
/// neighbours in the rows above, arrows routed in the channels between rows, a title above and a legend below.
struct LayeredLayout: Sendable {
    /// The widest a row of boxes may get before it wraps (unless one box is wider).
    var maxRowWidth = 1100.0

    static let margin = 16.0
    static let boxGap = 48.0
    static let boxPadding = 10.0
    static let minimumBoxWidth = 130.0
    static let channelPadding = 12.0
    static let minimumChannel = 40.0
    static let legendWidth = 560.0

    func layout(_ graph: ContextMapGraph) -> DiagramGeometry {
        let contents = graph.nodes.map(boxContent)
        let ordering = LayerOrdering(graph)
        let rows = wrap(ordering.orderedLayers(), widths: contents.map(\.width), count: graph.nodes.count)
        var rowOfNode = Array(repeating: 0, count: graph.nodes.count)
        for (row, nodes) in rows.enumerated() { for node in nodes { rowOfNode[node] = row } }

        let contentWidth = rows.map { rowWidth($0, contents) }.max() ?? 0
        var frames = horizontalFrames(graph, rows: rows, rowOfNode: rowOfNode, contents: contents, width: contentWidth)
        let router = EdgeRouter(
            rowBoxes: rows.map { $0.map { frames[$0] } }, rowOfNode: rowOfNode, frames: frames)
        let labels = graph.edges.map(\.pattern.abbreviation)
        let (plans, tracks) = router.plan(ends: ordering.ends, labels: labels)

        let title = DiagramText(graph.title, style: .title, x: 0, top: 0)
        let (rowTops, rowBottoms, y) = verticalExtents(
            rows, contents: contents, tracks: tracks, top: title.frame.maxY + 16)
        for node in frames.indices { frames[node].y = rowTops[rowOfNode[node]] }
        let trackY = { (channel: Int, track: Int) in
            rowBottoms[channel] + Self.channelPadding + EdgeRouter.trackSpacing * (Double(track) + 0.5)
        }

        let boxes = graph.nodes.indices.map { node in
            DiagramGeometry.Box(
                node: node, frame: frames[node],
                texts: contents[node].texts.map { $0.offset(frames[node].x, frames[node].y) },
                isMarked: !graph.nodes[node].findings.isEmpty)
        }
        let routes = graph.edges.indices.map { id in
            route(
                id, graph, plan: plans[id], ends: ordering.ends[id], frames: frames, rowOfNode: rowOfNode,
                label: labels[id], trackY: trackY)
        }
        let runs = plans.map { plan in
            (left: min(plan.startX, plan.corridorX ?? plan.endX), right: max(plan.startX, plan.corridorX ?? plan.endX))
        }
        let placed = LabelPlacer().place(routes, runs: runs)
        // The title and the legend start where the drawing does, which arrows routed round the left may extend.
        let left = min(
            0, (boxes.map(\.frame.x) + placed.flatMap { $0.points.map(\.x) + [$0.label.frame.x] }).min() ?? 0)
        let legend = legendLines(
            graph, x: left, width: max(contentWidth - left, Self.legendWidth), top: y + 12)
        var geometry = DiagramGeometry(
            title: title.offset(left, 0), boxes: boxes, routes: placed, legend: legend,
            size: DiagramRect(x: 0, y: 0, width: 0, height: 0))
        let bounds = geometry.contentBounds
        geometry = geometry.offset(Self.margin - bounds.x, Self.margin - bounds.y)
        geometry.size = DiagramRect(
            x: 0, y: 0, width: (bounds.width + 2 * Self.margin).rounded(.up),
            height: (bounds.height + 2 * Self.margin).rounded(.up))
        return geometry
    }

    /// Where each row of boxes starts and ends from `top` down, each row as high as its highest box and followed by
    /// a channel wide enough for its tracks; and where the rows end.
    private func verticalExtents(
        _ rows: [[Int]], contents: [(width: Double, height: Double, texts: [DiagramText])], tracks: [Int], top: Double
    ) -> (tops: [Double], bottoms: [Double], end: Double) {
        var tops: [Double] = []
        var bottoms: [Double] = []
        var y = top
        for (row, nodes) in rows.enumerated() {
            tops.append(y)
            let height = nodes.map { contents[$0].height }.max() ?? 0
            bottoms.append(y + height)
            y += height
            if row < rows.count - 1 || tracks[row] > 0 {
                y += max(Self.minimumChannel, 2 * Self.channelPadding + Double(tracks[row]) * EdgeRouter.trackSpacing)
            }
        }
        return (tops, bottoms, y)
    }

    /// The polyline of edge `id` from its planned tracks (down its first channel, along a corridor and a second
    /// channel when it has one), pointing from upstream to downstream, with its label on the first track.
    private func route(
        _ id: Int, _ graph: ContextMapGraph, plan: EdgeRouter.Plan, ends: (top: Int, bottom: Int),
        frames: [DiagramRect], rowOfNode: [Int], label: String, trackY: (Int, Int) -> Double
    ) -> DiagramGeometry.Route {
        let (top, bottom) = (frames[ends.top], frames[ends.bottom])
        let firstY = trackY(plan.firstChannel, plan.firstTrack)
        var points = [
            DiagramPoint(x: plan.startX, y: top.maxY), DiagramPoint(x: plan.startX, y: firstY),
        ]
        if let corridor = plan.corridorX, let second = plan.secondTrack {
            let secondY = trackY(rowOfNode[ends.bottom] - 1, second)
            points += [
                DiagramPoint(x: corridor, y: firstY), DiagramPoint(x: corridor, y: secondY),
                DiagramPoint(x: plan.endX, y: secondY),
            ]
        } else {
            points.append(DiagramPoint(x: plan.endX, y: firstY))
        }
        let isSameRow = rowOfNode[ends.top] == rowOfNode[ends.bottom]
        points.append(DiagramPoint(x: plan.endX, y: isSameRow ? bottom.maxY : bottom.y))
        let isUpward = graph.edges[id].upstream != ends.top
        let text = DiagramText(
            label, style: .label, x: plan.labelX, top: firstY - EdgeRouter.trackSpacing / 2 + 1,
            padding: EdgeRouter.labelPadding, centred: true)
        return DiagramGeometry.Route(edge: id, points: isUpward ? points.reversed() : points, label: text)
    }

    /// Every box's frame with its x set: a row's boxes in their order, `boxGap` apart, each as near as that
    /// allows to the mean centre of its neighbours in the rows above; boxes without such neighbours lean
    /// lightly toward a row centred in `width`.
    private func horizontalFrames(
        _ graph: ContextMapGraph, rows: [[Int]], rowOfNode: [Int],
        contents: [(width: Double, height: Double, texts: [DiagramText])], width contentWidth: Double
    ) -> [DiagramRect] {
        var frames = contents.map { DiagramRect(x: 0, y: 0, width: $0.width, height: $0.height) }
        var neighbours = Array(repeating: [Int](), count: graph.nodes.count)
        for edge in graph.edges {
            neighbours[edge.upstream].append(edge.downstream)
            neighbours[edge.downstream].append(edge.upstream)
        }
        for nodes in rows {
            let centred = (contentWidth - rowWidth(nodes, contents)) / 2
            var offset = 0.0
            var targets: [(x: Double, weight: Double)] = []
            for node in nodes {
                let centres = neighbours[node].filter { rowOfNode[$0] < rowOfNode[node] }.map { frames[$0].midX }
                targets.append(
                    centres.isEmpty
                        ? (centred, 0.1)
                        : (centres.reduce(0, +) / Double(centres.count) - contents[node].width / 2 - offset, 1))
                offset += contents[node].width + Self.boxGap
            }
            var x = 0.0
            for (node, shift) in zip(nodes, Self.isotonic(targets)) {
                frames[node].x = shift + x
                x += contents[node].width + Self.boxGap
            }
        }
        return frames
    }

    /// The non-decreasing sequence closest to `targets` in weighted least squares (pool adjacent violators):
    /// with each box's target written as a shift from its packed position, a non-decreasing shift keeps the
    /// boxes of a row in order and apart while drawing each as near as it can be to its neighbours above.
    static func isotonic(_ targets: [(x: Double, weight: Double)]) -> [Double] {
        var blocks: [(weight: Double, sum: Double, count: Int)] = []
        for target in targets {
            blocks.append((target.weight, target.weight * target.x, 1))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1]
                let previous = blocks[blocks.count - 2]
                guard previous.sum / previous.weight > last.sum / last.weight else { break }
                blocks.removeLast(2)
                blocks.append((previous.weight + last.weight, previous.sum + last.sum, previous.count + last.count))
            }
        }
        return blocks.flatMap { Array(repeating: $0.sum / $0.weight, count: $0.count) }
    }

    /// The lines of a box relative to its top-left corner, and the box's size.
    private func boxContent(_ node: ContextMapGraph.Node) -> (width: Double, height: Double, texts: [DiagramText]) {
        let padding = Self.boxPadding
        var texts = [DiagramText(node.name, style: .name, x: padding, top: padding)]
        var y = texts[0].frame.maxY + 2
        for line in node.details {
            texts.append(DiagramText(line, style: .detail, x: padding, top: y))
            y = texts[texts.count - 1].frame.maxY
        }
        if let badge = node.badge {
            texts.append(DiagramText(badge, style: .badge, x: padding, top: y + 4, padding: 2))
            y = texts[texts.count - 1].frame.maxY
        }
        let width = max(Self.minimumBoxWidth, (texts.map(\.frame.maxX).max() ?? 0) + padding).rounded(.up)
        return (width, (y + padding).rounded(.up), texts)
    }

    private func rowWidth(_ nodes: [Int], _ contents: [(width: Double, height: Double, texts: [DiagramText])])
        -> Double
    {
        nodes.map { contents[$0].width }.reduce(0, +) + Self.boxGap * Double(max(0, nodes.count - 1))
    }

    /// The layers packed, in order, into rows of at most ⌈√n⌉ + 1 boxes and `maxRowWidth`: a layer that fits
    /// joins the row before it (so a long chain of small layers folds into a few rows), a layer that does
    /// not starts a new row, and a layer too long for one row is cut into several.
    private func wrap(_ layers: [[Int]], widths: [Double], count: Int) -> [[Int]] {
        let maxPerRow = max(3, Int(Double(count).squareRoot().rounded(.up)) + 1)
        var rows: [[Int]] = []
        var row: [Int] = []
        var width = 0.0
        let extent = { (nodes: [Int]) in
            nodes.map { widths[$0] }.reduce(0, +) + Self.boxGap * Double(max(0, nodes.count - 1))
        }
        for layer in layers {
            if !row.isEmpty
                && (row.count + layer.count > maxPerRow || width + Self.boxGap + extent(layer) > maxRowWidth)
            {
                rows.append(row)
                row = []
                width = 0
            }
            for node in layer {
                let added = (row.isEmpty ? 0 : Self.boxGap) + widths[node]
                if !row.isEmpty && (row.count == maxPerRow || width + added > maxRowWidth) {
                    rows.append(row)
                    row = []
                    width = 0
                }
                width += (row.isEmpty ? 0 : Self.boxGap) + widths[node]
                row.append(node)
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// The legend under the map: how to read arrows, the patterns used, and the numbered findings.
    private func legendLines(_ graph: ContextMapGraph, x: Double, width: Double, top: Double) -> [DiagramText] {
        var lines: [DiagramText] = []
        var y = top
        func add(_ text: String, _ style: DiagramText.Style) {
            for line in TextMetrics.wrap(text, width: width, fontSize: style.fontSize) {
                let placed = DiagramText(line, style: style, x: x, top: y)
                lines.append(placed)
                y = placed.frame.maxY + 2
            }
        }
        add("Legend", .legendHeading)
        add(
            graph.nodes.isEmpty
                ? "The model has no contexts."
                : "Arrows point from the upstream (U) context to the downstream (D) one.",
            .legend)
        for pattern in graph.patternsUsed { add("\(pattern.abbreviation): \(pattern.title)", .legend) }
        if !graph.notes.isEmpty {
            y += 6
            add("Findings (\(ContextMapGraph.findingMark) marks the contexts they concern)", .legendHeading)
            for note in graph.notes { add(note.legendText, .legend) }
        }
        return lines
    }
}
