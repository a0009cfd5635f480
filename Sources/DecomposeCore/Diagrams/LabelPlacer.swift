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
        // Verticals by horizontal bands of the drawing, each band's by x: a label looks only at the arrows that
        // pass its band within the stretch it may slide over, not at every arrow of the map.
        let bandHeight = 4 * EdgeRouter.trackSpacing
        func band(_ y: Double) -> Int { Int((y / bandHeight).rounded(.down)) }
        var verticalsInBand: [Int: [Int]] = [:]
        for (offset, vertical) in verticals.enumerated() {
            for number in band(vertical.top)...band(vertical.bottom) {
                verticalsInBand[number, default: []].append(offset)
            }
        }
        for number in verticalsInBand.keys {
            verticalsInBand[number]!.sort { (verticals[$0].x, $0) < (verticals[$1].x, $1) }
        }
        return routes.enumerated().map { index, route in
            var placed = route
            let frame = route.label.frame
            let slack = max(0, (runs[index].right - runs[index].left - frame.width) / 2)
            let lowest = runs[index].left + frame.width / 2 - frame.midX
            let step = max(Self.minimumStep, slack / Double(Self.stepsPerSide))
            let steps = slack == 0 ? 0 : Int((2 * slack / step).rounded(.down))
            // The stretch the label's frame can cover over all its places; only verticals strictly inside count.
            let reach =
                slack == 0
                ? (left: frame.x, right: frame.maxX)
                : (left: frame.x + (lowest + 0 * step), right: frame.maxX + (lowest + Double(steps) * step))
            // A vertical overlapping the frame is taken from the first band both share, so it counts once.
            var nearby: [(route: Int, x: Double, top: Double, bottom: Double)] = []
            for number in band(frame.y)...band(frame.maxY) {
                let inBand = verticalsInBand[number] ?? []
                var position = inBand.partitioningIndex { verticals[$0].x > reach.left }
                while position < inBand.count, verticals[inBand[position]].x < reach.right {
                    let vertical = verticals[inBand[position]]
                    if vertical.route != index, vertical.top < frame.maxY, frame.y < vertical.bottom,
                        max(band(frame.y), band(vertical.top)) == number
                    {
                        nearby.append(vertical)
                    }
                    position += 1
                }
            }
            var best = (crossings: Int.max, distance: 0.0, shift: 0.0)
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
