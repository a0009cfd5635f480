@testable import DecomposeCore

/// Test input with positions marked by keycap emoji (`1️⃣` … `9️⃣`) instead of hand-counted columns.
///
/// `MarkedText("[1,1️⃣]")` has `text == "[1,]"` and `positions[1] == (line: 1, column: 4)`.
struct MarkedText {
    let text: String
    /// 1-based line and column (in Unicode scalars) of each marker, by its digit.
    let positions: [Int: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [Int: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}",
                let digit = Int(String(scalar))
            {
                positions[digit] = (line, column)
                i += 3
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        self.text = text
        self.positions = positions
    }

    /// The `line:col` of marker `digit`, as diagnostics print it.
    func place(_ digit: Int) -> String {
        guard let position = positions[digit] else { return "no marker \(digit)" }
        return "\(position.line):\(position.column)"
    }
}

extension Diagnostic {
    /// `line:col` of the diagnostic's start, for comparing with `MarkedText.place(_:)`.
    var place: String {
        guard let start = location?.start else { return "nowhere" }
        return "\(start.line):\(start.column)"
    }
}
