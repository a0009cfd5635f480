import Testing

@testable import DecomposeCore

/// Labels slide along their own run, away from arrows passing through them.
@Suite struct LabelPlacerTests {
    private func route(_ points: [(Double, Double)], label: String, centre: Double, y: Double) -> DiagramGeometry.Route
    {
        DiagramGeometry.Route(
            edge: 0, points: points.map { DiagramPoint(x: $0.0, y: $0.1) },
            label: DiagramText(label, style: .label, x: centre, top: y - 10, padding: 3, centred: true))
    }

    @Test func aLabelLeavesAnArrowCrossingItsCentre() {
        let labelled = route([(0, 0), (0, 50), (200, 50), (200, 100)], label: "OHS/PL", centre: 100, y: 50)
        let crossing = route([(100, 0), (100, 100)], label: "P", centre: 100, y: 150)
        let placed = LabelPlacer().place([labelled, crossing], runs: [(0, 200), (100, 100)])
        let frame = placed[0].label.frame
        #expect(!(frame.x < 100 && frame.maxX > 100), "still crossed: \(frame)")
        #expect(frame.x >= 0 && frame.maxX <= 200, "left its run: \(frame)")
        #expect(placed[1].label == crossing.label, "a label on a run no longer than itself stays")
    }

    @Test func aLabelNobodyCrossesStaysCentred() {
        let labelled = route([(0, 0), (0, 50), (200, 50), (200, 100)], label: "SK", centre: 100, y: 50)
        let elsewhere = route([(300, 0), (300, 100)], label: "P", centre: 300, y: 150)
        let placed = LabelPlacer().place([labelled, elsewhere], runs: [(0, 200), (300, 300)])
        #expect(placed[0].label == labelled.label)
    }
}
