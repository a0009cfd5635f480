/// Finds where bytes stop being UTF-8 text, so a reader can point at the offending byte instead of
/// rejecting a whole file without a location.
public enum UTF8Check {
    /// The first byte that does not start a well-formed UTF-8 scalar, located as the readers locate
    /// text (1-based line and column in Unicode scalars; `\n`, `\r\n` and `\r` end a line), or `nil`
    /// when all of `bytes` is UTF-8.
    public static func firstInvalidByte(in bytes: [UInt8], file: String) -> (byte: UInt8, location: SourceLocation)? {
        var index = 0
        var line = 1
        var column = 1
        while index < bytes.count {
            guard let (scalar, length) = decodeScalar(bytes, at: index) else {
                return (bytes[index], SourceLocation(file: file, line: line, column: column))
            }
            let isCarriageReturnBeforeNewline =
                scalar == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
            if scalar == 0x0A || (scalar == 0x0D && !isCarriageReturnBeforeNewline) {
                line += 1
                column = 1
            } else if !isCarriageReturnBeforeNewline {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// The scalar encoded at `start` and its length in bytes, or `nil` when the bytes there are not
    /// well-formed UTF-8 (overlong forms, surrogates and values above U+10FFFF included).
    static func decodeScalar(_ bytes: [UInt8], at start: Int) -> (UInt32, Int)? {
        let lead = bytes[start]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0..<0x80: return (UInt32(lead), 1)
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard start + length <= bytes.count else { return nil }
        for byte in bytes[start + 1..<start + length] {
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (value, length)
    }
}
