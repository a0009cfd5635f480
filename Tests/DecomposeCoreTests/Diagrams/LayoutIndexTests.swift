import Testing

@testable import DecomposeCore

/// The indexes that keep large context maps fast give the answers of the plain scans they replace, on random
/// inputs: the corridor place of the sorted-spans search, first-fit tracks of the scan over all tracks.
@Suite struct LayoutIndexTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func corridorPlacesMatchTheScanOverEveryBoxAndCorridor(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func number(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let spacing = 10.0
        // Rows of boxes on a coarse grid, so edges often touch and corridors often collide.
        let rowBoxes = (0..<(2 + number(12))).map { _ in
            var x = Double(number(4) * 10)
            return (0..<number(8)).map { _ -> DiagramRect in
                let box = DiagramRect(x: x, y: 0, width: Double(10 + number(6) * 10), height: 20)
                x = box.maxX + Double(number(5) * 10)
                return box
            }
        }
        var index = CorridorIndex(rowBoxes: rowBoxes, spacing: spacing)
        var placed: [(x: Double, from: Int, to: Int)] = []
        for _ in 0..<60 {
            let from = number(rowBoxes.count - 1)
            let to = from + 2 + number(max(1, rowBoxes.count - from - 1))
            let target = Double(number(40) * 5)
            let x = index.place(rows: (from + 1)..<to, from: from, to: to, near: target)
            let expected = Self.scan(
                rowBoxes: rowBoxes, rows: (from + 1)..<min(to, rowBoxes.count), used: placed, from: from, to: to,
                near: target, spacing: spacing)
            #expect(x == expected, "rows \(from)…\(to) near \(target)")
            index.add(x: x, from: from, to: to)
            placed.append((x, from, to))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func tracksAreFirstFit(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let runs = (0..<300).map { _ -> (Double, Double) in
            let left = Double(random.next() % 400)
            return (left, left + Double(random.next() % 120))
        }.sorted { $0 < $1 }
        var assigner = TrackAssigner(gap: 8)
        var ends: [Double] = []
        for (left, right) in runs {
            let expected = ends.firstIndex { $0 + 8 <= left } ?? ends.count
            if expected == ends.count { ends.append(right) } else { ends[expected] = right }
            #expect(assigner.assign(left: left, right: right) == expected)
        }
        #expect(assigner.trackCount == ends.count)
    }

    /// The reference: every padded box of the rows and every corridor sharing them as spans, sorted and merged,
    /// and the free point nearest the target (the smaller on a tie).
    private static func scan(
        rowBoxes: [[DiagramRect]], rows: Range<Int>, used: [(x: Double, from: Int, to: Int)], from: Int, to: Int,
        near target: Double, spacing: Double
    ) -> Double {
        let spans =
            (rows.flatMap { rowBoxes[$0] }.map { ($0.x - spacing, $0.maxX + spacing) }
            + used.filter { $0.from < to && from < $0.to }.map { ($0.x - spacing, $0.x + spacing) }).sorted { $0 < $1 }
        var merged: [(Double, Double)] = []
        for span in spans {
            if let last = merged.last, span.0 < last.1 {
                merged[merged.count - 1].1 = max(last.1, span.1)
            } else {
                merged.append(span)
            }
        }
        var best: Double?
        var lowerEnd = -Double.infinity
        for (left, right) in merged + [(Double.infinity, Double.infinity)] {
            if lowerEnd <= left {
                let x = min(max(target, lowerEnd), left)
                if best.map({ (abs(x - target), x) < (abs($0 - target), $0) }) ?? true { best = x }
            }
            lowerEnd = max(lowerEnd, right)
        }
        return best ?? target
    }
}
