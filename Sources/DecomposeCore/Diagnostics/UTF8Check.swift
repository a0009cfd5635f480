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
            guard let (scalar, length) = JSONParserState.decodeScalar(bytes, at: index) else {
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
}
