/// Use cases, commands and queries.
extension DomainParsingSession {
    /// The clauses of a use case body.
    private static let clauses = ["reads", "writes", "emits", "on"]
    /// The header words of a use case.
    private static let useCaseOptions = ["by", "latency-critical"]

    /// `usecase|command|query Name by Actor latency-critical { reads … writes … emits … on … }`.
    mutating func parseUseCase() {
        let keyword = advance()
        guard let name = expectName("a name", "after '\(keyword.text)'", allowNewLine: false) else {
            skipToNextDeclaration()
            return
        }
        let kind = UseCase.Kind(rawValue: keyword.text) ?? .usecase
        var useCase = UseCase(name: name.text, kind: kind, doc: keyword.doc, location: name.start)
        let context = "\(keyword.text) '\(name.text)'"
        parseUseCaseHeader(into: &useCase)
        guard take(.leftBrace) != nil else {
            expected("'{'", "to begin the body of \(context)")
            skipToNextDeclaration()
            model.useCases.append(useCase)
            return
        }
        while true {
            if take(.rightBrace) != nil { break }
            if isAtEnd || isAtDeclarationStart {
                expected("'}'", "to close \(context)")
                break
            }
            let start = position
            parseClause(into: &useCase, context: context)
            if position == start { advance() }
        }
        model.useCases.append(useCase)
    }

    private mutating func parseUseCaseHeader(into useCase: inout UseCase) {
        var seen: [String: Token] = [:]
        while current.kind == .word, !isAtDeclarationStart {
            let option = advance()
            guard Self.useCaseOptions.contains(option.text) else {
                let hint = NameSuggester(Self.useCaseOptions).hint(for: option.text)
                error("syntax.unknownOption", "unknown use case option '\(option.text)'\(hint)", at: option.range)
                continue
            }
            if let first = seen[option.text] {
                error(
                    "syntax.duplicateOption", "'\(option.text)' is given more than once", at: option.range,
                    notes: [.init("first given here", at: first.range)])
            }
            seen[option.text] = seen[option.text] ?? option
            if option.text == "by" {
                useCase.actor = expectName("an actor", "after 'by'", allowNewLine: false)?.text ?? useCase.actor
            } else {
                useCase.isLatencyCritical = true
            }
        }
    }

    /// `reads A, B.field`, `writes …`, `emits Event, …` or `on Event, …`, each on a line of its own or after
    /// another on the same line.
    private mutating func parseClause(into useCase: inout UseCase, context: String) {
        guard current.kind == .word, Self.clauses.contains(current.text) else {
            let hint = current.kind == .word ? NameSuggester(Self.clauses).hint(for: current.text) : ""
            error(
                "syntax.unknownClause",
                "expected 'reads', 'writes', 'emits' or 'on' in \(context), found \(current.quoted)\(hint)",
                at: current.range)
            skipItem()
            _ = take(.comma)
            return
        }
        let clause = advance()
        switch clause.text {
        case "reads": useCase.reads += parseAccessList(after: clause.text)
        case "writes": useCase.writes += parseAccessList(after: clause.text)
        case "emits": useCase.emits += parseNameList("an event name", "after 'emits'", endingAt: Self.clauses)
        default: useCase.handles += parseNameList("an event name", "after 'on'", endingAt: Self.clauses)
        }
        if current.kind != .rightBrace, !current.isAtLineStart, !isAtEnd, !isAtClause {
            expected("a new line or another clause", "after the '\(clause.text)' clause")
            skipToItemEnd()
        }
    }

    /// `Entity` or `Entity.field`, comma separated; a comma lets the list continue on the next line.
    private mutating func parseAccessList(after clause: String) -> [Access] {
        var accesses: [Access] = []
        var afterComma = false
        while true {
            guard let entity = expectName("an entity name", "after '\(clause)'", allowNewLine: afterComma) else {
                skipToItemEnd()
                return accesses
            }
            var access = Access(entity: entity.text, location: entity.start)
            if take(.dot) != nil {
                guard let field = expectName("a field name", "after '\(entity.text).'", allowNewLine: false) else {
                    skipToItemEnd()
                    return accesses
                }
                access.field = field.text
            }
            accesses.append(access)
            if take(.comma) != nil {
                afterComma = true
            } else if current.isName, !current.isAtLineStart, !isAtClause {
                error("syntax.expectedToken", "expected ',' between names", at: current.range)
                afterComma = false
            } else {
                return accesses
            }
        }
    }

    /// Whether the current word starts a clause: it ends the list before it, so that clauses may share a line
    /// (`reads Category writes Product`). After a comma a name is expected, so `reads Order, on` reads `on` as one.
    private var isAtClause: Bool {
        current.kind == .word && Self.clauses.contains(current.text)
    }
}
