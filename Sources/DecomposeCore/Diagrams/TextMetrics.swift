/// Estimates how wide text is drawn in a sans-serif font (Helvetica, Arial, Liberation Sans, DejaVu Sans),
/// without any font at hand. The estimate errs on the wide side so boxes and labels never clip their text.
enum TextMetrics {
    /// The width of `text` at `fontSize`, in the same unit as the size.
    static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + em(of: $1) }
        return ems * fontSize * (bold ? 1.1 : 1.0)
    }

    /// The height of one line of text at `fontSize`, ascent to descent.
    static func lineHeight(fontSize: Double) -> Double {
        (fontSize * 1.25).rounded(.up)
    }

    /// The advance of one character in ems.
    private static func em(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "i", "j", "l", ".", ",", ":", ";", "|", "!", "'", "\u{0060}": return 0.3
        case " ", "f", "t", "r", "I", "(", ")", "[", "]", "/", "-": return 0.36
        case "m", "w": return 0.88
        case "M", "W": return 0.97
        case "a"..."z", "0"..."9": return 0.58
        case "A"..."Z", "&", "%", "@": return 0.72
        case "\u{0000}"..."\u{007F}": return 0.6
        default:
            if scalar.properties.generalCategory == .nonspacingMark { return 0 }
            return isWide(scalar) ? 1.05 : 0.72
        }
    }

    /// East Asian wide and full-width characters, symbols and emoji take about a whole em.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2600...0x27BF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension TextMetrics {
    /// `text` broken at spaces into lines no wider than `width` (a single word wider than that gets a line of
    /// its own).
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || Self.width(of: candidate, fontSize: fontSize) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        return current.isEmpty ? lines : lines + [current]
    }
}
