import Testing

@testable import DecomposeCore

@Suite struct UTF8CheckTests {
    @Test func validTextHasNoInvalidByte() {
        #expect(UTF8Check.firstInvalidByte(in: Array("entity Café {}\r\n€𝄞\n".utf8), file: "a.domain") == nil)
        #expect(UTF8Check.firstInvalidByte(in: [], file: "a.domain") == nil)
    }

    @Test(
        arguments: [
            ([0x61, 0x0A, 0x62, 0xFF], 0xFF, 2, 2),  // a stray byte on the second line
            ([0xC3, 0xA9, 0xC0, 0x80], 0xC0, 1, 2),  // an overlong encoding after "é"
            ([0x0D, 0x0A, 0x0D, 0xED, 0xA0, 0x80], 0xED, 3, 1),  // a surrogate after CRLF and a lone CR
            ([0x61, 0xE2, 0x82], 0xE2, 1, 2),  // a scalar cut off by the end of the file
        ] as [([UInt8], UInt8, Int, Int)])
    func locatesTheFirstInvalidByte(bytes: [UInt8], byte: UInt8, line: Int, column: Int) throws {
        let found = try #require(UTF8Check.firstInvalidByte(in: bytes, file: "a.domain"))
        #expect(found.byte == byte)
        #expect(found.location == SourceLocation(file: "a.domain", line: line, column: column))
    }
}
