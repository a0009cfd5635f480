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
    ///
    /// Each node's neighbours are listed once, and positions are updated layer by layer as a sweep reorders
    /// them, so a sweep costs the nodes plus the edges rather than layers × edges.
    func orderedLayers() -> [[Int]] {
        let layerCount = (layers.max() ?? -1) + 1
        var order = Array(repeating: [Int](), count: layerCount)
        for node in layers.indices { order[layers[node]].append(node) }
        var above = Array(repeating: [Int](), count: layers.count)
        var below = Array(repeating: [Int](), count: layers.count)
        for end in ends {
            above[end.bottom].append(end.top)
            below[end.top].append(end.bottom)
        }
        var position = Array(repeating: 0.0, count: layers.count)
        for layer in order { Self.place(layer, in: &position) }
        var best = order
        var bestCrossings = crossings(best)
        for _ in 0..<Self.sweeps where bestCrossings > 0 {
            for layer in order.indices.dropFirst() {
                order[layer] = Self.sorted(order[layer], by: above, at: position)
                Self.place(order[layer], in: &position)
            }
            for layer in order.indices.reversed().dropFirst() {
                order[layer] = Self.sorted(order[layer], by: below, at: position)
                Self.place(order[layer], in: &position)
            }
            let count = crossings(order)
            if count < bestCrossings {
                best = order
                bestCrossings = count
            }
        }
        return best
    }

    /// `nodes` by the mean position of their `neighbours` (in edge order); nodes without neighbours keep
    /// their place.
    private static func sorted(_ nodes: [Int], by neighbours: [[Int]], at position: [Double]) -> [Int] {
        let keyed = nodes.map { node -> (Double, Double, Int) in
            let own = position[node]
            guard !neighbours[node].isEmpty else { return (own, own, node) }
            let sum = neighbours[node].reduce(0.0) { $0 + position[$1] }
            return (sum / Double(neighbours[node].count), own, node)
        }
        return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
    }

    /// Records each node's place in its layer as a share of the layer's width (0…1), so layers of different
    /// sizes compare.
    private static func place(_ layer: [Int], in position: inout [Double]) {
        for (index, node) in layer.enumerated() { position[node] = (Double(index) + 0.5) / Double(layer.count) }
    }

    /// Pairs of edges between the same two layers whose ends are in opposite orders, counted per pair of
    /// layers as the inversions of the lower ends once the edges are sorted by their upper ends.
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
            // Edges sharing an upper end never cross; sorting them by their lower ends keeps them out of the count.
            var lower = (groups[key] ?? []).sorted { $0 < $1 }.map(\.1)
            total += Self.inversions(&lower)
        }
        return total
    }

    /// The pairs i < j with `values[i] > values[j]`, counted by merge sort (which sorts `values`).
    private static func inversions(_ values: inout [Int]) -> Int {
        guard values.count > 1 else { return 0 }
        var buffer = values
        var count = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count)
                let end = min(start + 2 * width, values.count)
                var (left, right, out) = (start, middle, start)
                while left < middle || right < end {
                    if right >= end || (left < middle && values[left] <= values[right]) {
                        buffer[out] = values[left]
                        left += 1
                    } else {
                        buffer[out] = values[right]
                        count += middle - left
                        right += 1
                    }
                    out += 1
                }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        return count
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
