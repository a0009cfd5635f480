/// Where a corridor (the vertical stretch of an arrow that skips rows) may run: clear of the boxes of the rows it
/// passes, with `spacing` to spare, and `spacing` away from the corridors already running beside those rows.
///
/// An arrow may skip hundreds of rows of a large map, so the boxes are kept in a segment tree over the rows, each
/// node holding the merged extents of its rows' boxes: a range of rows is a handful of nodes, each searched by
/// bisection. Corridors are kept in buckets of `spacing` width by their x, so only the corridors near a place are
/// looked at. Finding a place then costs about the logarithm of the rows, not the boxes of every row it passes.
struct CorridorIndex: Sendable {
    let spacing: Double
    private let rowCount: Int
    /// Per segment-tree node (1 is the root, covering rows `0..<rowCount`; node `n` has children `2n` and
    /// `2n + 1`), the padded extents of its rows' boxes merged where they overlap, left to right. Merged extents
    /// hold the same points strictly inside as the boxes do, so they answer the same question.
    private let extents: [[(left: Double, right: Double)]]
    /// Corridors by `Int(x / spacing)`: their x and the rows they run between.
    private var corridors: [Int: [(x: Double, from: Int, to: Int)]] = [:]

    init(rowBoxes: [[DiagramRect]], spacing: Double) {
        self.spacing = spacing
        rowCount = rowBoxes.count
        var extents = Array(repeating: [(left: Double, right: Double)](), count: 4 * max(1, rowBoxes.count))
        func build(_ node: Int, _ rows: Range<Int>) {
            if rows.count == 1 {
                extents[node] = Self.merged(rowBoxes[rows.lowerBound].map { ($0.x - spacing, $0.maxX + spacing) })
                return
            }
            let middle = (rows.lowerBound + rows.upperBound) / 2
            build(2 * node, rows.lowerBound..<middle)
            build(2 * node + 1, middle..<rows.upperBound)
            extents[node] = Self.merged((extents[2 * node] + extents[2 * node + 1]).sorted { $0 < $1 })
        }
        if !rowBoxes.isEmpty { build(1, 0..<rowBoxes.count) }
        self.extents = extents
    }

    /// The x nearest to `target` (the smaller on a tie) that lies strictly inside no padded box of `rows` and
    /// within `spacing` of no corridor sharing rows with one from row `from` to row `to`.
    func place(rows: Range<Int>, from: Int, to: Int, near target: Double) -> Double {
        let nodes = self.nodes(covering: rows.clamped(to: 0..<rowCount))
        let right = free(from: target, nodes: nodes, from: from, to: to, rightward: true)
        let left = free(from: target, nodes: nodes, from: from, to: to, rightward: false)
        return (abs(left - target), left) <= (abs(right - target), right) ? left : right
    }

    /// Records a corridor at `x` from row `from` to row `to`.
    mutating func add(x: Double, from: Int, to: Int) {
        corridors[bucket(x), default: []].append((x, from, to))
    }

    /// The first free x at or beyond `start` in one direction: while a box extent or a corridor holds x strictly
    /// inside, x jumps to its far end.
    private func free(from start: Double, nodes: [Int], from: Int, to: Int, rightward: Bool) -> Double {
        var x = start
        var moved = true
        while moved {
            moved = false
            for node in nodes {
                let spans = extents[node]
                if rightward {
                    let index = spans.partitioningIndex { $0.left >= x } - 1
                    if index >= 0, spans[index].right > x { (x, moved) = (spans[index].right, true) }
                } else {
                    let index = spans.partitioningIndex { $0.right > x }
                    if index < spans.count, spans[index].left < x { (x, moved) = (spans[index].left, true) }
                }
            }
            var nearby: [Double] = []
            for number in (bucket(x) - 1)...(bucket(x) + 1) {
                for corridor in corridors[number] ?? []
                where corridor.from < to && from < corridor.to && corridor.x - spacing < x && x < corridor.x + spacing {
                    nearby.append(corridor.x)
                }
            }
            if rightward, let furthest = nearby.max() { (x, moved) = (furthest + spacing, true) }
            if !rightward, let furthest = nearby.min() { (x, moved) = (furthest - spacing, true) }
        }
        return x
    }

    private func bucket(_ x: Double) -> Int { Int((x / spacing).rounded(.down)) }

    /// The segment-tree nodes whose rows together are `rows`.
    private func nodes(covering rows: Range<Int>) -> [Int] {
        var result: [Int] = []
        func visit(_ node: Int, _ span: Range<Int>) {
            guard span.overlaps(rows) else { return }
            if rows.contains(span.lowerBound), rows.contains(span.upperBound - 1) {
                result.append(node)
                return
            }
            let middle = (span.lowerBound + span.upperBound) / 2
            visit(2 * node, span.lowerBound..<middle)
            visit(2 * node + 1, middle..<span.upperBound)
        }
        if rowCount > 0, !rows.isEmpty { visit(1, 0..<rowCount) }
        return result
    }

    /// Sorted extents joined where one starts strictly before the previous ends.
    private static func merged(_ spans: [(left: Double, right: Double)]) -> [(left: Double, right: Double)] {
        var result: [(left: Double, right: Double)] = []
        for span in spans {
            if let last = result.last, span.left < last.right {
                result[result.count - 1].right = max(last.right, span.right)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
