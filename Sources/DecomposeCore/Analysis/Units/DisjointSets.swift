/// Union-find over `0..<count`, used to build atomic units.
struct DisjointSets: Sendable {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The representative of `element`'s set.
    mutating func root(of element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Puts all `elements` into one set.
    mutating func join(_ elements: [Int]) {
        guard let first = elements.first else { return }
        for element in elements.dropFirst() {
            let a = root(of: first)
            let b = root(of: element)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
    }

    /// The sets, each ascending, ordered by their smallest element.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for element in parent.indices { byRoot[root(of: element), default: []].append(element) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
