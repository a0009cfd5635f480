/// Operations on a partition given as one label per node.
enum Partition {
    /// Relabels so that ids are `0..<count`, numbered in order of each group's smallest node.
    static func canonical(_ labels: [Int]) -> (labels: [Int], count: Int) {
        var renumbered = [Int](repeating: -1, count: (labels.max() ?? -1) + 1)
        var count = 0
        let result = labels.map { label -> Int in
            if renumbered[label] < 0 {
                renumbered[label] = count
                count += 1
            }
            return renumbered[label]
        }
        return (result, count)
    }

    /// Splits every group into its connected components (canonical labels). Splitting a disconnected group
    /// never lowers modularity or the Constant Potts quality: no edge is cut and the size penalty shrinks.
    static func connectedComponents(of labels: [Int], in graph: LeidenGraph) -> (labels: [Int], count: Int) {
        var component = [Int](repeating: -1, count: labels.count)
        var count = 0
        var stack: [Int] = []
        for start in 0..<labels.count where component[start] < 0 {
            component[start] = count
            stack.append(start)
            while let node = stack.popLast() {
                for index in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = graph.targets[index]
                    if component[other] < 0 && labels[other] == labels[node] {
                        component[other] = count
                        stack.append(other)
                    }
                }
            }
            count += 1
        }
        return (component, count)
    }
}
