import DecomposeCore
import Foundation

/// Turns names from a model (which a user wrote, and which may hold anything) into safe names for generated code,
/// packages, DNS and the file system.
///
/// Every function is total: any input, including the empty string, unicode, spaces, path separators and Swift
/// keywords, gives a usable non-empty result.
public enum NameSanitizer {
    /// Swift keywords that need backticks when used as identifiers.
    static let swiftKeywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "Type", "Protocol",
    ]

    /// Names swift-openapi-generator prefixes with `_` (its keyword list), so that a property `type` is `_type`.
    static let generatorReservedNames: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "func", "import", "init", "inout", "let", "operator",
        "precedencegroup", "protocol", "struct", "subscript", "typealias", "var", "fileprivate", "internal", "private",
        "public", "static", "defer", "if", "guard", "do", "repeat", "else", "for", "in", "while", "return", "break",
        "continue", "fallthrough", "switch", "case", "default", "where", "catch", "throw", "as", "Any", "false", "is",
        "nil", "rethrows", "super", "self", "Self", "true", "try", "throws", "yield", "String", "Error", "Int", "Bool",
        "Array", "Type", "type", "Protocol", "await",
    ]

    /// The Swift name swift-openapi-generator gives a JSON property that is already a lowerCamelCase identifier.
    public static func generatedMemberName(_ jsonName: String) -> String {
        generatorReservedNames.contains(jsonName) ? "_" + jsonName : jsonName
    }

    /// The words of a name: runs of ASCII letters and digits, split at case changes ("HTTPServer" → HTTP, Server).
    public static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = []
        }
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if let last = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (last.isLowercase || last.isNumber) && character.isUppercase
                let acronymEnd =
                    last.isUppercase && character.isUppercase && (next.map { $0.isASCII && $0.isLowercase } ?? false)
                if lowerToUpper || acronymEnd { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// An UpperCamelCase Swift type name (`order line` → `OrderLine`); `fallback` when nothing usable remains.
    public static func typeName(_ name: String, fallback: String = "Item") -> String {
        let joined = words(name).map(capitalized).joined()
        let base = joined.isEmpty ? fallback : joined
        let prefixed = base.first?.isNumber == true ? "_" + base : base
        return swiftKeywords.contains(prefixed) ? prefixed + "_" : prefixed
    }

    /// A lowerCamelCase identifier without escaping (for JSON property names and operation ids).
    public static func memberName(_ name: String, fallback: String = "value") -> String {
        let parts = words(name)
        guard let first = parts.first else { return fallback }
        let head = first.allSatisfy(\.isUppercase) && parts.count > 1 ? first.lowercased() : lowercasedFirst(first)
        let camel = ([head] + parts.dropFirst().map(capitalized)).joined()
        return camel.first?.isNumber == true ? "_" + camel : camel
    }

    /// A lowerCamelCase Swift identifier, with backticks when it is a keyword (`default` → `` `default` ``).
    public static func identifier(_ name: String, fallback: String = "value") -> String {
        let member = memberName(name, fallback: fallback)
        return swiftKeywords.contains(member) ? "`\(member)`" : member
    }

    /// A lowercase kebab-case name (`OrderLine` → `order-line`); `fallback` when nothing usable remains.
    public static func kebabCase(_ name: String, fallback: String = "item") -> String {
        let joined = words(name).map { $0.lowercased() }.joined(separator: "-")
        return joined.isEmpty ? fallback : joined
    }

    /// A SwiftPM package name: kebab-case ASCII.
    public static func packageName(_ name: String) -> String { kebabCase(name, fallback: "service") }

    /// Names Windows reserves for devices in every folder, whatever the extension (`con`, `nul.txt`, `com1`).
    static let windowsDeviceNames = Set(
        ["con", "prn", "aux", "nul"] + (0...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Whether `name` is a Windows device name, alone or before an extension, in any case.
    public static func isWindowsDeviceName(_ name: String) -> Bool {
        let stem = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return windowsDeviceNames.contains(stem.lowercased())
    }

    /// A DNS-1123 label: lowercase letters, digits and `-`, starting with a letter, at most 63 characters, not
    /// ending with `-`, and never a Windows device name (it names the service's folder).
    public static func serviceName(_ name: String) -> String {
        var label = kebabCase(name, fallback: "service")
        if label.first?.isLetter != true || isWindowsDeviceName(label) { label = "s-" + label }
        label = String(label.prefix(63))
        while label.hasSuffix("-") { label.removeLast() }
        return label
    }

    /// One safe path component: no separators, no `.` or `..`, no NUL or control characters, never empty, never
    /// a Windows device name (`con.swift` becomes `_con.swift`). Letters, digits, `-`, `_`, `.` and `+` stay;
    /// everything else becomes `_`. A leading dot (a hidden file such as `.gitignore`) is kept.
    public static func fileName(_ name: String, fallback: String = "file") -> String {
        var characters: [Character] = []
        for character in name {
            let allowed = character.isASCII && (character.isLetter || character.isNumber || "-_.+".contains(character))
            characters.append(allowed ? character : "_")
        }
        var result = String(characters.prefix(100))
        while result.contains("..") { result = result.replacingOccurrences(of: "..", with: ".") }
        let meaningful = result.contains { $0 != "." && $0 != "_" }
        guard meaningful else { return fallback }
        return isWindowsDeviceName(result) ? "_" + result : result
    }

    /// A plural path segment in kebab-case (`OrderLine` → `order-lines`, `Category` → `categories`).
    public static func pluralPathSegment(_ name: String) -> String {
        plural(kebabCase(name, fallback: "item"))
    }

    /// A plural of a lowercase-ending English word by the common rules.
    public static func plural(_ word: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
            || word.hasSuffix("sh")
        {
            return word + "es"
        }
        if word.hasSuffix("y"), let before = word.dropLast().last, !vowels.contains(before) {
            return word.dropLast() + "ies"
        }
        return word + "s"
    }

    static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    static func lowercasedFirst(_ word: String) -> String {
        word.prefix(1).lowercased() + word.dropFirst()
    }
}
