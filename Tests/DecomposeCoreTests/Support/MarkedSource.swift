@testable import DecomposeCore

/// Source text with position markers (`1️⃣`, `2️⃣`, …) removed, and where each marker stood.
///
/// Lets tests point at a diagnostic's position in the text itself instead of counting columns.
struct MarkedSource {
    /// The text without markers.
    let text: String
    /// Each marker's 1-based line and column (in Unicode scalars) in `text`, keyed by its digit.
    let markers: [Int: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [Int: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ("1"..."9").contains(scalar), index + 2 < scalars.count, scalars[index + 1] == "\u{FE0F}",
                scalars[index + 2] == "\u{20E3}"
            {
                markers[Int(scalar.value - 48)] = (line, column)
                index += 3
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        self.text = String(text)
        self.markers = markers
    }

    /// `line:column` of marker `number`, as diagnostics print positions.
    func position(_ number: Int) -> String {
        guard let marker = markers[number] else { return "no marker \(number)" }
        return "\(marker.line):\(marker.column)"
    }
}

extension Diagnostic {
    /// `id@line:column`, to compare diagnostics with marked positions in one expectation.
    var idAndPosition: String {
        "\(id)@\(location.map { "\($0.start.line):\($0.start.column)" } ?? "-")"
    }
}
