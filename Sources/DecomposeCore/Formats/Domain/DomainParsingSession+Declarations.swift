/// Top-level declarations other than entities, aggregates and use cases.
extension DomainParsingSession {
    /// Parses declarations until the end of the file.
    mutating func parseFile() {
        while !isAtEnd {
            let start = position
            parseDeclaration()
            if position == start { advance() }
        }
    }

    private mutating func parseDeclaration() {
        let keyword = current
        guard keyword.kind == .word else {
            error("syntax.expectedDeclaration", "expected a declaration, found \(keyword.quoted)", at: keyword.range)
            skipToNextDeclaration()
            return
        }
        switch keyword.text {
        case "system": parseSystem()
        case "team": parseTeams()
        case "enum": parseEnum()
        case "value": parseValue()
        case "entity": parseStandaloneEntity()
        case "root":
            error("syntax.rootOutsideAggregate", "'root' is only allowed inside an aggregate", at: keyword.range)
            parseStandaloneEntity()
        case "aggregate": parseAggregate()
        case "event": parseEvent()
        case "usecase", "command", "query": parseUseCase()
        case "zone": parseZone()
        case "keep-apart", "keep-together": parseGroup()
        case "pin": parsePin()
        case "current-context": parseCurrentContext()
        case "deployment": parseDeployment()
        default:
            let hint = NameSuggester(Self.declarationKeywords).hint(for: keyword.text)
            error(
                "syntax.expectedDeclaration", "expected a declaration, found \(keyword.quoted)\(hint)",
                at: keyword.range)
            advance()
            skipToNextDeclaration()
        }
    }

    /// `system Name "summary"`.
    private mutating func parseSystem() {
        let keyword = advance()
        guard let name = expectName("a system name", "after 'system'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        let summary = take(.string)?.text
        if hasSystem {
            let first = model.system.location.range(length: model.system.name.unicodeScalars.count)
            error(
                "syntax.duplicateSystem", "the system is already declared", at: name.range,
                notes: [.init("'\(model.system.name)' is declared here", at: first)])
            return
        }
        hasSystem = true
        model.system = SystemInfo(name: name.text, summary: summary, doc: keyword.doc, location: name.start)
    }

    /// `team A, B, C`: every team on the line gets the line's doc comment.
    private mutating func parseTeams() {
        let keyword = advance()
        for name in parseNameList("a team name", "after 'team'") {
            model.teams.append(Team(name: name.name, doc: keyword.doc, location: name.location))
        }
    }

    /// `enum Name { a, b }`.
    private mutating func parseEnum() {
        let keyword = advance()
        guard let name = expectName("an enum name", "after 'enum'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        let cases = parseBracedNames("a case name", "enum '\(name.text)'")
        model.enums.append(
            EnumType(name: name.text, cases: cases.map(\.name), doc: keyword.doc, location: name.start))
    }

    /// `value Name { fields }`.
    private mutating func parseValue() {
        guard let block = parseNamedFieldBlock("value", "a value object name") else { return }
        model.values.append(
            ValueObject(name: block.name, fields: block.fields, doc: block.doc, location: block.location))
    }

    /// `event Name { fields }`.
    private mutating func parseEvent() {
        guard let block = parseNamedFieldBlock("event", "an event name") else { return }
        model.events.append(
            DomainEvent(name: block.name, fields: block.fields, doc: block.doc, location: block.location))
    }

    /// `keyword Name { fields }`, the shape values and events share; `nil` (after skipping to the next
    /// declaration) when the name is missing.
    private mutating func parseNamedFieldBlock(_ keyword: String, _ what: String) -> (
        name: String, fields: [Field], doc: String?, location: SourceLocation
    )? {
        let keywordToken = advance()
        guard let name = expectName(what, "after '\(keyword)'", allowNewLine: false) else {
            skipToNextDeclaration()
            return nil
        }
        let fields = parseFieldBlock("\(keyword) '\(name.text)'")
        return (name.text, fields, keywordToken.doc, name.start)
    }

    /// `zone Name { A, B }`.
    private mutating func parseZone() {
        let keyword = advance()
        guard let name = expectName("a zone name", "after 'zone'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        let members = parseBracedNames("an entity or aggregate name", "zone '\(name.text)'")
        model.zones.append(SecurityZone(name: name.text, members: members, doc: keyword.doc, location: name.start))
    }

    /// `keep-apart A, B` or `keep-together A, B`.
    private mutating func parseGroup() {
        let keyword = advance()
        let members = parseNameList("an entity or aggregate name", "after '\(keyword.text)'")
        guard !members.isEmpty else { return }
        let group = EntityGroup(members: members, doc: keyword.doc, location: keyword.start)
        if keyword.text == "keep-apart" {
            model.keepApart.append(group)
        } else {
            model.keepTogether.append(group)
        }
    }

    /// `pin A, B to Context`.
    private mutating func parsePin() {
        let keyword = advance()
        let members = parseNameList("an entity or aggregate name", "after 'pin'", terminator: "to")
        guard !members.isEmpty else { return }
        guard takeWord("to") != nil else {
            expected("'to'", "after the pinned names")
            skipToNextDeclaration()
            return
        }
        guard let context = expectName("a context name", "after 'to'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        model.pins.append(Pin(members: members, context: context.text, doc: keyword.doc, location: keyword.start))
    }

    /// `current-context Name { A, B }`: a context the monolith has today.
    private mutating func parseCurrentContext() {
        let keyword = advance()
        guard let name = expectName("a context name", "after 'current-context'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        let members = parseBracedNames("an entity or aggregate name", "current context '\(name.text)'")
        model.currentDecomposition.append(
            DeclaredContext(name: name.text, members: members, doc: keyword.doc, location: name.start))
    }

    // MARK: - Lists

    /// `A, B, C` on one line (a comma lets the list continue on the next line). A missing comma
    /// between two names on the same line is reported and assumed; a word of `endingAt` without a comma before it
    /// ends the list instead (the next clause of a use case).
    mutating func parseNameList(
        _ what: String, _ context: String, terminator: String? = nil, endingAt: [String] = []
    ) -> [NameReference] {
        var names: [NameReference] = []
        var afterComma = false
        while true {
            guard let name = expectName(what, context, allowNewLine: afterComma) else {
                skipToItemEnd()
                return names
            }
            names.append(NameReference(name.text, at: name.start))
            if take(.comma) != nil {
                afterComma = true
            } else if current.isName, !current.isAtLineStart, !isTerminator(terminator),
                !(current.kind == .word && endingAt.contains(current.text))
            {
                if let terminator {
                    expected("',' or '\(terminator)'", "after '\(name.text)'")
                    skipToItemEnd()
                    return []
                }
                error("syntax.expectedToken", "expected ',' between names", at: current.range)
                afterComma = false
            } else {
                return names
            }
        }
    }

    /// `{ A, B \n C }`: names separated by commas and/or new lines (enum cases, zone members).
    mutating func parseBracedNames(_ what: String, _ context: String) -> [NameReference] {
        guard take(.leftBrace) != nil else {
            expected("'{'", "to begin \(context)")
            skipToNextDeclaration()
            return []
        }
        var names: [NameReference] = []
        while true {
            if take(.rightBrace) != nil { return names }
            if isAtEnd || isAtDeclarationStart {
                expected("'}'", "to close \(context)")
                return names
            }
            if take(.comma) != nil { continue }
            let start = position
            if let name = expectName(what, "in \(context)", startsItem: true) {
                names.append(NameReference(name.text, at: name.start))
                if current.kind != .comma, current.kind != .rightBrace, !current.isAtLineStart, !isAtEnd {
                    expected("',' or a new line", "after '\(name.text)'")
                    skipToItemEnd()
                }
            } else {
                skipItem()
            }
            if position == start { advance() }
        }
    }
}

extension DomainParsingSession {
    /// Whether the current token is the word that ends a name list (`to` in a pin).
    fileprivate func isTerminator(_ terminator: String?) -> Bool {
        terminator.map { current.isWord($0) } ?? false
    }
}
