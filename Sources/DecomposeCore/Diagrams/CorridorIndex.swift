/// Where a corridor (the vertical stretch of an arrow that skips rows) may run: clear of the boxes of the rows it
/// passes, with `spacing` to spare, and `spacing` away from the corridors already running beside those rows.
///
/// Boxes are kept per row and corridors per slot (slot `s` lies between the channels above and below row `s + 1`
/// as corridors span them), each sorted, so finding a place looks only at the rows the corridor passes, by binary
/// search, instead of sorting every box and corridor of the map for every arrow.
struct CorridorIndex: Sendable {
    let spacing: Double
    /// Per row, its boxes' padded extents (left, right), left to right; both ends increase along a row.
    private let boxes: [[(left: Double, right: Double)]]
    /// Per slot, the x of every corridor using it, ascending.
    private var corridors: [[Double]]

    init(rowBoxes: [[DiagramRect]], spacing: Double) {
        self.spacing = spacing
        boxes = rowBoxes.map { row in row.map { ($0.x - spacing, $0.maxX + spacing) } }
        corridors = Array(repeating: [], count: rowBoxes.count + 1)
    }

    /// The x nearest to `target` (the smaller on a tie) that lies strictly inside no padded box of `rows` and no
    /// corridor neighbourhood of the slots `from..<to` (a corridor from row `from` to row `to` shares them).
    func place(rows: Range<Int>, from: Int, to: Int, near target: Double) -> Double {
        let right = free(from: target, rows: rows, slots: from..<to, rightward: true)
        let left = free(from: target, rows: rows, slots: from..<to, rightward: false)
        return (abs(left - target), left) <= (abs(right - target), right) ? left : right
    }

    /// Records a corridor at `x` from row `from` to row `to`.
    mutating func add(x: Double, from: Int, to: Int) {
        for slot in from..<min(to, corridors.count) {
            let position = Self.firstIndex(in: corridors[slot]) { $0 > x }
            corridors[slot].insert(x, at: position)
        }
    }

    /// The first free x at or beyond `start` in one direction: every time a box or a corridor holds x strictly
    /// inside its extent, x jumps to that extent's far end, until nothing holds it.
    private func free(from start: Double, rows: Range<Int>, slots: Range<Int>, rightward: Bool) -> Double {
        var x = start
        var moved = true
        while moved {
            moved = false
            for row in rows where row < boxes.count {
                let spans = boxes[row]
                if rightward {
                    // The last box starting left of x reaches furthest right among those that could hold x.
                    let index = Self.firstIndex(in: spans) { $0.left >= x } - 1
                    if index >= 0, spans[index].right > x {
                        x = spans[index].right
                        moved = true
                    }
                } else {
                    let index = Self.firstIndex(in: spans) { $0.right > x }
                    if index < spans.count, spans[index].left < x {
                        x = spans[index].left
                        moved = true
                    }
                }
            }
            for slot in slots where slot < corridors.count {
                let xs = corridors[slot]
                if rightward {
                    let index = Self.firstIndex(in: xs) { $0 + spacing > x }
                    // The corridors whose neighbourhood holds x start at `index`; jump past the last of them.
                    var last = index
                    while last < xs.count, xs[last] - spacing < x { last += 1 }
                    if last > index {
                        x = xs[last - 1] + spacing
                        moved = true
                    }
                } else {
                    let index = Self.firstIndex(in: xs) { $0 + spacing > x }
                    if index < xs.count, xs[index] - spacing < x {
                        x = xs[index] - spacing
                        moved = true
                    }
                }
            }
        }
        return x
    }

    /// The first index of the sorted `elements` whose element satisfies `isAfter` (which holds from some index on).
    private static func firstIndex<Element>(in elements: [Element], where isAfter: (Element) -> Bool) -> Int {
        var (low, high) = (0, elements.count)
        while low < high {
            let middle = (low + high) / 2
            if isAfter(elements[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
