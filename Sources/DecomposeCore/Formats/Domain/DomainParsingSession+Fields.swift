/// Field blocks of entities, value objects and events.
extension DomainParsingSession {
    /// The modifiers a field may carry after its type.
    private static let fieldModifiers = ["unique", "identity"]

    /// `{ field, field \n field }`. When no field says `identity`, a field named `id` is the identity.
    mutating func parseFieldBlock(_ context: String) -> [Field] {
        guard take(.leftBrace) != nil else {
            expected("'{'", "to begin the body of \(context)")
            skipToNextDeclaration()
            return []
        }
        var fields: [Field] = []
        while true {
            if take(.rightBrace) != nil { break }
            if isAtEnd || isAtDeclarationStart {
                expected("'}'", "to close \(context)")
                break
            }
            if take(.comma) != nil { continue }
            let start = position
            if let field = parseField(in: context) { fields.append(field) }
            if position == start { advance() }
        }
        if !fields.contains(where: \.isIdentity), let id = fields.firstIndex(where: { $0.name == "id" }) {
            fields[id].isIdentity = true
        }
        return fields
    }

    /// `name: Type modifiers` or `name -> Type modifiers`, then a `,`, a new line or the `}`.
    private mutating func parseField(in context: String) -> Field? {
        guard let name = expectName("a field name", "in \(context)", startsItem: true) else {
            skipItem()
            return nil
        }
        let isReference: Bool
        if take(.colon) != nil {
            isReference = false
        } else if take(.arrow) != nil {
            isReference = true
        } else {
            expected("':'", "after field name '\(name.text)'")
            skipToItemEnd()
            return nil
        }
        guard let type = parseType(field: name.text) else {
            skipToItemEnd()
            return nil
        }
        var field = Field(
            name: name.text, type: type, isReference: isReference, doc: name.doc, location: name.start)
        while current.kind == .word, !current.isAtLineStart {
            let modifier = advance()
            switch modifier.text {
            case "unique": field.isUnique = true
            case "identity": field.isIdentity = true
            default:
                let hint = NameSuggester(Self.fieldModifiers).hint(for: modifier.text)
                error(
                    "syntax.unknownModifier", "unknown field modifier '\(modifier.text)'\(hint)", at: modifier.range)
            }
        }
        if take(.comma) == nil, current.kind != .rightBrace, !current.isAtLineStart, !isAtEnd {
            expected("',' or a new line", "after field '\(name.text)'")
            skipToItemEnd()
        }
        return field
    }

    /// `Name`, `Name?`, `[Name]` or `[Name]?`.
    private mutating func parseType(field: String) -> TypeReference? {
        let isList = take(.leftBracket) != nil
        guard let name = expectName("a type", "for field '\(field)'", allowNewLine: false) else { return nil }
        if isList, take(.rightBracket) == nil {
            expected("']'", "to close the list type of field '\(field)'")
            return nil
        }
        let isOptional = take(.question) != nil
        return TypeReference(name: name.text, isList: isList, isOptional: isOptional)
    }
}
