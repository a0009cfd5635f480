import Testing

@testable import DecomposeCore

/// The text-width estimate that sizes boxes and labels, and the line wrapping built on it.
@Suite struct TextMetricsTests {
    @Test func widerCharactersAndBoldTextMeasureWider() {
        let narrow = TextMetrics.width(of: "iiii", fontSize: 12)
        let plain = TextMetrics.width(of: "nnnn", fontSize: 12)
        let wide = TextMetrics.width(of: "MMMM", fontSize: 12)
        let cjk = TextMetrics.width(of: "日本語", fontSize: 12)
        #expect(narrow < plain && plain < wide)
        #expect(cjk >= 3 * 12)
        #expect(TextMetrics.width(of: "Order", fontSize: 12, bold: true) > TextMetrics.width(of: "Order", fontSize: 12))
        #expect(TextMetrics.width(of: "Order", fontSize: 24) == 2 * TextMetrics.width(of: "Order", fontSize: 12))
        #expect(TextMetrics.width(of: "e\u{301}", fontSize: 12) == TextMetrics.width(of: "e", fontSize: 12))
    }

    @Test func wrappingKeepsEveryWordAndEachLineWithinTheWidth() {
        let text = "Order is referenced or read from 8 other contexts: Category, Shipment, StockItem and Refund."
        let lines = TextMetrics.wrap(text, width: 200, fontSize: 12)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == text)
        for line in lines { #expect(TextMetrics.width(of: line, fontSize: 12) <= 200) }
        #expect(
            TextMetrics.wrap("Supercalifragilistic short", width: 20, fontSize: 12) == [
                "Supercalifragilistic", "short",
            ])
        #expect(TextMetrics.wrap("", width: 100, fontSize: 12).isEmpty)
    }

    @Test func isotonicPlacementKeepsOrderAndMeetsFeasibleTargets() {
        #expect(LayeredLayout.isotonic([(0, 1), (5, 1), (9, 1)]) == [0, 5, 9])
        #expect(LayeredLayout.isotonic([(10, 1), (0, 1)]) == [5, 5])
        let weighted = LayeredLayout.isotonic([(10, 1), (0, 0.1), (20, 1)])
        #expect(weighted[0] == weighted[1] && abs(weighted[0] - 100 / 11) < 1e-9 && weighted[2] == 20)
        let shifts = LayeredLayout.isotonic([(3, 1), (1, 1), (2, 1), (0, 2), (7, 1)])
        #expect(zip(shifts, shifts.dropFirst()).allSatisfy { $0 <= $1 })
    }
}
