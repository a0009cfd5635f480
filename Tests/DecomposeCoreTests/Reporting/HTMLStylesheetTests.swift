import Foundation
import Testing

@testable import DecomposeCore

/// The stylesheet's colours, read from its custom properties, meet WCAG's 4.5:1 contrast for text.
@Suite struct HTMLStylesheetTests {
    /// The `--name: #rrggbb` custom properties of the stylesheet.
    static let colours: [String: String] = Dictionary(
        HTMLStylesheet.css.matches(of: /--([a-z-]+):\s*(#[0-9a-f]{6})/).map {
            (String($0.output.1), String($0.output.2))
        }
    ) { first, _ in first }

    /// Relative luminance of `#rrggbb` (WCAG 2).
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.039_28 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: [
        ("text", "white"), ("muted", "white"), ("muted", "panel"), ("accent", "white"), ("warn-text", "warn-bg"),
        ("text", "pill"), ("text", "panel"),
    ])
    func textIsReadableOnItsBackground(_ foreground: String, _ background: String) throws {
        let colours = Self.colours.merging(["white": "#ffffff"]) { first, _ in first }
        let text = try #require(colours[foreground], "--\(foreground)")
        let ground = try #require(colours[background], "--\(background)")
        #expect(Self.contrast(text, ground) >= 4.5, "\(foreground) on \(background)")
    }

    @Test func contrastOfBlackOnWhiteIsTwentyOne() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.001)
    }
}
