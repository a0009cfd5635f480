/// Routes the arrows between rows of boxes so that they never cross a box, and gives every label a
/// place where it overlaps no box and no other label.
///
/// An arrow leaves the higher box through its own port on the bottom side and enters the lower box
/// through its own port on the top side (an arrow between two boxes of one row enters through the bottom
/// side too). Below every row lies a channel: an arrow runs horizontally on
/// one track of the channel below its higher box, and an arrow that skips rows runs down a corridor,
/// a vertical line clear of every box of the skipped rows, then along a track of the channel above its
/// lower box. Tracks are shared only by arrows whose horizontal runs (with their labels) are apart, so
/// labels sit centred on their own run, each in a band of its own.
struct EdgeRouter: Sendable {
    /// Distance between two tracks of a channel, and the height of a label's band.
    static let trackSpacing = 22.0
    /// Space between parallel corridors and between a corridor and a box.
    static let corridorSpacing = 10.0
    /// Horizontal room kept free between runs on the same track.
    static let runGap = 8.0
    /// Padding around a label's text.
    static let labelPadding = 3.0

    /// Where one arrow runs horizontally, before the vertical positions are known.
    struct Plan: Sendable, Hashable {
        /// The x of the port on the higher box and on the lower box.
        var startX: Double
        var endX: Double
        /// The corridor of an arrow that skips rows.
        var corridorX: Double?
        /// The channel below the higher box's row, and the track there.
        var firstChannel: Int
        var firstTrack: Int
        /// For an arrow with a corridor: the track in the channel above the lower box's row.
        var secondTrack: Int?
        /// Where the label is centred horizontally.
        var labelX: Double
        var labelWidth: Double
    }

    /// Per row, the horizontal extent of its boxes, left to right.
    let rowBoxes: [[DiagramRect]]
    /// Per node: its row and its box's horizontal extent (y unused).
    let rowOfNode: [Int]
    let frames: [DiagramRect]

    /// A plan per edge (same order as `ends`) and the number of tracks per channel.
    func plan(ends: [(top: Int, bottom: Int)], labels: [String]) -> (plans: [Plan], tracks: [Int]) {
        let ports = portPositions(ends)
        var corridors = CorridorIndex(rowBoxes: rowBoxes, spacing: Self.corridorSpacing)
        var plans: [Plan] = []
        for (id, end) in ends.enumerated() {
            let startX = ports.bottom[id]
            let endX = ports.top[id]
            let (topRow, bottomRow) = (rowOfNode[end.top], rowOfNode[end.bottom])
            var corridorX: Double?
            if bottomRow - topRow > 1 {
                let x = corridors.place(
                    rows: (topRow + 1)..<bottomRow, from: topRow, to: bottomRow, near: (startX + endX) / 2)
                corridors.add(x: x, from: topRow, to: bottomRow)
                corridorX = x
            }
            let firstEnd = corridorX ?? endX
            let width =
                TextMetrics.width(of: labels[id], fontSize: DiagramText.Style.label.fontSize, bold: true) + 2
                * Self.labelPadding
            plans.append(
                Plan(
                    startX: startX, endX: endX, corridorX: corridorX, firstChannel: topRow, firstTrack: 0,
                    secondTrack: corridorX == nil ? nil : 0, labelX: (startX + firstEnd) / 2, labelWidth: width))
        }
        let tracks = assignTracks(&plans, ends: ends)
        return (plans, tracks)
    }

    /// The x of every edge's port on the bottom side of its higher box and on the top side of its lower box,
    /// spread evenly over the side in the order of the other ends, so arrows leaving one box do not cross.
    private func portPositions(_ ends: [(top: Int, bottom: Int)]) -> (bottom: [Double], top: [Double]) {
        // Per node, the edges on its bottom side and on its top side, each with the node at its other end.
        var bottomSides = Array(repeating: [(id: Int, other: Int, isStart: Bool)](), count: frames.count)
        var topSides = Array(repeating: [(id: Int, other: Int, isStart: Bool)](), count: frames.count)
        for (id, end) in ends.enumerated() {
            bottomSides[end.top].append((id, end.bottom, true))
            if rowOfNode[end.top] == rowOfNode[end.bottom] {
                bottomSides[end.bottom].append((id, end.top, false))
            } else {
                topSides[end.bottom].append((id, end.top, false))
            }
        }
        var starts = Array(repeating: 0.0, count: ends.count)
        var finishes = Array(repeating: 0.0, count: ends.count)
        for node in frames.indices {
            let frame = frames[node]
            for side in [bottomSides[node], topSides[node]] {
                let ordered = side.sorted { (frames[$0.other].midX, $0.id) < (frames[$1.other].midX, $1.id) }
                for (index, port) in ordered.enumerated() {
                    let x = frame.x + frame.width * Double(index + 1) / Double(ordered.count + 1)
                    if port.isStart { starts[port.id] = x } else { finishes[port.id] = x }
                }
            }
        }
        return (starts, finishes)
    }

    /// Gives every horizontal run a track of its channel, sharing a track only between runs that are apart,
    /// and returns the number of tracks of each channel.
    private func assignTracks(_ plans: inout [Plan], ends: [(top: Int, bottom: Int)]) -> [Int] {
        // (channel, left, right, edge, isSecondRun)
        var runs: [(channel: Int, left: Double, right: Double, edge: Int, second: Bool)] = []
        for (id, plan) in plans.enumerated() {
            let firstEnd = plan.corridorX ?? plan.endX
            let left = min(plan.startX, firstEnd, plan.labelX - plan.labelWidth / 2)
            let right = max(plan.startX, firstEnd, plan.labelX + plan.labelWidth / 2)
            runs.append((plan.firstChannel, left, right, id, false))
            if let corridor = plan.corridorX {
                runs.append(
                    (rowOfNode[ends[id].bottom] - 1, min(corridor, plan.endX), max(corridor, plan.endX), id, true))
            }
        }
        runs.sort {
            ($0.channel, $0.left, $0.edge, $0.second ? 1 : 0) < ($1.channel, $1.left, $1.edge, $1.second ? 1 : 0)
        }
        var assigners = Array(repeating: TrackAssigner(gap: Self.runGap), count: rowBoxes.count)
        for run in runs {
            let track = assigners[run.channel].assign(left: run.left, right: run.right)
            if run.second { plans[run.edge].secondTrack = track } else { plans[run.edge].firstTrack = track }
        }
        let tracks = assigners.map(\.trackCount)
        return tracks
    }
}
