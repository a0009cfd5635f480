/// First-fit tracks for the horizontal runs of one channel, taken in order of their left ends: a run gets the
/// lowest-numbered track whose last run ends at least `gap` before it starts, or a new track.
///
/// Because runs come in order of their left ends, a track that is free for one run stays free for every later run
/// until it is given out again. So busy tracks wait in a heap by where they end and move to a heap of free tracks by
/// number once the runs have passed them: each run costs a logarithm of the tracks, not a scan of all of them.
struct TrackAssigner: Sendable {
    let gap: Double
    /// Busy tracks as (where the last run ends, track), the earliest end on top.
    private var busy = MinHeap<EndOfTrack>()
    /// Free tracks by number, the lowest on top.
    private var free = MinHeap<Int>()
    private(set) var trackCount = 0

    init(gap: Double) {
        self.gap = gap
    }

    /// The track of a run from `left` to `right`; `left` must not be less than the previous run's.
    mutating func assign(left: Double, right: Double) -> Int {
        while let top = busy.top, top.end + gap <= left {
            busy.pop()
            free.push(top.track)
        }
        let track: Int
        if let lowest = free.top {
            free.pop()
            track = lowest
        } else {
            track = trackCount
            trackCount += 1
        }
        busy.push(EndOfTrack(end: right, track: track))
        return track
    }

    private struct EndOfTrack: Comparable, Sendable {
        var end: Double
        var track: Int

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.end, lhs.track) < (rhs.end, rhs.track) }
    }
}

/// A binary min-heap: the least element on top.
struct MinHeap<Element: Comparable & Sendable>: Sendable {
    private var elements: [Element] = []

    var top: Element? { elements.first }

    mutating func push(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0, elements[child] < elements[(child - 1) / 2] {
            elements.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func pop() {
        guard !elements.isEmpty else { return }
        elements.swapAt(0, elements.count - 1)
        elements.removeLast()
        var parent = 0
        while true {
            let (left, right) = (2 * parent + 1, 2 * parent + 2)
            var least = parent
            if left < elements.count, elements[left] < elements[least] { least = left }
            if right < elements.count, elements[right] < elements[least] { least = right }
            guard least != parent else { return }
            elements.swapAt(parent, least)
            parent = least
        }
    }
}
