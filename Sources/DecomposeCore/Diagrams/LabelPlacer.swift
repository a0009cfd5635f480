/// Slides each arrow's label along its own horizontal run to where the fewest other arrows pass through it.
///
/// A label starts centred on its run, in the band of its track, where no box and no other label can be.
/// Moving it only within its run keeps it there, so the label stays clear of boxes and labels; among the
/// candidate places it takes the one crossed by the fewest other arrows, then the one nearest the centre,
/// then the leftmost.
struct LabelPlacer: Sendable {
    /// At most this many places are tried on each side of the centre.
    static let stepsPerSide = 12
    /// Places closer than this are not told apart.
    static let minimumStep = 4.0

    /// `routes` with every label moved; `runs` holds each route's run, the horizontal stretch its label
    /// sits on.
    func place(_ routes: [DiagramGeometry.Route], runs: [(left: Double, right: Double)]) -> [DiagramGeometry.Route] {
        let verticals = routes.enumerated().flatMap { index, route in
            zip(route.points, route.points.dropFirst()).filter { $0.x == $1.x }.map {
                (route: index, x: $0.x, top: min($0.y, $1.y), bottom: max($0.y, $1.y))
            }
        }
        // Verticals by horizontal bands of the drawing, so a label looks only at the arrows passing its band,
        // not at every arrow of the map.
        let bandHeight = 4 * EdgeRouter.trackSpacing
        func band(_ y: Double) -> Int { Int((y / bandHeight).rounded(.down)) }
        var verticalsInBand: [Int: [Int]] = [:]
        for (offset, vertical) in verticals.enumerated() {
            for number in band(vertical.top)...band(vertical.bottom) {
                verticalsInBand[number, default: []].append(offset)
            }
        }
        return routes.enumerated().map { index, route in
            var placed = route
            let frame = route.label.frame
            // A vertical overlapping the frame is taken from the first band both share, so it counts once.
            let nearby = (band(frame.y)...band(frame.maxY)).flatMap { number in
                (verticalsInBand[number] ?? []).map { verticals[$0] }.filter {
                    $0.route != index && $0.top < frame.maxY && frame.y < $0.bottom
                        && max(band(frame.y), band($0.top)) == number
                }
            }
            let slack = max(0, (runs[index].right - runs[index].left - frame.width) / 2)
            let lowest = runs[index].left + frame.width / 2 - frame.midX
            let step = max(Self.minimumStep, slack / Double(Self.stepsPerSide))
            var best = (crossings: Int.max, distance: 0.0, shift: 0.0)
            let steps = slack == 0 ? 0 : Int((2 * slack / step).rounded(.down))
            for k in 0...steps {
                let shift = slack == 0 ? 0 : lowest + Double(k) * step
                let (left, right) = (frame.x + shift, frame.maxX + shift)
                let crossings = nearby.filter { $0.x > left && $0.x < right }.count
                if (crossings, abs(shift), shift) < (best.crossings, best.distance, best.shift) {
                    best = (crossings, abs(shift), shift)
                }
            }
            placed.label = route.label.offset(best.shift, 0)
            return placed
        }
    }
}
