/// Finds the known name a misspelt one was probably meant to be, for "did you mean" hints.
///
/// Compares case-insensitively by edit distance (insertions, deletions, substitutions, swaps) and accepts a
/// candidate within a third of the name's length (at least 1). Ties go to the alphabetically first
/// candidate so that messages are deterministic.
public struct NameSuggester: Sendable {
    /// Each distinct candidate with its lower-cased scalars, computed once.
    private let candidates: [(name: String, folded: [Unicode.Scalar])]

    public init<Names: Sequence<String>>(_ candidates: Names) {
        self.candidates = Set(candidates).map { ($0, Array($0.lowercased().unicodeScalars)) }
    }

    /// The closest candidate to `name`, or `nil` when none is close enough (or `name` is itself known).
    public func suggestion(for name: String) -> String? {
        let folded = Array(name.lowercased().unicodeScalars)
        let limit = max(1, folded.count / 3)
        var rows = DistanceRows()
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate.name != name {
            let distance = Self.distance(folded, candidate.folded, limit: limit, rows: &rows)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate.name) { continue }
            best = (candidate.name, distance)
        }
        return best?.name
    }

    /// `"; did you mean 'x'?"` when there is a suggestion, otherwise the empty string.
    public func hint(for name: String) -> String {
        suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Three rows of the distance table, reused across comparisons to avoid allocating.
    struct DistanceRows {
        var beforePrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The edit distance counting a swap of neighbours as one edit (optimal string alignment), or a
    /// value above `limit` as soon as it must exceed it.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: inout DistanceRows) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        let width = b.count + 1
        rows.beforePrevious = Array(repeating: 0, count: width)
        rows.previous = Array(0..<width)
        rows.current = Array(repeating: 0, count: width)
        for i in a.indices {
            rows.current[0] = i + 1
            var rowMinimum = i + 1
            for j in b.indices {
                var value = min(
                    rows.previous[j + 1] + 1, rows.current[j] + 1, rows.previous[j] + (a[i] == b[j] ? 0 : 1))
                if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
                    value = min(value, rows.beforePrevious[j - 1] + 1)
                }
                rows.current[j + 1] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&rows.beforePrevious, &rows.previous)
            swap(&rows.previous, &rows.current)
        }
        return rows.previous[b.count]
    }
}
