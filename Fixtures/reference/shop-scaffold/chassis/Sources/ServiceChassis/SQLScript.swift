import Foundation

/// Splits a migration file into its statements, since PostgreSQL's extended protocol runs one statement at a time.
/// A `;` ends a statement unless it is inside a string (`'…'`, `E'…'`), a quoted identifier (`"…"`), a
/// dollar-quoted body (`$$…$$`, `$tag$…$tag$`) or a comment (`-- …`, nested `/* … */`).
public enum SQLScript {
    /// The statements of `sql`, trimmed, without empty ones and without the `;` that ends them.
    public static func statements(of sql: String) -> [String] {
        let characters = Array(sql.unicodeScalars)
        var statements: [String] = []
        var start = 0
        var index = 0
        func flush(upTo end: Int) {
            var text = String(String.UnicodeScalarView(characters[start..<end]))
            text = text.trimmingWhitespace()
            if !isOnlyComments(text) { statements.append(text) }
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "'", "\"":
                index = end(ofQuoted: character, in: characters, from: index + 1)
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                while index < characters.count && characters[index] != "\n" { index += 1 }
            case "/" where index + 1 < characters.count && characters[index + 1] == "*":
                index = end(ofBlockCommentIn: characters, from: index + 2)
            case "$":
                index = end(ofDollarQuotedIn: characters, from: index)
            case ";":
                flush(upTo: index)
                start = index + 1
                index += 1
            default:
                index += 1
            }
        }
        flush(upTo: characters.count)
        return statements
    }

    /// The index after the closing `quote` (a doubled quote is part of the text).
    private static func end(ofQuoted quote: Unicode.Scalar, in characters: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            if characters[index] == quote {
                if index + 1 < characters.count && characters[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            // E'…' strings escape with backslashes; a backslash before the quote keeps the string open there too.
            if characters[index] == "\\" && quote == "'" && start >= 2 && "eE".unicodeScalars.contains(characters[start - 2]) {
                index += 2
                continue
            }
            index += 1
        }
        return characters.count
    }

    private static func end(ofBlockCommentIn characters: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 1
        var index = start
        while index < characters.count && depth > 0 {
            if characters[index] == "/" && index + 1 < characters.count && characters[index + 1] == "*" {
                depth += 1
                index += 2
            } else if characters[index] == "*" && index + 1 < characters.count && characters[index + 1] == "/" {
                depth -= 1
                index += 2
            } else {
                index += 1
            }
        }
        return index
    }

    /// After `$tag$…$tag$` when `start` opens one; else after the `$` (a parameter such as `$1`).
    private static func end(ofDollarQuotedIn characters: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count, characters[index] == "_" || characters[index].properties.isAlphabetic
            || (index > start + 1 && ("0"..."9").contains(characters[index]))
        {
            index += 1
        }
        guard index < characters.count, characters[index] == "$" else { return start + 1 }
        let tag = Array(characters[start...index])
        var search = index + 1
        while search + tag.count <= characters.count {
            if Array(characters[search..<(search + tag.count)]) == tag { return search + tag.count }
            search += 1
        }
        return characters.count
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }.dropFirst()
            } else if rest.hasPrefix("/*"), let close = rest.range(of: "*/") {
                rest = rest[close.upperBound...]
            } else {
                return false
            }
            rest = Substring(String(rest).trimmingWhitespace())
        }
        return true
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
