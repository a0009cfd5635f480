import Testing

@testable import DecomposeCore

/// The ASCII shortcuts of the character classes the lexers and writers ask of every scalar: the same answers as
/// the Unicode properties.
@Suite struct ScalarClassesTests {
    @Test func answerAsTheUnicodePropertiesDo() {
        let scalars = (0..<0x300).compactMap(Unicode.Scalar.init) + ["\u{85}", "\u{A0}", "\u{2028}", "ß", "é", "😀"]
        for scalar in scalars {
            #expect(scalar.isLetterLike == scalar.properties.isAlphabetic, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isSpaceLike == scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func asciiNamesFoldToThemselvesAndOthersLoseTheirDiacritics() {
        let ascii = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        #expect(ASCIISpelling.folded(ascii) == ascii)
        #expect(ASCIISpelling.folded("Größe Øre café") == "Grosse Ore cafe")
    }
}
