/// A recovering parser for the parts of Context Mapper's CML that carry domain structure.
///
/// It collects bounded contexts, aggregates with their domain objects, context-map relationships, domains and
/// use cases into plain records that `CMLReader` turns into a model. Every problem is reported and parsing goes
/// on at the next declaration; a construct it does not read is a warning naming it and is skipped as a whole.
struct CMLParser {
    /// A `BoundedContext` as written.
    struct Context {
        var name: String
        var type: String?
        var implements: [String] = []
        var realizes: [String] = []
        var aggregates: [String] = []
        /// Entities declared in the context (or a module of it) outside any aggregate.
        var entities: [String] = []
        var location: SourceLocation
    }

    /// An `Aggregate` as written, with the extra facts the model keeps elsewhere.
    struct AggregateRecord {
        var aggregate: Aggregate
        var roots: [String] = []
        var securityZone: String?
        var ownerLocation: SourceRange?
        /// Whether an entity of it carries `hint = "decompose:inferred"`: decompose wrote the aggregate only
        /// because CML declares entities inside aggregates, and infers it again from composition.
        var isInferred = false
    }

    /// The entity hint by which decompose marks an aggregate it inferred (or a lone entity's own aggregate).
    /// An entity's `hint` is a comma-separated list (Sculptor's convention); decompose also writes
    /// `storage=<kind>` there, since CML has no attribute for the storage an entity wants.
    static let inferredAggregateHint = "decompose:inferred"

    /// One step of an application-layer `Flow`: a command (a use case) emitting events, or events
    /// triggering commands.
    struct FlowStep {
        var commands: [NameReference]
        var emits: [NameReference] = []
        var handles: [NameReference] = []
    }

    /// A context named in a context map, checked once every bounded context is known.
    struct ContextUse {
        var name: String
        var range: SourceRange
    }

    let path: String
    private var tokens: [CMLToken] = []
    private var position = 0
    private var depth = 0
    /// The position of the last token reported as unexpected, so a run of them is reported once.
    private var lastUnexpected = -2
    private var pendingDoc: String?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var contexts: [Context] = []
    private(set) var aggregates: [AggregateRecord] = []
    private(set) var entities: [Entity] = []
    private(set) var values: [ValueObject] = []
    private(set) var events: [DomainEvent] = []
    private(set) var enums: [EnumType] = []
    private(set) var useCases: [UseCase] = []
    private(set) var contextUses: [ContextUse] = []
    private(set) var flowSteps: [FlowStep] = []
    private(set) var relationshipCount = 0
    private(set) var contextMapLocations: [SourceRange] = []
    private(set) var system: SystemInfo?

    /// Sculptor's attribute options and validations written after a field's name (`key`, `nullable`,
    /// `notEmpty`, …); `key` makes the field unique, `nullable` optional and `hint = "identity"` the entity's
    /// identity, the others do not shape the model.
    static let fieldOptions: Set<String> = [
        "key", "nullable", "required", "notEmpty", "notBlank", "index", "transient", "unique", "email", "past",
        "future", "changeable", "cache", "inverse", "valid", "creditCardNumber", "assertTrue", "assertFalse",
        "opposite", "orderby", "fetch", "cascade", "hint", "length", "min", "max", "size", "pattern", "digits",
        "range", "scale", "decimalMax", "decimalMin", "databaseColumn", "databaseType",
    ]

    /// `text` without the spaces and tabs around it (Foundation's `.whitespaces`: tab and Unicode's space
    /// separators), trimmed here rather than through Foundation, which bridged every hint to `NSString`.
    static func trimmingSpaces(_ text: Substring) -> String {
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The words that may stand between an interaction's verb and its object.
    static let articles: Set<String> = ["a", "an", "the", "all"]

    /// The deepest nesting of blocks it descends into; deeper blocks are reported and skipped.
    static let maximumDepth = 16

    init(path: String) {
        self.path = path
    }

    /// Parses `text`, filling the records and diagnostics.
    mutating func parse(_ text: String) {
        let lexed = CMLLexer(path: path).tokenize(text)
        tokens = lexed.tokens
        diagnostics = lexed.diagnostics
        while current.kind != .end {
            let start = position
            parseTopLevel()
            if position == start { advance() }
        }
    }

    // MARK: - Top level

    private mutating func parseTopLevel() {
        let token = current
        switch token.kind {
        case .string:
            pendingDoc = token.text
            advance()
            return
        case .word:
            break
        default:
            reportUnexpected("unexpected '\(token.text)'; expected a declaration such as BoundedContext")
            if token.is("{") { skipBalanced() } else { advance() }
            return
        }
        switch token.text {
        case "BoundedContext": parseBoundedContext()
        case "ContextMap": parseContextMap()
        case "Domain": parseDomain()
        case "Subdomain": parseSubdomain()
        case "UseCase": parseUseCase()
        case "UserStory": parseUserStory()
        default: unsupported(token, "'\(token.text)' declarations")
        }
        pendingDoc = nil
    }

    // MARK: - Bounded contexts

    private mutating func parseBoundedContext() {
        let keyword = current
        advance()
        guard let name = expectName("a bounded context name") else { return skipConstruct(from: keyword) }
        var context = Context(name: name.text, location: location(of: name))
        while current.kind == .word, ["implements", "realizes", "refines"].contains(current.text) {
            let clause = current.text
            advance()
            let names = nameList()
            if clause == "implements" { context.implements += names.map(\.text) }
            if clause == "realizes" { context.realizes += names.map(\.text) }
        }
        let index = contexts.count
        contexts.append(context)
        guard current.is("{") else { return }
        parseBlock(named: "BoundedContext \(name.text)") { parser in
            parser.parseContextItem(index)
        }
    }

    private mutating func parseContextItem(_ index: Int) {
        let token = current
        if token.kind == .string {
            pendingDoc = token.text
            advance()
            return
        }
        guard token.kind == .word else { return unexpected(in: "a bounded context") }
        switch token.text {
        case "type":
            advance()
            guard let value = assignedValues().first else { return }
            if ["FEATURE", "APPLICATION", "SYSTEM", "TEAM"].contains(value.text) {
                contexts[index].type = value.text
            } else {
                warning(
                    "cml.invalidValue",
                    "'\(value.text)' is not a bounded context type (FEATURE, APPLICATION, SYSTEM, TEAM)", value)
            }
        case "domainVisionStatement", "responsibilities", "implementationTechnology", "knowledgeLevel",
            "businessModel", "evolution":
            advance()
            _ = assignedValues()
        case "Aggregate":
            parseAggregate(context: index)
        case "Application":
            advance()
            guard current.is("{") else { return }
            parseBlock(named: "Application") { parser in parser.parseApplicationItem() }
        case "Module":
            advance()
            guard expectName("a module name") != nil else { return skipConstruct(from: token) }
            skipHeaderOptions()
            guard current.is("{") else { return }
            parseBlock(named: "Module") { parser in parser.parseContextItem(index) }
        case "Entity", "ValueObject", "DomainEvent", "CommandEvent", "enum", "abstract":
            let before = entities.count
            parseDomainObject(aggregate: nil)
            contexts[index].entities += entities[before...].map(\.name)
        default:
            unsupported(token, "'\(token.text)' in a bounded context")
        }
    }

    // MARK: - Aggregates

    private mutating func parseAggregate(context: Int?) {
        let keyword = current
        advance()
        guard let name = expectName("an aggregate name") else { return skipConstruct(from: keyword) }
        let record = AggregateRecord(
            aggregate: Aggregate(
                name: name.text, root: "", members: [], doc: pendingDoc, location: location(of: name)))
        pendingDoc = nil
        let index = aggregates.count
        aggregates.append(record)
        if let context { contexts[context].aggregates.append(name.text) }
        skipHeaderOptions()
        guard current.is("{") else { return }
        parseBlock(named: "Aggregate \(name.text)") { parser in parser.parseAggregateItem(index) }
    }

    private mutating func parseAggregateItem(_ index: Int) {
        let token = current
        if token.kind == .string {
            pendingDoc = token.text
            advance()
            return
        }
        guard token.kind == .word else { return unexpected(in: "an aggregate") }
        if let kind = CMLCharacteristic(attribute: token.text) {
            advance()
            guard let value = assignedValues().first else { return }
            if let level = kind.level(named: value.text) {
                aggregates[index].aggregate.characteristics[keyPath: kind.keyPath] = level
            } else {
                warning(
                    "cml.invalidValue",
                    "'\(value.text)' is not a value of \(token.text) (\(kind.valueWords.joined(separator: ", ")))",
                    value)
            }
            return
        }
        switch token.text {
        case "owner":
            advance()
            guard let value = assignedValues().first else { return }
            aggregates[index].aggregate.owner = value.text
            aggregates[index].ownerLocation = range(of: value)
        case "securityZone":
            advance()
            aggregates[index].securityZone = assignedValues().first?.text
        case "securityAccessGroup":
            advance()
            _ = assignedValues()
            warning(
                "cml.unsupportedAttribute",
                "securityAccessGroup is read but not used: the model has no security access groups", token)
        case "responsibilities", "knowledgeLevel", "useCases", "userRequirements", "features", "userStories":
            advance()
            _ = assignedValues()
        case "Entity", "ValueObject", "DomainEvent", "CommandEvent", "enum", "abstract":
            parseDomainObject(aggregate: index)
        default:
            unsupported(token, "'\(token.text)' in an aggregate")
        }
    }

    // MARK: - Domain objects

    private mutating func parseDomainObject(aggregate: Int?) {
        if current.is("abstract") { advance() }
        let keyword = current
        advance()
        if keyword.text == "enum" { return parseEnum(keyword) }
        guard let name = expectName("a \(keyword.text) name") else { return skipConstruct(from: keyword) }
        var parent: String?
        if current.is("extends") {
            advance()
            if current.is("@") { advance() }
            parent = expectName("the name of the parent")?.text
        }
        let doc = pendingDoc
        pendingDoc = nil
        var isRoot = false
        var storage: StorageKind?
        var fields: [Field] = []
        skipHeaderOptions()
        if current.is("{") {
            parseBlock(named: "\(keyword.text) \(name.text)") { parser in
                if parser.current.is("aggregateRoot") {
                    isRoot = true
                    parser.advance()
                } else if parser.current.is("hint"), parser.peek(1).is("="), parser.peek(2).kind == .string {
                    let hints = parser.peek(2).text.split(separator: ",").map(Self.trimmingSpaces)
                    if hints.contains(Self.inferredAggregateHint), let aggregate {
                        parser.aggregates[aggregate].isInferred = true
                    }
                    storage =
                        hints.lazy.compactMap { hint in
                            hint.hasPrefix("storage=") ? StorageKind(rawValue: String(hint.dropFirst(8))) : nil
                        }.first
                    parser.skipRestOfLine(of: parser.current)
                } else if let field = parser.parseMember() {
                    fields.append(field)
                }
            }
        }
        let place = location(of: name)
        switch keyword.text {
        case "Entity":
            let aggregateName = aggregate.map { aggregates[$0].aggregate.name }
            entities.append(
                Entity(
                    name: name.text, fields: fields, parent: parent,
                    characteristics: Characteristics(storage: storage), aggregate: aggregateName, doc: doc,
                    location: place))
            if let aggregate {
                aggregates[aggregate].aggregate.members.append(name.text)
                if isRoot { aggregates[aggregate].roots.append(name.text) }
            }
        case "ValueObject":
            values.append(ValueObject(name: name.text, fields: fields, doc: doc, location: place))
        default:
            events.append(DomainEvent(name: name.text, fields: fields, doc: doc, location: place))
        }
        if isRoot && keyword.text != "Entity" {
            warning(
                "cml.rootNotEntity", "only an Entity can be an aggregate root; '\(name.text)' is a \(keyword.text)",
                name)
        }
    }

    /// One attribute, reference, option or operation of a domain object; the field when it is one.
    private mutating func parseMember() -> Field? {
        let token = current
        if token.kind == .string {
            pendingDoc = token.text
            advance()
            return nil
        }
        if token.is("-") {
            advance()
            return parseField(isReference: true, startedAt: token)
        }
        if token.is("!") {
            advance()
            skipRestOfLine(of: token)
            return nil
        }
        guard token.kind == .word else {
            unexpected(in: "a domain object")
            return nil
        }
        if token.isEscaped { return parseField(isReference: false, startedAt: token) }
        switch token.text {
        case "def":
            warning("cml.unsupportedOperation", "operations ('def') are not read", token)
            while current.kind != .end && current.line == token.line && !current.is("}") && !current.is(";") {
                if current.is("(") { skipParentheses() } else { advance() }
            }
            if current.is(";") { advance() }
            return nil
        case "Repository", "Service":
            unsupported(token, "'\(token.text)' in a domain object")
            return nil
        case "hint", "cache", "gap", "nogap", "scaffold", "belongsTo", "validate", "persistent",
            "optimisticLocking", "auditable", "immutable", "databaseTable", "inheritanceType", "discriminatorValue",
            "discriminatorColumn", "discriminatorType", "discriminatorLength", "package", "aggregateLifecycle":
            skipRestOfLine(of: token)
            return nil
        default:
            return parseField(isReference: false, startedAt: token)
        }
    }

    private mutating func parseField(isReference: Bool, startedAt start: CMLToken) -> Field? {
        if current.is("@") { advance() }
        guard let typeToken = expectName("a type") else {
            skipRestOfLine(of: start)
            return nil
        }
        var type = TypeReference(name: CMLScalar.modelName(of: typeToken.text))
        if current.is("<") {
            advance()
            if current.is("@") { advance() }
            let inner = expectName("the element type")
            if ["List", "Set", "Bag", "Collection"].contains(typeToken.text), let inner {
                type = TypeReference(name: CMLScalar.modelName(of: inner.text), isList: true)
            } else {
                warning("cml.unsupportedType", "'\(typeToken.text)<…>' is read as JSON", typeToken)
                type = TypeReference(name: ScalarType.json.rawValue)
            }
            while !current.is(">") && current.kind != .end && current.line == typeToken.line { advance() }
            if current.is(">") { advance() }
        }
        if current.is("[") {
            advance()
            if current.is("]") { advance() }
            type.isList = true
        }
        guard let name = expectName("a field name"), name.line == typeToken.line || name.kind == .word else {
            skipRestOfLine(of: start)
            return nil
        }
        var field = Field(
            name: name.text, type: type, isReference: isReference, doc: pendingDoc, location: location(of: name))
        pendingDoc = nil
        while current.line == name.line {
            if current.is(";") {
                advance()
                break
            }
            if current.is("!") { advance() }
            guard current.kind == .word, Self.fieldOptions.contains(current.text) || peek(1).is("=") else { break }
            if current.is("key") { field.isUnique = true }
            if current.is("nullable") { field.type.isOptional = true }
            if current.is("hint") && peek(2).kind == .string && peek(2).text == "identity" { field.isIdentity = true }
            advance()
            if current.is("=") {
                advance()
                advance()
            }
        }
        return field
    }

    private mutating func parseEnum(_ keyword: CMLToken) {
        guard let name = expectName("an enum name") else { return skipConstruct(from: keyword) }
        var cases: [String] = []
        let doc = pendingDoc
        pendingDoc = nil
        guard current.is("{") else {
            error("cml.expectedToken", "expected '{' after enum \(name.text)", current)
            return
        }
        parseBlock(named: "enum \(name.text)") { parser in
            let token = parser.current
            if token.is(",") || token.is(";") || token.kind == .string {
                parser.advance()
            } else if token.is("aggregateLifecycle") || token.is("ordinal") || token.is("hint") {
                parser.advance()
            } else if token.kind == .word {
                cases.append(token.text)
                parser.advance()
                if parser.current.is("(") { parser.skipParentheses() }
            } else {
                parser.unexpected(in: "an enum")
            }
        }
        enums.append(EnumType(name: name.text, cases: cases, doc: doc, location: location(of: name)))
    }

    // MARK: - Application layer

    /// An item of an `Application` block: commands are declared (their use cases carry them), events are
    /// domain events, flows say which commands emit which events and which events trigger which commands.
    private mutating func parseApplicationItem() {
        let token = current
        if token.kind == .string {
            pendingDoc = token.text
            advance()
            return
        }
        guard token.kind == .word else { return unexpected(in: "an application layer") }
        switch token.text {
        case "Command", "CommandEvent":
            advance()
            guard expectName("a command name") != nil else { return skipConstruct(from: token) }
            pendingDoc = nil
            if current.is("{") { skipBalanced() }
        case "DomainEvent", "Event":
            parseDomainObject(aggregate: nil)
        case "Flow":
            advance()
            if current.kind == .word { advance() }
            guard current.is("{") else { return }
            parseBlock(named: "Flow") { parser in parser.parseFlowStep() }
        default:
            unsupported(token, "'\(token.text)' in an application layer")
        }
    }

    /// `command A emits event E + F` or `event E + F triggers command A + B`; operations are not use cases
    /// and are skipped with a warning.
    private mutating func parseFlowStep() {
        let start = current
        if start.is("command") {
            advance()
            let commands = joined()
            if current.is("delegates") {
                while !current.is("emits") && current.kind != .end && !current.is("}") { advance() }
            }
            guard current.is("emits"), peek(1).is("event") else {
                error("cml.expectedToken", "expected 'emits event' after the command", current)
                return skipConstruct(from: start)
            }
            advance()
            advance()
            flowSteps.append(FlowStep(commands: commands, emits: joined()))
        } else if start.is("event") {
            advance()
            let events = joined()
            guard current.is("triggers"), peek(1).is("command") else {
                if current.is("triggers") { return unsupported(current, "operations in a flow") }
                error("cml.expectedToken", "expected 'triggers command' after the events", current)
                return skipConstruct(from: start)
            }
            advance()
            advance()
            flowSteps.append(FlowStep(commands: joined(), handles: events))
        } else if start.kind == .word {
            unsupported(start, "'\(start.text)' steps in a flow")
        } else {
            unexpected(in: "a flow")
        }
    }

    /// `A + B + C` (also joined by `X` or `O`, Context Mapper's exclusive and inclusive alternatives).
    private mutating func joined() -> [NameReference] {
        var names: [NameReference] = []
        repeat {
            if !names.isEmpty { advance() }
            guard let name = expectName("a name") else { break }
            names.append(NameReference(name.text, at: location(of: name)))
        } while current.is("+")
            || ((current.is("X") || current.is("x") || current.is("O") || current.is("o"))
                && peek(1).kind == .word)
        return names
    }

    // MARK: - Context maps

    private mutating func parseContextMap() {
        let keyword = current
        advance()
        if current.kind == .word { advance() }
        contextMapLocations.append(range(of: keyword))
        guard current.is("{") else {
            error("cml.expectedToken", "expected '{' to open the context map", current)
            return skipConstruct(from: keyword)
        }
        parseBlock(named: "ContextMap") { parser in parser.parseContextMapItem() }
    }

    private mutating func parseContextMapItem() {
        let token = current
        if token.is("type") || token.is("state") {
            advance()
            let value = assignedValues().first
            let allowed = token.text == "type" ? ["SYSTEM_LANDSCAPE", "ORGANIZATIONAL"] : ["AS_IS", "TO_BE"]
            if let value, !allowed.contains(value.text) {
                warning(
                    "cml.invalidValue",
                    "'\(value.text)' is not a context map \(token.text) (\(allowed.joined(separator: ", ")))", value)
            }
            return
        }
        if token.is("contains") {
            advance()
            for name in nameList() { contextUses.append(ContextUse(name: name.text, range: range(of: name))) }
            return
        }
        parseRelationship()
    }

    /// `A [U,OHS]->[D,ACL] B`, `A [SK]<->[SK] B`, `A Customer-Supplier B`, each optionally named
    /// `Name@A …` and followed by a `{ … }` block of relationship attributes.
    private mutating func parseRelationship() {
        let start = current
        var leftRoles = roles()
        if current.kind == .word, peek(1).is("@") {
            advance()
            advance()
            leftRoles += roles()
        }
        guard let left = expectName("a bounded context name") else { return skipConstruct(from: start) }
        leftRoles += roles()
        let connector = current
        let direction: CMLRelationship.Direction
        if let arrow = CMLRelationship.Direction(connector: connector.text), connector.kind != .string {
            direction = arrow
            advance()
        } else {
            error(
                "cml.expectedRelationship",
                "expected a relationship ('->', '<-', '<->', Customer-Supplier, Shared-Kernel, Partnership, …) after '\(left.text)'",
                connector)
            return skipConstruct(from: start)
        }
        var rightRoles = roles()
        guard let right = expectName("a bounded context name") else { return skipConstruct(from: start) }
        rightRoles += roles()
        relationshipCount += 1
        contextUses.append(ContextUse(name: left.text, range: range(of: left)))
        contextUses.append(ContextUse(name: right.text, range: range(of: right)))
        let relationship = CMLRelationship(direction: direction, leftRoles: leftRoles, rightRoles: rightRoles)
        for problem in relationship.problems() {
            diagnostics.append(.error("cml.invalidRelationship", problem, at: range(of: connector)))
        }
        if current.is(":") {
            advance()
            _ = expectName("a relationship name")
        }
        if current.is("{") { skipBalanced() }
    }

    /// `[U,OHS]` at the current token, or nothing; unknown roles are reported.
    private mutating func roles() -> [String] {
        guard current.is("[") else { return [] }
        advance()
        var roles: [String] = []
        while current.kind == .word || current.is(",") {
            if current.kind == .word {
                if CMLRelationship.knownRoles.contains(current.text) {
                    roles.append(current.text)
                } else {
                    error(
                        "cml.unknownRole",
                        "'\(current.text)' is not a relationship role (U, D, S, C, SK, P, OHS, PL, ACL, CF)", current)
                }
            }
            advance()
        }
        if current.is("]") {
            advance()
        } else {
            error("cml.expectedToken", "expected ']' to close the roles", current)
        }
        return roles
    }

    // MARK: - Domains

    private mutating func parseDomain() {
        let keyword = current
        advance()
        guard let name = expectName("a domain name") else { return skipConstruct(from: keyword) }
        if system == nil { system = SystemInfo(name: name.text, doc: pendingDoc, location: location(of: name)) }
        guard current.is("{") else { return }
        parseBlock(named: "Domain \(name.text)") { parser in
            let token = parser.current
            if token.is("Subdomain") {
                parser.parseSubdomain()
            } else if token.is("domainVisionStatement") {
                parser.advance()
                let statement = parser.assignedValues().first?.text
                if parser.system?.name == name.text { parser.system?.summary = statement }
            } else if token.kind == .word {
                parser.unsupported(token, "'\(token.text)' in a domain")
            } else {
                parser.unexpected(in: "a domain")
            }
        }
    }

    private mutating func parseSubdomain() {
        let keyword = current
        advance()
        guard expectName("a subdomain name") != nil else { return skipConstruct(from: keyword) }
        skipHeaderOptions()
        guard current.is("{") else { return }
        parseBlock(named: "Subdomain") { parser in
            let token = parser.current
            if token.is("type") || token.is("domainVisionStatement") || token.is("supports") {
                parser.advance()
                _ = parser.assignedValues()
            } else if token.kind == .word {
                parser.unsupported(token, "'\(token.text)' in a subdomain (only bounded contexts carry the model)")
            } else {
                parser.unexpected(in: "a subdomain")
            }
        }
    }

    // MARK: - Use cases and user stories

    private mutating func parseUseCase() {
        let keyword = current
        advance()
        guard let name = expectName("a use case name") else { return skipConstruct(from: keyword) }
        var useCase = UseCase(name: name.text, doc: pendingDoc, location: location(of: name))
        guard current.is("{") else { return useCases.append(useCase) }
        parseBlock(named: "UseCase \(name.text)") { parser in
            let token = parser.current
            switch token.kind == .word ? token.text : "" {
            case "actor":
                parser.advance()
                useCase.actor = parser.assignedValues().first?.text
            case "interactions":
                parser.advance()
                if parser.current.is("=") { parser.advance() }
                parser.parseInteractions(into: &useCase)
            case "isLatencyCritical":
                parser.advance()
                useCase.isLatencyCritical = parser.assignedValues().first?.text == "true"
            case "reads", "writes":
                parser.advance()
                for value in parser.assignedValues() {
                    let access = parser.access(value)
                    if token.text == "reads" { useCase.reads.append(access) } else { useCase.writes.append(access) }
                }
            case "secondaryActors", "benefit", "scope", "level":
                parser.advance()
                _ = parser.assignedValues()
            default:
                if token.kind == .word {
                    parser.unsupported(token, "'\(token.text)' in a use case")
                } else {
                    parser.unexpected(in: "a use case")
                }
            }
        }
        useCases.append(useCase)
    }

    private mutating func parseUserStory() {
        let keyword = current
        advance()
        guard let name = expectName("a user story name") else { return skipConstruct(from: keyword) }
        var useCase = UseCase(name: name.text, doc: pendingDoc, location: location(of: name))
        skipHeaderOptions()
        guard current.is("{") else { return useCases.append(useCase) }
        parseBlock(named: "UserStory \(name.text)") { parser in
            let token = parser.current
            if token.is("As") {
                parser.advance()
                if parser.current.is("a") || parser.current.is("an") { parser.advance() }
                if parser.current.kind == .string {
                    useCase.actor = parser.current.text
                    parser.advance()
                }
            } else if token.is("I") {
                parser.advance()
                while parser.current.is("want") || parser.current.is("to") { parser.advance() }
                parser.parseInteractions(into: &useCase)
            } else if token.is("so") {
                parser.advance()
                if parser.current.is("that") { parser.advance() }
                if parser.current.kind == .string { parser.advance() }
            } else if token.is("and") || token.is("accept") || token.is("that") || token.kind == .string {
                parser.advance()
            } else if token.kind == .word {
                parser.unsupported(token, "'\(token.text)' in a user story")
            } else {
                parser.unexpected(in: "a user story")
            }
        }
        useCases.append(useCase)
    }

    /// `create an "Order" with its "amount", "currency", read a "Customer"`: CRUD verbs on entities or
    /// aggregates become reads and writes, with the attributes as field-level access.
    private mutating func parseInteractions(into useCase: inout UseCase) {
        repeat {
            if current.is(",") { advance() }
            let verb = current
            guard verb.kind == .word || verb.kind == .string else { return }
            advance()
            if Self.articles.contains(current.text), current.kind == .word { advance() }
            guard current.kind == .string else {
                error("cml.expectedToken", "expected the quoted name of what '\(verb.text)' acts on", current)
                return
            }
            let object = current
            advance()
            var fields: [CMLToken] = []
            if current.is("with") {
                advance()
                if current.is("its") || current.is("their") { advance() }
                while current.kind == .string {
                    fields.append(current)
                    advance()
                    let nextIsAttribute =
                        current.is(",") && peek(1).kind == .string && peek(2).kind != .string
                        && !Self.articles.contains(peek(2).text)
                    if nextIsAttribute { advance() } else { break }
                }
            }
            var containers: [CMLToken] = []
            while ["in", "for", "to", "from", "of", "into"].contains(current.text), current.kind == .word {
                advance()
                if Self.articles.contains(current.text) { advance() }
                if current.kind == .string {
                    containers.append(current)
                    advance()
                }
            }
            let isWrite: Bool
            switch verb.text {
            case "read": isWrite = false
            case "create", "update", "delete": isWrite = true
            default:
                warning(
                    "cml.unknownVerb",
                    "'\(verb.text)' is not one of create, read, update, delete; this interaction is not read", verb)
                continue
            }
            let accesses =
                fields.isEmpty
                ? [Access(entity: object.text, location: location(of: object))]
                : fields.map { Access(entity: object.text, field: $0.text, location: location(of: $0)) }
            if isWrite { useCase.writes += accesses } else { useCase.reads += accesses }
            useCase.reads += containers.map { Access(entity: $0.text, location: location(of: $0)) }
        } while current.is(",") && (peek(1).kind == .word || peek(1).kind == .string)
    }

    /// `"Customer.firstname"` as an access.
    private func access(_ token: CMLToken) -> Access {
        let parts = token.text.split(separator: ".", maxSplits: 1).map(String.init)
        return Access(
            entity: parts.first ?? token.text, field: parts.count > 1 ? parts[1] : nil, location: location(of: token))
    }

    // MARK: - Blocks and recovery

    /// Parses `{ item* }`, calling `item` for each; reports an unclosed block and blocks nested too deep.
    private mutating func parseBlock(named name: String, _ item: (inout CMLParser) -> Void) {
        let open = current
        guard depth < Self.maximumDepth else {
            error("cml.tooDeep", "blocks are nested more than \(Self.maximumDepth) deep; '\(name)' is skipped", open)
            return skipBalanced()
        }
        depth += 1
        defer { depth -= 1 }
        advance()
        while !current.is("}") && current.kind != .end {
            let start = position
            item(&self)
            if current.is(",") || current.is(";") { advance() }
            if position == start { advance() }
        }
        if current.is("}") {
            advance()
        } else {
            diagnostics.append(
                .error(
                    "cml.expectedToken", "expected '}' to close \(name)", at: range(of: current),
                    notes: [.init("the block opens here", at: range(of: open))]))
        }
    }

    /// Skips a `{ … }` block at the current token, however deeply nested, without recursion.
    private mutating func skipBalanced() {
        guard current.is("{") else { return }
        var level = 0
        repeat {
            if current.is("{") { level += 1 }
            if current.is("}") { level -= 1 }
            advance()
        } while level > 0 && current.kind != .end
    }

    private mutating func skipParentheses() {
        var level = 0
        repeat {
            if current.is("(") { level += 1 }
            if current.is(")") { level -= 1 }
            advance()
        } while level > 0 && current.kind != .end
    }

    /// Skips the rest of the construct that started at `start`: up to and including its block if one
    /// opens on the way, else up to the next line that starts with a new token; never past the `}` that
    /// closes the enclosing block.
    private mutating func skipConstruct(from start: CMLToken) {
        while current.kind != .end && !current.is("}") {
            if current.is("{") { return skipBalanced() }
            if current.line != start.line && tokens[position - 1].line != current.line { return }
            advance()
        }
    }

    private mutating func skipRestOfLine(of start: CMLToken) {
        while current.kind != .end && current.line == start.line && !current.is("}") {
            if current.is("(") {
                skipParentheses()
            } else {
                advance()
            }
        }
    }

    /// Skips words between a declaration's name and its `{` (`extends`, `supports`, `split by`, …).
    private mutating func skipHeaderOptions() {
        let line = current.line
        while current.kind == .word || current.is(",") || current.is("@"), current.line == line { advance() }
    }

    private mutating func unsupported(_ token: CMLToken, _ what: String) {
        warning("cml.unsupported", "\(what) are not read; skipped", token)
        advance()
        skipConstruct(from: token)
    }

    private mutating func unexpected(in what: String) {
        reportUnexpected("unexpected '\(current.text)' in \(what)")
        advance()
    }

    /// Reports the current token as unexpected, unless the token just before it was reported so too: a run of
    /// stray tokens (200,000 `[`, or random text) is one diagnostic, not one per token.
    private mutating func reportUnexpected(_ message: String) {
        defer { lastUnexpected = position }
        guard lastUnexpected != position - 1 else { return }
        error("cml.unexpectedToken", message, current)
    }

    // MARK: - Tokens

    private var current: CMLToken { tokens[min(position, tokens.count - 1)] }

    private func peek(_ offset: Int) -> CMLToken { tokens[min(position + offset, tokens.count - 1)] }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private mutating func expectName(_ what: String) -> CMLToken? {
        guard current.kind == .word else {
            error("cml.expectedName", "expected \(what)", current)
            return nil
        }
        defer { advance() }
        return current
    }

    /// `A, B, C` (names, optionally written `@A`).
    private mutating func nameList() -> [CMLToken] {
        var names: [CMLToken] = []
        repeat {
            if current.is(",") { advance() }
            if current.is("@") { advance() }
            guard let name = expectName("a name") else { break }
            names.append(name)
        } while current.is(",")
        return names
    }

    /// `= value` or `= "a", "b"` (the `=` is optional, as in CML).
    private mutating func assignedValues() -> [CMLToken] {
        if current.is("=") { advance() }
        var values: [CMLToken] = []
        repeat {
            if current.is(",") { advance() }
            guard current.kind == .word || current.kind == .string || current.kind == .number else {
                error("cml.expectedValue", "expected a value", current)
                break
            }
            values.append(current)
            advance()
        } while current.is(",") && (peek(1).kind == .string || peek(1).kind == .number)
        return values
    }

    private func location(of token: CMLToken) -> SourceLocation {
        SourceLocation(file: path, line: token.line, column: token.column)
    }

    private func range(of token: CMLToken) -> SourceRange {
        SourceRange(
            start: location(of: token), end: SourceLocation(file: path, line: token.line, column: token.endColumn))
    }

    private mutating func error(_ id: String, _ message: String, _ token: CMLToken) {
        diagnostics.append(.error(id, message, at: range(of: token)))
    }

    private mutating func warning(_ id: String, _ message: String, _ token: CMLToken) {
        diagnostics.append(.warning(id, message, at: range(of: token)))
    }
}
