extension Array {
    /// The first index whose element satisfies `isAfter`, which must hold from some index on (false before it,
    /// true from it): found by bisection; `count` when no element does.
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
