/// Gives every name of one CML namespace a valid, unique identifier, deterministically.
///
/// Context Mapper's identifiers are ASCII (`[A-Za-z_][A-Za-z0-9_]*`): diacritics are dropped and letters such
/// as `ß` and `ø` spelled out (`Größe` → `Grosse`, `Øre` → `Ore`), every other character becomes `_`, a leading
/// digit gets a `_` before it. A name already taken in the namespace (or reserved) gets `_2`, `_3`, … in the
/// order names are claimed. Keywords are escaped with a leading `^` when written.
struct CMLNameTable: Sendable {
    private var identifiers: [String: String] = [:]
    /// The names whose identifier differs from them, with it, in the order claimed.
    private(set) var renamed: [(name: String, identifier: String)] = []
    /// Every identifier handed out or reserved.
    private var identifiersTaken: UniqueNames

    /// Every identifier handed out or reserved.
    var taken: Set<String> { identifiersTaken.taken }

    /// A table in which the `reserved` identifiers are never handed out.
    init(reserved: Set<String> = []) {
        identifiersTaken = UniqueNames(reserved: reserved)
    }

    /// Claims `names` in order (a name claimed before keeps its identifier).
    init(claiming names: [String], reserved: Set<String> = []) {
        self.init(reserved: reserved)
        for name in names { claim(name) }
    }

    /// The identifier of `name`, claiming one if it has none yet.
    @discardableResult
    mutating func claim(_ name: String) -> String {
        if let identifier = identifiers[name] { return identifier }
        let candidate = identifiersTaken.claim(Self.sanitized(name), separator: "_")
        identifiers[name] = candidate
        if candidate != name { renamed.append((name, candidate)) }
        return candidate
    }

    /// The identifier claimed for `name` as written in CML (keywords escaped with `^`); an unclaimed name is
    /// sanitized on the spot.
    subscript(_ name: String) -> String {
        Self.escaped(identifier(name))
    }

    /// The identifier claimed for `name`, unescaped (for names inside quoted strings).
    func identifier(_ name: String) -> String {
        identifiers[name] ?? Self.sanitized(name)
    }

    /// `name` as an ASCII identifier.
    static func sanitized(_ name: String) -> String {
        let folded = ASCIISpelling.folded(name)
        var identifier = String(
            String.UnicodeScalarView(
                folded.unicodeScalars.map { scalar in
                    scalar.isASCII && (scalar.isLetterLike || ("0"..."9").contains(scalar) || scalar == "_")
                        ? scalar : "_"
                }))
        if identifier.isEmpty || identifier.first?.isNumber == true { identifier = "_" + identifier }
        return identifier
    }

    /// `identifier`, with `^` before it when it is a CML keyword.
    static func escaped(_ identifier: String) -> String {
        CMLKeywords.all.contains(identifier) ? "^" + identifier : identifier
    }
}
