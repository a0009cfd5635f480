/// Parses one template into nodes, following the Mustache specification: tags, set delimiters,
/// standalone lines and section nesting. Reports the first problem as a `MustacheError`.
struct MustacheParser {
    /// The deepest nesting of sections accepted.
    static let maximumDepth = 100

    private let name: String
    private let scalars: [Unicode.Scalar]
    private var lineStarts: [Int] = [0]

    init(template: String, name: String) {
        self.name = name
        self.scalars = Array(template.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            lineStarts.append(offset + 1)
        }
    }

    /// The nodes of the template.
    func parse() throws(MustacheError) -> [MustacheNode] {
        try nest(removingStandaloneLines(from: try tokenize()))
    }

    // MARK: Lexing

    private func tokenize() throws(MustacheError) -> [MustacheToken] {
        var tokens: [MustacheToken] = []
        var opening: [Unicode.Scalar] = ["{", "{"]
        var closing: [Unicode.Scalar] = ["}", "}"]
        var textStart = 0
        var index = 0
        func flushText(upTo end: Int) {
            guard textStart < end else { return }
            let piece = scalars[textStart..<end]
            var text = String.UnicodeScalarView()
            text.append(contentsOf: piece)
            let isBlank = piece.allSatisfy { $0 == " " || $0 == "\t" }
            tokens.append(isBlank ? .whitespace(String(text)) : .text(String(text)))
        }
        while index < scalars.count {
            if matches(opening, at: index) {
                flushText(upTo: index)
                let tag = try readTag(at: &index, opening: &opening, closing: &closing)
                tokens.append(.tag(tag))
                textStart = index
            } else if scalars[index] == "\n" {
                flushText(upTo: index)
                tokens.append(.newline("\n"))
                index += 1
                textStart = index
            } else if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                flushText(upTo: index)
                tokens.append(.newline("\r\n"))
                index += 2
                textStart = index
            } else {
                index += 1
            }
        }
        flushText(upTo: index)
        return tokens
    }

    /// Reads the tag whose opening delimiter starts at `index` and moves `index` past it; a set
    /// delimiter tag changes `opening` and `closing`.
    private func readTag(
        at index: inout Int, opening: inout [Unicode.Scalar], closing: inout [Unicode.Scalar]
    ) throws(MustacheError) -> MustacheTag {
        let start = index
        let location = self.location(of: start)
        let afterOpening = start + opening.count
        let sigil = afterOpening < scalars.count ? scalars[afterOpening] : nil
        let kind: MustacheTag.Kind
        var contentStart = afterOpening + 1
        var terminator = closing
        switch sigil {
        case "{":
            kind = .variable(escaped: false)
            terminator = ["}"] + closing
        case "&": kind = .variable(escaped: false)
        case "#": kind = .section
        case "^": kind = .invertedSection
        case "/": kind = .close
        case "!": kind = .comment
        case ">": kind = .partial
        case "=":
            kind = .delimiters
            terminator = ["="] + closing
        default:
            kind = .variable(escaped: true)
            contentStart = afterOpening
        }
        guard let end = firstMatch(of: terminator, from: min(contentStart, scalars.count)) else {
            throw error(
                "unclosed tag: '\(String(opening.map(Character.init)))' has no matching "
                    + "'\(String(terminator.map(Character.init)))'",
                id: "template.unclosedTag", at: location)
        }
        index = end + terminator.count
        let content = text(contentStart..<end)
        let trimmed = content.trimmingMustacheWhitespace()
        let source = text(start..<index)
        switch kind {
        case .comment:
            return MustacheTag(kind: kind, name: "", location: location, source: source)
        case .delimiters:
            let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw error(
                    "bad delimiters '\(content)': expected two delimiters separated by whitespace, without '='",
                    id: "template.badDelimiters", at: location)
            }
            opening = Array(parts[0].unicodeScalars)
            closing = Array(parts[1].unicodeScalars)
            return MustacheTag(kind: kind, name: "", location: location, source: source)
        default:
            guard !trimmed.isEmpty else {
                throw error("tag '\(source)' has no name", id: "template.emptyTag", at: location)
            }
            guard !trimmed.unicodeScalars.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            else {
                throw error(
                    "tag name '\(trimmed)' contains whitespace", id: "template.badTagName", at: location)
            }
            return MustacheTag(kind: kind, name: trimmed, location: location, source: source)
        }
    }

    private func matches(_ delimiter: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + delimiter.count <= scalars.count else { return false }
        for (offset, scalar) in delimiter.enumerated() where scalars[index + offset] != scalar {
            return false
        }
        return true
    }

    private func firstMatch(of delimiter: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + delimiter.count <= scalars.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    private func location(of offset: Int) -> MustacheLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return MustacheLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    private func error(_ message: String, id: String, at location: MustacheLocation) -> MustacheError {
        MustacheError(template: name, line: location.line, column: location.column, message: message, id: id)
    }

    // MARK: Standalone lines

    /// Drops the whitespace and line ending around tags that stand alone on their line: lines with
    /// at least one tag, only tags that are no interpolations, and otherwise only spaces and tabs.
    private func removingStandaloneLines(from tokens: [MustacheToken]) -> [MustacheToken] {
        var result: [MustacheToken] = []
        var line: [MustacheToken] = []
        func finishLine() {
            defer { line.removeAll() }
            var hasTag = false
            var isStandalone = true
            for token in line {
                switch token {
                case .text: isStandalone = false
                case .tag(let tag):
                    hasTag = true
                    if !tag.canStandAlone { isStandalone = false }
                case .whitespace, .newline: break
                }
            }
            guard hasTag, isStandalone else {
                result.append(contentsOf: line)
                return
            }
            var indentation = ""
            for token in line {
                switch token {
                case .whitespace(let blank): indentation += blank
                case .tag(var tag):
                    tag.indentation = indentation
                    result.append(.tag(tag))
                case .text, .newline: break
                }
            }
        }
        for token in tokens {
            line.append(token)
            if case .newline = token { finishLine() }
        }
        finishLine()
        return result
    }

    // MARK: Nesting

    private struct OpenSection {
        var tag: MustacheTag
        var children: [MustacheNode] = []
    }

    private func nest(_ tokens: [MustacheToken]) throws(MustacheError) -> [MustacheNode] {
        var stack: [OpenSection] = []
        var nodes: [MustacheNode] = []
        func append(_ node: MustacheNode) {
            if stack.isEmpty { nodes.append(node) } else { stack[stack.count - 1].children.append(node) }
        }
        func appendText(_ text: String) {
            let children = stack.isEmpty ? nodes : stack[stack.count - 1].children
            if case .text(let previous) = children.last {
                let merged = MustacheNode.text(previous + text)
                if stack.isEmpty {
                    nodes[nodes.count - 1] = merged
                } else {
                    stack[stack.count - 1].children[children.count - 1] = merged
                }
            } else {
                append(.text(text))
            }
        }
        for token in tokens {
            switch token {
            case .text(let text), .whitespace(let text), .newline(let text): appendText(text)
            case .tag(let tag):
                switch tag.kind {
                case .variable(let escaped): append(.variable(MustacheName(tag.name), escaped: escaped))
                case .section, .invertedSection:
                    guard stack.count < Self.maximumDepth else {
                        throw error(
                            "sections nested deeper than \(Self.maximumDepth) levels", id: "template.tooDeep",
                            at: tag.location)
                    }
                    stack.append(OpenSection(tag: tag))
                case .close:
                    guard let open = stack.popLast() else {
                        throw error(
                            "closing tag '\(tag.source)' has no open section", id: "template.unexpectedClose",
                            at: tag.location)
                    }
                    guard open.tag.name == tag.name else {
                        throw error(
                            "closing tag '\(tag.source)' does not match '\(open.tag.source)' opened at "
                                + "\(open.tag.location.line):\(open.tag.location.column)",
                            id: "template.mismatchedClose", at: tag.location)
                    }
                    append(
                        .section(
                            MustacheName(open.tag.name), inverted: open.tag.kind == .invertedSection,
                            children: open.children))
                case .partial:
                    append(.partial(tag.name, indentation: tag.indentation, location: tag.location))
                case .comment, .delimiters: break
                }
            }
        }
        if let open = stack.last {
            throw error(
                "section '\(open.tag.source)' is never closed", id: "template.unclosedSection", at: open.tag.location)
        }
        return nodes
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line endings.
    fileprivate func trimmingMustacheWhitespace() -> String {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let view = unicodeScalars
        guard let first = view.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = view.lastIndex(where: { !isBlank($0) })!
        return String(view[first...last])
    }
}
