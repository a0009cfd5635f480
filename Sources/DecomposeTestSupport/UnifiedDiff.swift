/// A line-based unified diff (as `diff -u` prints it), used to show golden-file mismatches.
public enum UnifiedDiff {
    /// The diff from `old` to `new` with `context` unchanged lines around each change; empty when equal.
    public static func diff(
        old: String, new: String, oldName: String = "expected", newName: String = "actual",
        context: Int = 3
    ) -> String {
        let a = lines(old)
        let b = lines(new)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < edits.count {
            guard let change = edits[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let start = max(index, change - context)
            var end = change
            while end < edits.count {
                if edits[end].kind != .same {
                    end += 1
                    continue
                }
                let nextChange = edits[end...].firstIndex { $0.kind != .same }
                if let nextChange, nextChange - end <= 2 * context {
                    end = nextChange
                } else {
                    end = min(edits.count, end + context)
                    break
                }
            }
            let hunk = edits[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0)
            let newStart = (hunk.first?.newLine ?? 0)
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@\n"
            for edit in hunk {
                let prefix =
                    switch edit.kind {
                    case .same: " "
                    case .delete: "-"
                    case .insert: "+"
                    }
                out += prefix + edit.text + "\n"
            }
            index = end
        }
        return out
    }

    private enum Kind { case same, delete, insert }

    private struct Edit {
        var kind: Kind
        var text: String
        /// 0-based line numbers of the position in each file at this edit.
        var oldLine: Int
        var newLine: Int
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() } else { result[result.count - 1] += "⏎ (no newline at end)" }
        return result
    }

    /// The shortest edit script by longest common subsequence (inputs are golden files: small).
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: i, newLine: j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append(Edit(kind: .delete, text: a[i], oldLine: i, newLine: j))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, text: b[j], oldLine: i, newLine: j))
                j += 1
            }
        }
        return edits
    }
}
