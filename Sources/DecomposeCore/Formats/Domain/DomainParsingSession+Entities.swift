/// Entities, aggregates and the options in their headers.
extension DomainParsingSession {
    /// The header words an entity accepts besides the characteristics.
    private static let entityOptions = ["owned-by", "extends"]
    /// The header words an aggregate accepts besides the characteristics.
    private static let aggregateOptions = ["owned-by"]
    /// Every characteristic keyword, `storage` included.
    static let characteristicKeywords = CharacteristicKind.allCases.map(\.rawValue) + ["storage"]

    /// What an entity or aggregate header says besides the name.
    struct Header {
        var parent: String?
        var owner: String?
        var characteristics = Characteristics()
    }

    /// An `entity` outside any aggregate (or a misplaced `root`, already reported).
    mutating func parseStandaloneEntity() {
        if let entity = parseEntity(aggregate: nil) { model.entities.append(entity) }
    }

    /// `entity Name extends Parent owned-by Team characteristic level … { fields }`, the keyword
    /// (`entity` or `root`) being the current token.
    private mutating func parseEntity(aggregate: String?) -> Entity? {
        let keyword = advance()
        guard let name = expectName("an entity name", "after '\(keyword.text)'", allowNewLine: false) else {
            skipToNextDeclaration()
            return nil
        }
        let header = parseHeader(allowed: Self.entityOptions, context: "entity '\(name.text)'")
        return Entity(
            name: name.text, fields: parseFieldBlock("entity '\(name.text)'"), parent: header.parent,
            owner: header.owner, characteristics: header.characteristics, aggregate: aggregate, doc: keyword.doc,
            location: name.start)
    }

    /// `aggregate Name owned-by Team characteristic level … { root X { … } entity Y { … } }`.
    mutating func parseAggregate() {
        let keyword = advance()
        guard let name = expectName("an aggregate name", "after 'aggregate'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        let context = "aggregate '\(name.text)'"
        let header = parseHeader(allowed: Self.aggregateOptions, context: context)
        var aggregate = Aggregate(
            name: name.text, root: "", members: [], owner: header.owner, characteristics: header.characteristics,
            doc: keyword.doc, location: name.start)
        guard take(.leftBrace) != nil else {
            expected("'{'", "to begin \(context)")
            skipToNextDeclaration()
            model.aggregates.append(aggregate)
            return
        }
        var rootToken: Token?
        var others: [String] = []
        while true {
            if take(.rightBrace) != nil { break }
            if isAtEnd || isAtDeclarationStart && !current.isWord("entity") {
                expected("'}'", "to close \(context)")
                break
            }
            let start = position
            let isRoot = current.isWord("root")
            if isRoot || current.isWord("entity") {
                let keywordToken = current
                if let entity = parseEntity(aggregate: name.text) {
                    model.entities.append(entity)
                    if !isRoot {
                        others.append(entity.name)
                    } else if let first = rootToken {
                        error(
                            "syntax.multipleRoots", "aggregate '\(name.text)' already has a root",
                            at: keywordToken.range,
                            notes: [.init("the root '\(aggregate.root)' is declared here", at: first.range)])
                        others.append(entity.name)
                    } else {
                        rootToken = keywordToken
                        aggregate.root = entity.name
                    }
                }
            } else {
                let hint = current.kind == .word ? NameSuggester(["root", "entity"]).hint(for: current.text) : ""
                error(
                    "syntax.expectedDeclaration",
                    "expected 'root' or 'entity' in \(context), found \(current.quoted)\(hint)", at: current.range)
                skipItem()
            }
            if position == start { advance() }
        }
        aggregate.members = (aggregate.root.isEmpty ? [] : [aggregate.root]) + others
        model.aggregates.append(aggregate)
    }

    /// The options of a header, up to its body or the next declaration: words in `allowed` and the
    /// characteristics, each at most once.
    private mutating func parseHeader(allowed: [String], context: String) -> Header {
        var header = Header()
        var seen: [String: Token] = [:]
        while current.kind == .word, !isAtDeclarationStart {
            parseOption(advance(), allowed: allowed, context: context, seen: &seen, into: &header)
        }
        return header
    }

    /// One header option: `owned-by Team`, `extends Parent` or a characteristic and its level.
    private mutating func parseOption(
        _ option: Token, allowed: [String], context: String, seen: inout [String: Token], into header: inout Header
    ) {
        let known = allowed + Self.characteristicKeywords
        guard known.contains(option.text) else {
            error(
                "syntax.unknownCharacteristic",
                "unknown characteristic '\(option.text)'\(NameSuggester(known).hint(for: option.text))",
                at: option.range)
            if current.kind == .word, !current.isAtLineStart, !known.contains(current.text) { advance() }
            return
        }
        if let first = seen[option.text] {
            error(
                "syntax.duplicateOption", "'\(option.text)' is given more than once in \(context)", at: option.range,
                notes: [.init("first given here", at: first.range)])
        }
        seen[option.text] = seen[option.text] ?? option
        switch option.text {
        case "owned-by":
            header.owner = expectName("a team name", "after 'owned-by'", allowNewLine: false)?.text ?? header.owner
        case "extends":
            header.parent =
                expectName("an entity name", "after 'extends'", allowNewLine: false)?.text ?? header.parent
        case "storage":
            let words = StorageKind.allCases.map(\.rawValue)
            if let word = levelWord(for: option, words: words) {
                header.characteristics.storage = StorageKind(rawValue: word.text)
            }
        default:
            guard let kind = CharacteristicKind(rawValue: option.text),
                let word = levelWord(for: option, words: kind.levelWords)
            else { return }
            header.characteristics[keyPath: kind.keyPath] = kind.level(named: word.text)
        }
    }

    /// The word after a characteristic keyword, when it is one of `words`; otherwise reported.
    private mutating func levelWord(for option: Token, words: [String]) -> Token? {
        let list = words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
        guard current.kind == .word, !current.isAtLineStart else {
            expected(list, "after '\(option.text)'")
            return nil
        }
        let word = advance()
        guard words.contains(word.text) else {
            error(
                "syntax.unknownLevel",
                "unknown value '\(word.text)' for '\(option.text)'\(NameSuggester(words).hint(for: word.text)); expected \(list)",
                at: word.range)
            return nil
        }
        return word
    }
}
