import DecomposeCore
import Foundation

/// MoJoFM of a partition against the planted one, always through `DecompositionComparer`, so decompose and its
/// peers are scored by the same code.
enum PartitionScore {
    /// The MoJoFM of the partition file at `partitionPath` against the one at `expectedPath` (both in the
    /// `.expected` format).
    static func mojoFM(partitionPath: String, expectedPath: String) -> Double {
        let partition = read(partitionPath)
        let expected = read(expectedPath)
        var suggested: [String: [String]] = [:]
        for context in partition.contexts { suggested[context.name, default: []] += context.entities }
        return DecompositionComparer().compare(suggested: suggested, expected: expected).mojoFM
    }

    /// The MoJoFM of node labels against planted labels (nodes named by number).
    static func mojoFM(found: [Int], planted: [Int]) -> Double {
        var suggested: [String: [String]] = [:]
        for (node, label) in found.enumerated() { suggested["C\(label)", default: []].append("N\(node)") }
        var expected = [ExpectedDecomposition.Context]()
        for (node, label) in planted.enumerated() {
            while expected.count <= label { expected.append(.init(name: "P\(expected.count)", entities: [])) }
            expected[label].entities.append("N\(node)")
        }
        return DecompositionComparer().compare(
            suggested: suggested, expected: ExpectedDecomposition(contexts: expected)
        )
        .mojoFM
    }

    /// `decomposition` in the `.expected` text format, one `Name: Entity, …` line per context.
    static func text(of decomposition: ExpectedDecomposition) -> String {
        decomposition.contexts.map { "\($0.name): \($0.entities.joined(separator: ", "))\n" }.joined()
    }

    private static func read(_ path: String) -> ExpectedDecomposition {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { Options.fail("cannot read \(path)") }
        let parsed = ExpectedDecompositionParser().parse(text, path: path)
        guard let decomposition = parsed.decomposition else {
            Options.fail("\(path): \(parsed.diagnostics.first?.message ?? "not a decomposition")")
        }
        return decomposition
    }
}
