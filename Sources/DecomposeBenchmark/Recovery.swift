import Foundation

/// How well a found grouping recovers the planted one: pairwise precision and recall (of "these two items are
/// together"), normalised mutual information, and the fraction of items in the majority planted group of their
/// found cluster (purity).
struct Recovery {
    let precision: Double
    let recall: Double
    let nmi: Double
    let purity: Double
    let foundCount: Int
    let plantedCount: Int

    init(found: [Int], planted: [Int]) {
        let n = Double(found.count)
        let foundCount = (found.max() ?? -1) + 1
        let plantedCount = (planted.max() ?? -1) + 1
        // The contingency table as sorted (found, planted) keys: no hashing, so the result is deterministic.
        let keys = zip(found, planted).map { $0 * plantedCount + $1 }.sorted()
        var cells: [(found: Int, planted: Int, count: Double)] = []
        for key in keys {
            if let last = cells.last, last.found * plantedCount + last.planted == key {
                cells[cells.count - 1].count += 1
            } else {
                cells.append((key / plantedCount, key % plantedCount, 1))
            }
        }
        var foundSizes = [Double](repeating: 0, count: foundCount)
        var plantedSizes = [Double](repeating: 0, count: plantedCount)
        var largestShare = [Double](repeating: 0, count: foundCount)
        for cell in cells {
            foundSizes[cell.found] += cell.count
            plantedSizes[cell.planted] += cell.count
            largestShare[cell.found] = max(largestShare[cell.found], cell.count)
        }
        func pairs(_ size: Double) -> Double { size * (size - 1) / 2 }
        let together = cells.reduce(0) { $0 + pairs($1.count) }
        let foundPairs = foundSizes.reduce(0) { $0 + pairs($1) }
        let plantedPairs = plantedSizes.reduce(0) { $0 + pairs($1) }
        precision = foundPairs > 0 ? together / foundPairs : 1
        recall = plantedPairs > 0 ? together / plantedPairs : 1
        func entropy(_ sizes: [Double]) -> Double { sizes.reduce(0) { $0 - ($1 > 0 ? $1 / n * log($1 / n) : 0) } }
        let mutual = cells.reduce(0) {
            $0 + $1.count / n * log($1.count * n / (foundSizes[$1.found] * plantedSizes[$1.planted]))
        }
        let entropies = entropy(foundSizes) + entropy(plantedSizes)
        nmi = entropies > 0 ? 2 * mutual / entropies : 1
        purity = n > 0 ? largestShare.reduce(0, +) / n : 1
        self.foundCount = foundCount
        self.plantedCount = plantedCount
    }
}
