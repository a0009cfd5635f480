/// Tarjan's strongly connected components of a directed graph, deterministic and without recursion.
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

    /// Tarjan's depth-first search from `root`, with an explicit stack of (node, next successor to look at)
    /// instead of recursion, so a long chain of contexts cannot overflow the call stack; it visits and emits
    /// components in the same order as the recursive formulation.
    private func visit(_ root: Int, _ successors: [[Int]], _ state: inout State) {
        var frames: [(node: Int, next: Int)] = []
        func enter(_ node: Int) {
            state.order[node] = state.counter
            state.low[node] = state.counter
            state.counter += 1
            state.stack.append(node)
            state.onStack[node] = true
            frames.append((node, 0))
        }
        enter(root)
        while let frame = frames.last {
            let node = frame.node
            if frame.next < successors[node].count {
                frames[frames.count - 1].next += 1
                let next = successors[node][frame.next]
                if let order = state.order[next] {
                    if state.onStack[next] { state.low[node] = min(state.low[node], order) }
                } else {
                    enter(next)
                }
                continue
            }
            frames.removeLast()
            if let parent = frames.last?.node { state.low[parent] = min(state.low[parent], state.low[node]) }
            guard state.low[node] == state.order[node] else { continue }
            var component: [Int] = []
            while let top = state.stack.popLast() {
                state.onStack[top] = false
                component.append(top)
                if top == node { break }
            }
            state.components.append(component)
        }
    }
}
