/// `deployment` declarations: how the services are deployed, kept for JDL export.
extension DomainParsingSession {
    /// `deployment docker-compose { appsFolders: [store, invoice], monitoring: no }`: the type, then options
    /// `name: value` or `name: [value, …]`, separated by commas and/or new lines; a value is a word or a string.
    mutating func parseDeployment() {
        let keyword = advance()
        guard let type = takeValue() else {
            expected("a deployment type such as docker-compose", "after 'deployment'")
            skipToNextDeclaration()
            return
        }
        if type.text.isEmpty {
            error("syntax.emptyDeploymentType", "the deployment type must not be empty", at: type.range)
        }
        guard take(.leftBrace) != nil else {
            expected("'{'", "to begin deployment '\(type.text)'")
            skipToNextDeclaration()
            return
        }
        var options: [DeploymentOption] = []
        while true {
            if take(.rightBrace) != nil { break }
            if isAtEnd || isAtDeclarationStart {
                expected("'}'", "to close deployment '\(type.text)'")
                break
            }
            if take(.comma) != nil { continue }
            let start = position
            if let option = parseDeploymentOption() { options.append(option) }
            if position == start { advance() }
        }
        model.deployments.append(
            Deployment(type: type.text, options: options, doc: keyword.doc, location: keyword.start))
    }

    /// `name: value` or `name: [a, b]`, then a `,`, a new line or the `}`.
    private mutating func parseDeploymentOption() -> DeploymentOption? {
        guard let name = expectName("a deployment option name", "", startsItem: true) else {
            skipItem()
            return nil
        }
        guard take(.colon) != nil else {
            expected("':'", "after deployment option '\(name.text)'")
            skipToItemEnd()
            return nil
        }
        if name.text == "deploymentType" {
            error(
                "syntax.deploymentTypeOption", "the deployment type is written after 'deployment', not as an option",
                at: name.range)
        }
        let value: DeploymentOption.Value
        if take(.leftBracket) != nil {
            guard let items = parseDeploymentList(option: name.text) else {
                skipToItemEnd()
                return nil
            }
            value = .list(items)
        } else if let single = takeValue() {
            value = .single(single.text)
        } else {
            expected("a value", "for deployment option '\(name.text)'")
            skipToItemEnd()
            return nil
        }
        if take(.comma) == nil, current.kind != .rightBrace, !current.isAtLineStart, !isAtEnd {
            expected("',' or a new line", "after deployment option '\(name.text)'")
            skipToItemEnd()
        }
        return name.text == "deploymentType"
            ? nil : DeploymentOption(name: name.text, value: value, location: name.start)
    }

    /// A word or string on the current line.
    private mutating func takeValue() -> Token? {
        guard current.kind == .word || current.kind == .string, !current.isAtLineStart else { return nil }
        return advance()
    }

    /// The items of `[a, "b c"]` after its `[`, separated by commas and/or new lines; `nil` when it is not closed.
    private mutating func parseDeploymentList(option: String) -> [String]? {
        var items: [String] = []
        while true {
            if take(.rightBracket) != nil { return items }
            if take(.comma) != nil { continue }
            guard !isAtDeclarationStart, let item = take(.word) ?? take(.string) else {
                expected("a value or ']'", "in the list of deployment option '\(option)'")
                return nil
            }
            items.append(item.text)
        }
    }
}
