/// The working state of one `JSONParser` run over UTF-8 bytes: position, diagnostics, and the
/// positions of values and keys by JSON path.
struct JSONParserState {
    /// Thrown when the structure cannot be read any further; the diagnostic is already recorded.
    private struct StructureError: Error {}

    /// An array or object whose elements are still being read.
    ///
    /// The open containers sit on a stack and are changed in place there (`stack[top].items.append`), so each
    /// element is appended to a uniquely referenced array: taking a container off the stack, adding an element
    /// and pushing it back would copy its elements every time, quadratic in an array's length.
    private struct Container {
        let path: JSONPath
        let isObject: Bool
        /// Its number among the document's values (`JSONPositions`).
        let number: Int
        /// Where the numbers of its elements start in `pendingChildren`.
        let childrenBase: Int
        var items: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
        /// The position of each key among `members`, once there are more than `JSONPositions.indexedMemberCount`.
        var keyIndex: [String: Int]?
        /// The key of the member being read, and where it starts.
        var pendingKey = ""
        var pendingKeyStart: JSONDocument.Position?
        /// False while reading the value of a duplicate key (the first member is kept).
        var keep = true

        init(arrayAt path: JSONPath, number: Int, childrenBase: Int) {
            self.path = path
            isObject = false
            self.number = number
            self.childrenBase = childrenBase
        }

        init(
            objectAt path: JSONPath, number: Int, childrenBase: Int,
            firstKey: (name: String, start: JSONDocument.Position)
        ) {
            self.path = path
            isObject = true
            self.number = number
            self.childrenBase = childrenBase
            pendingKey = firstKey.name
            pendingKeyStart = firstKey.start
        }

        /// The path of the value being read in it.
        var childPath: JSONPath { isObject ? path.appending(pendingKey) : path.appending(items.count) }

        /// The position among `members` of the member called `key`, if there is one.
        func memberIndex(_ key: String) -> Int? {
            keyIndex.map { $0[key] } ?? members.firstIndex { $0.key == key }
        }
    }

    private let bytes: [UInt8]
    private let file: String
    private let maximumDepth: Int
    private var index = 0
    private var line = 1
    private var column = 1
    private var diagnostics: [Diagnostic] = []
    private var positions = JSONPositions()
    /// The numbers of the elements and members read so far of every open array and object, innermost last.
    private var pendingChildren: [Int] = []

    init(bytes: [UInt8], file: String, maximumDepth: Int) {
        self.bytes = bytes
        self.file = file
        self.maximumDepth = maximumDepth
    }

    /// Parses the whole input.
    mutating func run() -> (document: JSONDocument?, diagnostics: [Diagnostic]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            report(.warning, "json.byteOrderMark", "byte order mark at the start of the JSON text ignored", at: .root)
            index = 3
        }
        do {
            let value = try readRoot()
            skipWhitespace()
            if index < bytes.count {
                report(
                    .error, "json.trailingContent", "unexpected \(describeCurrent()) after the JSON value", at: .root)
            }
            let document = JSONDocument(value: value, file: file, positions: positions)
            return (document, diagnostics)
        } catch {
            return (nil, diagnostics)
        }
    }

    // MARK: - Structure

    /// The path of the value being read inside the open containers `stack`: built only for a message, since
    /// building every value's path would cost more than reading it.
    private static func path(in stack: [Container]) -> JSONPath {
        stack.last?.childPath ?? .root
    }

    private mutating func readRoot() throws -> JSONValue {
        var stack: [Container] = []
        nextValue: while true {
            skipWhitespace()
            let number = positions.begin(at: position)
            var completed: JSONValue
            switch current {
            case UInt8(ascii: "{"):
                try checkDepth(stack.count, at: Self.path(in: stack))
                advance()
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    advance()
                    completed = .object([])
                } else {
                    let path = Self.path(in: stack)
                    let key = try readKey(in: path)
                    stack.append(
                        Container(objectAt: path, number: number, childrenBase: pendingChildren.count, firstKey: key))
                    continue nextValue
                }
            case UInt8(ascii: "["):
                try checkDepth(stack.count, at: Self.path(in: stack))
                advance()
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    advance()
                    completed = .array([])
                } else {
                    stack.append(
                        Container(arrayAt: Self.path(in: stack), number: number, childrenBase: pendingChildren.count))
                    continue nextValue
                }
            default:
                completed = try readScalar(at: Self.path(in: stack))
            }
            var completedNumber = number
            while !stack.isEmpty {
                skipWhitespace()
                let top = stack.count - 1
                if try add(completed, numbered: completedNumber, to: &stack[top]) { continue nextValue }
                let finished = stack.removeLast()
                positions.finish(
                    finished.number, children: pendingChildren[finished.childrenBase...], keyIndex: finished.keyIndex)
                pendingChildren.removeSubrange(finished.childrenBase...)
                completed = finished.isObject ? .object(finished.members) : .array(finished.items)
                completedNumber = finished.number
            }
            return completed
        }
    }

    /// Adds the value just read (numbered `number`) to the innermost open container, then reads what follows it:
    /// a comma and, in an object, the next key (returning true: a value follows), or the container's end
    /// (returning false).
    private mutating func add(_ value: JSONValue, numbered number: Int, to container: inout Container) throws -> Bool {
        let closer = container.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if !container.isObject {
            container.items.append(value)
            pendingChildren.append(number)
        } else if container.keep {
            container.members.append((key: container.pendingKey, value: value))
            pendingChildren.append(number)
            positions.setKeyStart(container.pendingKeyStart, of: number)
            if container.keyIndex != nil {
                container.keyIndex?[container.pendingKey] = container.members.count - 1
            } else if container.members.count > JSONPositions.indexedMemberCount {
                container.keyIndex = Dictionary(
                    container.members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }
        if current == UInt8(ascii: ",") {
            if try skipComma(before: closer, at: container.path) { return false }
            guard container.isObject else { return true }
            let key = try readKey(in: container.path)
            if let first = container.memberIndex(key.name) {
                let memberPath = container.path.appending(key.name)
                let firstStart = positions.values[pendingChildren[container.childrenBase + first]].keyStart ?? key.start
                report(
                    .error, "json.duplicateKey", "duplicate key '\(key.name)'; the first one is kept",
                    at: memberPath, position: key.start,
                    notes: [Diagnostic.Note("first written here", at: range(firstStart, memberPath))])
                container.keep = false
            } else {
                container.keep = true
            }
            container.pendingKey = key.name
            container.pendingKeyStart = key.start
            return true
        }
        guard current == closer else {
            let message =
                container.isObject
                ? "expected ',' or '}' after an object member" : "expected ',' or ']' after an array element"
            throw structureError("\(message), found \(describeCurrent())", at: container.path)
        }
        advance()
        return false
    }

    /// Consumes a `,`; when the container's closing `closer` follows, reports the trailing comma,
    /// consumes the closer too and returns `true`.
    private mutating func skipComma(before closer: UInt8, at path: JSONPath) throws -> Bool {
        let comma = position
        advance()
        skipWhitespace()
        guard current == closer else { return false }
        report(
            .error, "json.trailingComma", "trailing comma before '\(Character(Unicode.Scalar(closer)))'",
            at: path, position: comma)
        advance()
        return true
    }

    private mutating func checkDepth(_ depth: Int, at path: @autoclosure () -> JSONPath) throws {
        if depth >= maximumDepth {
            throw structureError(
                "arrays and objects are nested more than \(maximumDepth) levels deep", at: path(),
                id: "json.tooDeep")
        }
    }

    /// Reads `"key"` and the `:` after it.
    private mutating func readKey(in objectPath: JSONPath) throws -> (name: String, start: JSONDocument.Position) {
        let start = position
        guard current == UInt8(ascii: "\"") else {
            let hint = current == UInt8(ascii: "'") ? " (JSON strings use double quotes)" : ""
            throw structureError(
                "expected a double-quoted object key, found \(describeCurrent())\(hint)",
                at: objectPath)
        }
        let name = try readString(at: objectPath)
        skipWhitespace()
        guard current == UInt8(ascii: ":") else {
            throw structureError(
                "expected ':' after the key '\(name)', found \(describeCurrent())", at: objectPath.appending(name))
        }
        advance()
        return (name, start)
    }

    // MARK: - Scalars

    /// Reads a string, number or literal; `path`, where it is, is built only for a message.
    private mutating func readScalar(at path: @autoclosure () -> JSONPath) throws -> JSONValue {
        guard let byte = current else {
            throw structureError(
                "expected a value, found the end of the input", at: path(), id: "json.unexpectedEnd")
        }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try readString(at: path()))
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return readNumber(at: path())
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return readLiteral(at: path())
        case UInt8(ascii: "/"):
            throw structureError("comments are not allowed in JSON", at: path())
        case UInt8(ascii: "'"):
            throw structureError("JSON strings use double quotes, found a single quote", at: path())
        case 0:
            throw structureError("a NUL character is not allowed in JSON text", at: path(), id: "json.nulCharacter")
        default:
            if byte >= 0x80, UTF8Check.decodeScalar(bytes, at: index) == nil {
                throw structureError("invalid UTF-8 byte 0x\(hex(byte))", at: path(), id: "json.invalidUTF8")
            }
            throw structureError("expected a value, found \(describeCurrent())", at: path())
        }
    }

    private mutating func readLiteral(at path: @autoclosure () -> JSONPath) -> JSONValue {
        let start = position
        var word = ""
        while let byte = current, byte.isWordCharacter {
            word.unicodeScalars.append(Unicode.Scalar(byte))
            advance()
        }
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default:
            report(
                .error, "json.invalidLiteral",
                "'\(word)' is not a JSON value (expected true, false, null, a number, a string, an array or an object)",
                at: path(), position: start)
            return .null
        }
    }

    private mutating func readNumber(at path: @autoclosure () -> JSONPath) -> JSONValue {
        let start = position
        var text: [UInt8] = []
        while let byte = current, byte.isNumberCharacter {
            text.append(byte)
            advance()
        }
        let spelling = String(decoding: text, as: UTF8.self)
        if let problem = JSONParserState.numberProblem(text) {
            report(
                .error, "json.invalidNumber", "invalid number '\(spelling)': \(problem)", at: path(), position: start)
        }
        return .number(JSONNumber(text: spelling))
    }

    /// Why `text` is not an RFC 8259 number, or `nil` when it is one.
    static func numberProblem(_ text: [UInt8]) -> String? {
        var i = 0
        func digit(_ at: Int) -> Bool { at < text.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[at]) }
        if i < text.count, text[i] == UInt8(ascii: "+") { return "a number cannot start with '+'" }
        if i < text.count, text[i] == UInt8(ascii: "-") { i += 1 }
        guard digit(i) else { return "expected a digit before any '.' or exponent" }
        if text[i] == UInt8(ascii: "0") {
            i += 1
            if digit(i) { return "leading zeros are not allowed" }
        } else {
            while digit(i) { i += 1 }
        }
        if i < text.count, text[i] == UInt8(ascii: ".") {
            i += 1
            guard digit(i) else { return "a decimal point must be followed by digits" }
            while digit(i) { i += 1 }
        }
        if i < text.count, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            if i < text.count, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
            guard digit(i) else { return "an exponent needs digits" }
            while digit(i) { i += 1 }
        }
        if i < text.count { return "unexpected '\(Character(Unicode.Scalar(text[i])))'" }
        return nil
    }

    /// Reads a string starting at its opening quote.
    ///
    /// A run of printable ASCII up to the closing quote (most strings) becomes the string at once; an escape, a
    /// control character or a non-ASCII byte goes on byte by byte.
    private mutating func readString(at path: @autoclosure () -> JSONPath) throws -> String {
        let start = position
        advance()
        var end = index
        while end < bytes.count, (0x20..<0x80).contains(bytes[end]), bytes[end] != UInt8(ascii: "\""),
            bytes[end] != UInt8(ascii: "\\")
        {
            end += 1
        }
        let run = bytes[index..<end]
        column += run.count
        index = end
        if current == UInt8(ascii: "\"") {
            advance()
            return String(decoding: run, as: UTF8.self)
        }
        var buffer = Array(run)
        while true {
            guard let byte = current else {
                report(.error, "json.unterminatedString", "unterminated string", at: path(), position: start)
                throw StructureError()
            }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &buffer, at: path())
            case 0..<0x20:
                report(
                    .error, "json.controlCharacter",
                    "control character U+\(hex(byte, width: 4)) must be escaped in a string", at: path(),
                    position: position)
                buffer.append(byte)
                advance()
            case 0x20..<0x80:
                buffer.append(byte)
                advance()
            default:
                if let (_, length) = UTF8Check.decodeScalar(bytes, at: index) {
                    for _ in 0..<length {
                        buffer.append(bytes[index])
                        advance()
                    }
                } else {
                    report(
                        .error, "json.invalidUTF8", "invalid UTF-8 byte 0x\(hex(byte)) in a string", at: path(),
                        position: position)
                    buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    advance()
                }
            }
        }
    }

    /// Reads an escape sequence starting at its backslash.
    private mutating func readEscape(into buffer: inout [UInt8], at path: JSONPath) throws {
        let start = position
        advance()
        guard let byte = current else {
            report(.error, "json.unterminatedString", "unterminated string", at: path, position: start)
            throw StructureError()
        }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
            UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] {
            buffer.append(replacement)
            advance()
            return
        }
        guard byte == UInt8(ascii: "u") else {
            report(
                .error, "json.invalidEscape", "invalid escape sequence '\\\(describeCurrent(quoted: false))'",
                at: path, position: start)
            return
        }
        advance()
        guard let unit = hexQuad(at: index) else {
            report(
                .error, "json.invalidEscape", "'\\u' must be followed by four hexadecimal digits", at: path,
                position: start)
            return
        }
        for _ in 0..<4 { advance() }
        var scalar = Unicode.Scalar(unit)
        if (0xD800...0xDBFF).contains(unit) {
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                let low = hexQuad(at: index + 2), (0xDC00...0xDFFF).contains(low)
            {
                for _ in 0..<6 { advance() }
                scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            } else {
                report(
                    .error, "json.loneSurrogate",
                    "high surrogate \\u\(hex(unit, width: 4)) is not followed by a low surrogate", at: path,
                    position: start)
            }
        } else if (0xDC00...0xDFFF).contains(unit) {
            report(
                .error, "json.loneSurrogate", "low surrogate \\u\(hex(unit, width: 4)) without a high surrogate",
                at: path, position: start)
        }
        buffer.append(contentsOf: Array(String(Character(scalar ?? "\u{FFFD}")).utf8))
    }

    private func hexQuad(at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - Position and reporting

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private var position: JSONDocument.Position { JSONDocument.Position(line: line, column: column) }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current,
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        {
            advance()
        }
    }

    /// The character at the current position for a message: `'x'`, `U+000A`, or "the end of the input".
    private func describeCurrent(quoted: Bool = true) -> String {
        guard let byte = current else { return "the end of the input" }
        if byte < 0x20 || byte == 0x7F { return "U+\(hex(byte, width: 4))" }
        let text: String
        if let (scalar, _) = UTF8Check.decodeScalar(bytes, at: index), let s = Unicode.Scalar(scalar) {
            text = String(Character(s))
        } else {
            return "byte 0x\(hex(byte))"
        }
        return quoted ? "'\(text)'" : text
    }

    private func hex<Value: BinaryInteger>(_ value: Value, width: Int = 2) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func range(_ at: JSONDocument.Position, _ path: JSONPath) -> SourceRange {
        SourceRange(start: SourceLocation(file: file, line: at.line, column: at.column, jsonPath: "\(path)"))
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, _ id: String, _ message: String, at path: JSONPath,
        position at: JSONDocument.Position? = nil, notes: [Diagnostic.Note] = []
    ) {
        let suffix = path == .root ? "" : " (at \(path.abbreviated))"
        diagnostics.append(
            Diagnostic(severity, id: id, message + suffix, at: range(at ?? position, path), notes: notes))
    }

    private mutating func structureError(_ message: String, at path: JSONPath, id: String = "json.unexpectedCharacter")
        -> StructureError
    {
        report(
            .error, current == nil && id == "json.unexpectedCharacter" ? "json.unexpectedEnd" : id, message, at: path)
        return StructureError()
    }
}

extension UInt8 {
    /// A character of a literal word such as `true` (or a mistaken one such as `True` or `NaN`).
    fileprivate var isWordCharacter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: "_")
    }

    /// A character that can continue a number, valid or not (`12`, `-0.5e+3`, `012`, `1.`).
    fileprivate var isNumberCharacter: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: "-")
            || self == UInt8(ascii: "+") || self == UInt8(ascii: ".") || self == UInt8(ascii: "e")
            || self == UInt8(ascii: "E")
    }
}
