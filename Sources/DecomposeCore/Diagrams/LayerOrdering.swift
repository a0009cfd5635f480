/// The layered part of the layout: breaks cycles, puts every context on a layer so that arrows point down,
/// orders each layer by barycentre sweeps to reduce crossings, and wraps long layers into several rows.
struct LayerOrdering: Sendable {
    /// Downward sweeps and upward sweeps are repeated this many times; the ordering with the fewest
    /// crossings is kept.
    static let sweeps = 6

    /// Per edge (in the graph's order): the node drawn higher and the node drawn lower.
    let ends: [(top: Int, bottom: Int)]
    /// Per node, its layer (0 at the top).
    let layers: [Int]

    init(_ graph: ContextMapGraph) {
        let count = graph.nodes.count
        let reversed = Self.backEdges(graph, count: count)
        ends = graph.edges.enumerated().map { id, edge in
            reversed.contains(id) ? (edge.downstream, edge.upstream) : (edge.upstream, edge.downstream)
        }
        layers = Self.longestPathLayers(count: count, ends: ends)
    }

    /// The nodes of each layer, left to right, ordered to reduce crossings.
    func orderedLayers() -> [[Int]] {
        let layerCount = (layers.max() ?? -1) + 1
        var order = Array(repeating: [Int](), count: layerCount)
        for node in layers.indices { order[layers[node]].append(node) }
        var best = order
        var bestCrossings = crossings(best)
        for _ in 0..<Self.sweeps where bestCrossings > 0 {
            for layer in order.indices.dropFirst() {
                order[layer] = sorted(order[layer], by: \.top, of: \.bottom, in: order)
            }
            for layer in order.indices.reversed().dropFirst() {
                order[layer] = sorted(order[layer], by: \.bottom, of: \.top, in: order)
            }
            let count = crossings(order)
            if count < bestCrossings {
                best = order
                bestCrossings = count
            }
        }
        return best
    }

    /// `nodes` by the mean relative position of their neighbours (`neighbour` end of edges whose `own` end
    /// they are); nodes without neighbours keep their place.
    private func sorted(
        _ nodes: [Int], by neighbour: KeyPath<(top: Int, bottom: Int), Int>,
        of own: KeyPath<(top: Int, bottom: Int), Int>, in order: [[Int]]
    ) -> [Int] {
        let position = relativePositions(order)
        let members = Set(nodes)
        var sums = [Int: (Double, Int)]()
        for end in ends where members.contains(end[keyPath: own]) {
            let (sum, count) = sums[end[keyPath: own], default: (0, 0)]
            sums[end[keyPath: own]] = (sum + position[end[keyPath: neighbour]], count + 1)
        }
        let keyed = nodes.map { node -> (Double, Double, Int) in
            let own = position[node]
            guard let (sum, count) = sums[node] else { return (own, own, node) }
            return (sum / Double(count), own, node)
        }
        return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
    }

    /// Each node's place in its layer as a share of the layer's width (0…1), so layers of different
    /// sizes compare.
    private func relativePositions(_ order: [[Int]]) -> [Double] {
        var position = Array(repeating: 0.0, count: layers.count)
        for layer in order {
            for (index, node) in layer.enumerated() { position[node] = (Double(index) + 0.5) / Double(layer.count) }
        }
        return position
    }

    /// Pairs of edges between the same two layers whose ends are in opposite orders.
    func crossings(_ order: [[Int]]) -> Int {
        var index = Array(repeating: 0, count: layers.count)
        for layer in order {
            for (position, node) in layer.enumerated() { index[node] = position }
        }
        var groups: [Int: [(Int, Int)]] = [:]
        for end in ends {
            groups[layers[end.top] * (order.count + 1) + layers[end.bottom], default: []].append(
                (index[end.top], index[end.bottom]))
        }
        var total = 0
        for key in groups.keys.sorted() {
            let group = groups[key] ?? []
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where (a.0 - b.0) * (a.1 - b.1) < 0 { total += 1 }
            }
        }
        return total
    }

    /// Edges that close a cycle in a depth-first search from each node in order: drawing them upward makes
    /// the rest point down.
    private static func backEdges(_ graph: ContextMapGraph, count: Int) -> Set<Int> {
        var adjacency = Array(repeating: [(to: Int, id: Int)](), count: count)
        for (id, edge) in graph.edges.enumerated() { adjacency[edge.upstream].append((edge.downstream, id)) }
        for node in adjacency.indices { adjacency[node].sort { ($0.to, $0.id) < ($1.to, $1.id) } }
        var state = Array(repeating: 0, count: count)  // 0 unvisited, 1 on the stack, 2 finished
        var back = Set<Int>()
        for root in 0..<count where state[root] == 0 {
            state[root] = 1
            var stack = [(node: root, next: 0)]
            while let (node, next) = stack.last {
                guard next < adjacency[node].count else {
                    state[node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let (to, id) = adjacency[node][next]
                if state[to] == 1 {
                    back.insert(id)
                } else if state[to] == 0 {
                    state[to] = 1
                    stack.append((to, 0))
                }
            }
        }
        return back
    }

    /// Each node one layer below its lowest predecessor (sources on layer 0).
    private static func longestPathLayers(count: Int, ends: [(top: Int, bottom: Int)]) -> [Int] {
        var successors = Array(repeating: [Int](), count: count)
        var incoming = Array(repeating: 0, count: count)
        for end in ends {
            successors[end.top].append(end.bottom)
            incoming[end.bottom] += 1
        }
        var layer = Array(repeating: 0, count: count)
        var queue = (0..<count).filter { incoming[$0] == 0 }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] {
                layer[next] = max(layer[next], layer[node] + 1)
                incoming[next] -= 1
                if incoming[next] == 0 { queue.append(next) }
            }
        }
        return layer
    }
}
