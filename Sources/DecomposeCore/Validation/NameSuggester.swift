/// Finds the known name a misspelt one was probably meant to be, for "did you mean" hints.
///
/// Compares case-insensitively by edit distance (insertions, deletions, substitutions, swaps) and accepts a
/// candidate within a third of the name's length (at least 1). Ties go to the alphabetically first
/// candidate so that messages are deterministic.
struct NameSuggester: Sendable {
    let candidates: [String]

    init<Names: Sequence<String>>(_ candidates: Names) {
        self.candidates = Array(Set(candidates)).sorted()
    }

    /// The closest candidate to `name`, or `nil` when none is close enough (or `name` is itself known).
    func suggestion(for name: String) -> String? {
        let lowered = Array(name.lowercased().unicodeScalars)
        let limit = max(1, lowered.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = Self.distance(lowered, Array(candidate.lowercased().unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// `"; did you mean 'x'?"` when there is a suggestion, otherwise the empty string.
    func hint(for name: String) -> String {
        suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The edit distance counting a swap of neighbours as one edit (optimal string alignment), or a
    /// value above `limit` as soon as it must exceed it.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
                if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
                    current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
                }
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
