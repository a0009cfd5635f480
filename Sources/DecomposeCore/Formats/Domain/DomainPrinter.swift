/// Writes a `DomainModel` as canonical domain-language text.
///
/// Two-space indentation, one field per line, doc comments as `///` lines, a blank line between
/// sections and around every declaration with a body. Order: system, teams, enums, values, entities
/// (the members of a declared aggregate inside its block, where the first of them appears), events, use cases, zones, keep-apart, keep-together, pins, current contexts, deployments. Inferred aggregates
/// are not printed (they follow from composition). Reading the text back gives the same model, and
/// printing is idempotent.
public struct DomainPrinter: Sendable {
    public init() {}

    /// The canonical text of `model`, ending with a newline (empty for an empty model).
    public func print(_ model: DomainModel) -> String {
        var chunks: [Chunk] = []
        if model.system.name != "System" || model.system.summary != nil || model.system.doc != nil {
            let summary = model.system.summary.map { " " + Self.quoted($0) } ?? ""
            chunks.append(Chunk(section: 0, doc(model.system.doc) + "system \(Self.name(model.system.name))\(summary)"))
        }
        chunks += teamChunks(model.teams)
        chunks += model.enums.map {
            Chunk(section: 2, doc($0.doc) + "enum \(Self.name($0.name)) " + Self.braced($0.cases))
        }
        chunks += model.values.map {
            Chunk(section: 3, doc($0.doc) + "value \(Self.name($0.name)) " + fieldBlock($0.fields))
        }
        chunks += entityChunks(model)
        chunks += model.events.map {
            Chunk(section: 5, doc($0.doc) + "event \(Self.name($0.name)) " + fieldBlock($0.fields))
        }
        chunks += model.useCases.map { Chunk(section: 6, useCase($0)) }
        chunks += model.zones.map {
            Chunk(section: 7, doc($0.doc) + "zone \(Self.name($0.name)) " + Self.braced($0.members.map(\.name)))
        }
        chunks += model.keepApart.map { Chunk(section: 8, doc($0.doc) + "keep-apart " + Self.list($0.members)) }
        chunks += model.keepTogether.map {
            Chunk(section: 9, doc($0.doc) + "keep-together " + Self.list($0.members))
        }
        chunks += model.pins.map {
            Chunk(section: 10, doc($0.doc) + "pin " + Self.list($0.members) + " to \(Self.name($0.context))")
        }
        chunks += model.currentDecomposition.map {
            Chunk(
                section: 11,
                doc($0.doc) + "current-context \(Self.name($0.name)) " + Self.braced($0.members.map(\.name)))
        }
        chunks += model.deployments.map { Chunk(section: 12, deployment($0)) }
        var text = ""
        for (index, chunk) in chunks.enumerated() {
            if index > 0 {
                let previous = chunks[index - 1]
                let tight = previous.section == chunk.section && !previous.hasBody && !chunk.hasBody
                text += tight ? "\n" : "\n\n"
            }
            text += chunk.text
        }
        return text.isEmpty ? "" : text + "\n"
    }

    /// One printed declaration and the section it belongs to (for blank lines between them).
    private struct Chunk {
        var section: Int
        var text: String

        init(section: Int, _ text: String) {
            self.section = section
            self.text = text
        }

        /// Whether the declaration ends with a body spread over several lines.
        var hasBody: Bool { text.hasSuffix("\n}") }
    }

    // MARK: - Declarations

    /// Consecutive teams with the same doc comment share a `team` line.
    private func teamChunks(_ teams: [Team]) -> [Chunk] {
        var groups: [(doc: String?, names: [String])] = []
        for team in teams {
            if !groups.isEmpty, groups[groups.count - 1].doc == team.doc {
                groups[groups.count - 1].names.append(team.name)
            } else {
                groups.append((team.doc, [team.name]))
            }
        }
        return groups.map { Chunk(section: 1, doc($0.doc) + "team " + $0.names.map(Self.name).joined(separator: ", ")) }
    }

    /// Entities in model order; the members of a declared aggregate print together as its block where
    /// the first of them appears. Aggregates without members keep their place among the blocks.
    private func entityChunks(_ model: DomainModel) -> [Chunk] {
        let declared = model.aggregates.filter { !$0.isInferred }
        let claims = Self.claimedMembers(model.entities, declared)
        var aggregateOf: [Int: Int] = [:]
        for (aggregate, members) in claims {
            for member in members { aggregateOf[member] = aggregate }
        }
        var printed: Set<Int> = []
        var chunks: [Chunk] = []
        // The aggregates before this one are looked at once: one without members prints before the first later
        // aggregate that does, and a look from the start for every aggregate was quadratic.
        var unlooked = 0
        func printAggregate(_ index: Int) {
            while unlooked < index {
                if !printed.contains(unlooked) && claims[unlooked] == nil {
                    chunks.append(Chunk(section: 4, aggregate(declared[unlooked], members: [])))
                    printed.insert(unlooked)
                }
                unlooked += 1
            }
            let members = (claims[index] ?? []).map { model.entities[$0] }
            chunks.append(Chunk(section: 4, aggregate(declared[index], members: members)))
            printed.insert(index)
        }
        for (index, entity) in model.entities.enumerated() {
            if let aggregate = aggregateOf[index] {
                if !printed.contains(aggregate) { printAggregate(aggregate) }
            } else {
                chunks.append(Chunk(section: 4, self.entity(entity, keyword: "entity", indent: "")))
            }
        }
        for index in declared.indices where !printed.contains(index) { printAggregate(index) }
        return chunks
    }

    /// The entity indices each declared aggregate (by index) prints in its block: in model order, the
    /// entities that name it and that its member list names, as many times as listed, each claimed by
    /// the first such aggregate, so that two aggregates with the same name stay two.
    private static func claimedMembers(_ entities: [Entity], _ declared: [Aggregate]) -> [Int: [Int]] {
        var byAggregate: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            if let name = entity.aggregate { byAggregate[name, default: []].append(index) }
        }
        var claimed: Set<Int> = []
        var claims: [Int: [Int]] = [:]
        for (number, aggregate) in declared.enumerated() {
            var remaining = Dictionary(aggregate.members.map { ($0, 1) }, uniquingKeysWith: +)
            for index in byAggregate[aggregate.name] ?? [] where !claimed.contains(index) {
                guard let count = remaining[entities[index].name], count > 0 else { continue }
                remaining[entities[index].name] = count - 1
                claimed.insert(index)
                claims[number, default: []].append(index)
            }
        }
        return claims
    }

    private func aggregate(_ aggregate: Aggregate, members: [Entity]) -> String {
        let header =
            ["aggregate", Self.name(aggregate.name)] + owner(aggregate.owner) + words(aggregate.characteristics)
        let rootIndex = members.firstIndex { $0.name == aggregate.root }
        let body = members.indices.map {
            entity(members[$0], keyword: $0 == rootIndex ? "root" : "entity", indent: "  ")
        }
        let text = doc(aggregate.doc) + header.joined(separator: " ")
        return body.isEmpty ? text + " {}" : text + " {\n" + body.joined(separator: "\n") + "\n}"
    }

    private func entity(_ entity: Entity, keyword: String, indent: String) -> String {
        let header =
            [keyword, Self.name(entity.name)] + (entity.parent.map { ["extends", Self.name($0)] } ?? [])
            + owner(entity.owner)
            + words(entity.characteristics)
        return doc(entity.doc, indent: indent) + indent + header.joined(separator: " ") + " "
            + fieldBlock(entity.fields, indent: indent)
    }

    private func useCase(_ useCase: UseCase) -> String {
        var header = [useCase.kind.rawValue, Self.name(useCase.name)]
        if let actor = useCase.actor { header += ["by", Self.name(actor)] }
        if useCase.isLatencyCritical { header.append("latency-critical") }
        let clauses = [
            ("reads", useCase.reads.map(Self.access)), ("writes", useCase.writes.map(Self.access)),
            ("emits", useCase.emits.map { Self.name($0.name) }), ("on", useCase.handles.map { Self.name($0.name) }),
        ].filter { !$0.1.isEmpty }.map { "  \($0.0) " + $0.1.joined(separator: ", ") }
        let text = doc(useCase.doc) + header.joined(separator: " ")
        return clauses.isEmpty ? text + " {}" : text + " {\n" + clauses.joined(separator: "\n") + "\n}"
    }

    /// `deployment docker-compose { … }` with one `name: value` option per line.
    private func deployment(_ deployment: Deployment) -> String {
        let header = doc(deployment.doc) + "deployment " + Self.value(deployment.type)
        let options = deployment.options.map { option in
            let value =
                switch option.value {
                case .single(let text): Self.value(text)
                case .list(let items): "[" + items.map(Self.value).joined(separator: ", ") + "]"
                }
            return "  \(option.name): \(value)"
        }
        return options.isEmpty ? header + " {}" : header + " {\n" + options.joined(separator: "\n") + "\n}"
    }

    // MARK: - Parts

    /// A deployment value as a bare word when the lexer reads it back as one word (`docker-compose`, `8080`),
    /// otherwise as a string.
    private static func value(_ text: String) -> String {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let isWordScalar =
                scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar)
            let isHyphen = scalar == "-" && previous != nil && previous != "-"
            let followsHyphen = previous == "-"
            guard isWordScalar || isHyphen,
                !followsHyphen || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            else { return quoted(text) }
            previous = scalar
        }
        return previous == nil || previous == "-" ? quoted(text) : text
    }

    private func fieldBlock(_ fields: [Field], indent: String = "") -> String {
        guard !fields.isEmpty else { return "{}" }
        let explicitIdentity = fields.contains { $0.isIdentity && $0.name != "id" }
        let lines = fields.map { field in
            let impliedIdentity = field.name == "id" && !explicitIdentity
            let modifiers =
                (field.isUnique ? " unique" : "") + (field.isIdentity && !impliedIdentity ? " identity" : "")
            let separator = field.isReference ? " -> " : ": "
            let type = field.type
            let typeName =
                (type.isList ? "[\(Self.name(type.name))]" : Self.name(type.name)) + (type.isOptional ? "?" : "")
            return doc(field.doc, indent: indent + "  ") + indent + "  " + Self.name(field.name) + separator
                + typeName + modifiers
        }
        return "{\n" + lines.joined(separator: "\n") + "\n" + indent + "}"
    }

    private func owner(_ owner: String?) -> [String] {
        owner.map { ["owned-by", Self.name($0)] } ?? []
    }

    /// The characteristics in a fixed order: `volatility often size huge storage document`.
    private func words(_ characteristics: Characteristics) -> [String] {
        var words: [String] = []
        for kind in CharacteristicKind.allCases {
            if let level = characteristics[keyPath: kind.keyPath] { words += [kind.rawValue, kind.word(for: level)] }
        }
        if let storage = characteristics.storage { words += ["storage", storage.rawValue] }
        return words
    }

    private func doc(_ doc: String?, indent: String = "") -> String {
        guard let doc else { return "" }
        return doc.split(separator: "\n", omittingEmptySubsequences: false).map {
            indent + ($0.isEmpty ? "///" : "/// " + $0) + "\n"
        }.joined()
    }

    private static func braced(_ names: [String]) -> String {
        names.isEmpty ? "{}" : "{ " + names.map(name).joined(separator: ", ") + " }"
    }

    private static func list(_ names: [NameReference]) -> String {
        names.map { name($0.name) }.joined(separator: ", ")
    }

    /// `name` as the lexer reads it back as that one name: bare when it is a plain word (letters, digits and `_`,
    /// not starting with a digit), else in backticks with `\`, `` ` ``, new lines, tabs, carriage returns and NUL
    /// escaped (`` `Sales order` ``). `to`, which ends a pin's member list, is always in backticks.
    static func name(_ name: String) -> String {
        let isPlainWord =
            name != "to" && name.unicodeScalars.first.map { !("0"..."9").contains($0) } == true
            && name.unicodeScalars.allSatisfy {
                $0 == "_" || ("0"..."9").contains($0) || ($0.isLetterLike && $0 != "\u{FFFD}")
            }
        return isPlainWord ? name : escaped(name, quote: "`")
    }

    /// `Entity` or `Entity.field`, each part as a name.
    private static func access(_ access: Access) -> String {
        name(access.entity) + (access.field.map { "." + name($0) } ?? "")
    }

    /// A string literal with `\`, `"`, new lines, tabs, carriage returns and NUL escaped.
    static func quoted(_ text: String) -> String {
        escaped(text, quote: "\"")
    }

    private static func escaped(_ text: String, quote: Unicode.Scalar) -> String {
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", quote:
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{0}": result += "\\0"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + String(quote)
    }
}
