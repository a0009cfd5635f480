/// Tarjan's strongly connected components of a small directed graph, deterministic.
struct StronglyConnectedComponents: Sendable {
    /// Components with more than one node, each sorted, ordered by their smallest node.
    func cycles(nodeCount: Int, edges: [(Int, Int)]) -> [[Int]] {
        var successors = Array(repeating: [Int](), count: nodeCount)
        for (from, to) in edges { successors[from].append(to) }
        for node in successors.indices { successors[node].sort() }
        var state = State(count: nodeCount)
        for node in 0..<nodeCount where state.order[node] == nil { visit(node, successors, &state) }
        return state.components.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    private struct State {
        var order: [Int?]
        var low: [Int]
        var onStack: [Bool]
        var stack: [Int] = []
        var counter = 0
        var components: [[Int]] = []

        init(count: Int) {
            order = Array(repeating: nil, count: count)
            low = Array(repeating: 0, count: count)
            onStack = Array(repeating: false, count: count)
        }
    }

    private func visit(_ node: Int, _ successors: [[Int]], _ state: inout State) {
        state.order[node] = state.counter
        state.low[node] = state.counter
        state.counter += 1
        state.stack.append(node)
        state.onStack[node] = true
        for next in successors[node] {
            if let order = state.order[next] {
                if state.onStack[next] { state.low[node] = min(state.low[node], order) }
            } else {
                visit(next, successors, &state)
                state.low[node] = min(state.low[node], state.low[next])
            }
        }
        guard state.low[node] == state.order[node] else { return }
        var component: [Int] = []
        while let top = state.stack.popLast() {
            state.onStack[top] = false
            component.append(top)
            if top == node { break }
        }
        state.components.append(component)
    }
}
