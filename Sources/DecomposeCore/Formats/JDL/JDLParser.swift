/// Reads JDL tokens into the declarations the JDL reader maps onto the model.
///
/// Recovers at the next declaration keyword that starts a line, so one run reports every problem. The
/// parser never recurses: brace nesting in skipped blocks is counted, so hostile input cannot exhaust the stack,
/// and nesting deeper than `maximumDepth` is reported once (`jdl.nestingTooDeep`).
struct JDLParser {
    /// The deepest nesting of braces and brackets accepted; JDL itself needs three.
    static let maximumDepth = 64

    /// An entity as declared: its fields keep JDL's type names.
    struct EntityDecl {
        var name: String
        var fields: [FieldDecl] = []
        var doc: String?
        var location: SourceLocation
    }

    /// `name Type required unique …`.
    struct FieldDecl {
        var name: String
        var type: String
        var typeLocation: SourceLocation
        var isRequired = false
        var isUnique = false
        var doc: String?
        var location: SourceLocation
    }

    /// One side of a relationship: `Order{customer(login) required}`.
    struct RelationshipEnd {
        var entity: String
        var field: String?
        var isRequired = false
        var doc: String?
        var location: SourceLocation
    }

    /// `relationship ManyToOne { A{b} to B }`.
    struct RelationshipDecl {
        var kind: String
        var from: RelationshipEnd
        var to: RelationshipEnd
    }

    /// Entities named by an option or an application's `entities`: a list, `*`/`all`, and `except` names.
    struct EntitySelection {
        var names: [String] = []
        var isAll = false
        var excluded: [String] = []
        var location: SourceLocation
    }

    /// `application { config { baseName … applicationType … } entities … }`.
    struct ApplicationDecl {
        var baseName: String?
        var applicationType: String?
        var entities: [EntitySelection] = []
        var location: SourceLocation
    }

    var entities: [EntityDecl] = []
    var enums: [EnumType] = []
    var relationships: [RelationshipDecl] = []
    var applications: [ApplicationDecl] = []
    /// `microservice A, B with name`: the selection and the microservice's name.
    var microservices: [(selection: EntitySelection, name: String)] = []
    var deployments: [Deployment] = []
    var diagnostics: [Diagnostic] = []

    private let tokens: [JDLToken]
    private let path: String
    private var index = 0
    /// The index of the token last reported by `expected`, so a run of stray tokens is reported once.
    private var lastExpected = -2
    /// Whether nesting deeper than `maximumDepth` was reported already.
    private var reportedDepth = false

    /// Binary options (`paginate … with …`) whose value only shapes generated code.
    static let binaryOptions: Set<String> = [
        "paginate", "service", "dto", "search", "angularSuffix", "clientRootFolder",
    ]
    /// Unary options (`skipClient A, B`) that only shape generated code.
    static let unaryOptions: Set<String> = [
        "skipClient", "skipServer", "noFluentMethod", "filter", "readOnly", "embedded",
    ]
    /// `with builtInEntity` (the target is JHipster's User or Authority) and `with jpaDerivedIdentifier`.
    static let relationshipOptions: Set<String> = ["builtInEntity", "jpaDerivedIdentifier"]
    static let relationshipKinds: Set<String> = ["OneToOne", "OneToMany", "ManyToOne", "ManyToMany"]
    private static let declarationKeywords: Set<String> =
        Set(["entity", "enum", "relationship", "application", "deployment", "microservice", "use"])
        .union(binaryOptions).union(unaryOptions)

    init(tokens: [JDLToken], path: String) {
        self.tokens = tokens
        self.path = path
    }

    // MARK: - Token access

    private var current: JDLToken? { index < tokens.count ? tokens[index] : nil }
    private var endLocation: SourceLocation {
        tokens.last?.location ?? SourceLocation(file: path, line: 1, column: 1)
    }

    private mutating func takeDoc() -> String? {
        var doc: String?
        while let token = current, token.kind == .javadoc {
            doc = token.text
            index += 1
        }
        return doc
    }

    private mutating func skipSymbol(_ symbol: String) -> Bool {
        guard current?.isSymbol(symbol) == true else { return false }
        index += 1
        return true
    }

    private mutating func skipWord(_ word: String) -> Bool {
        guard current?.isWord(word) == true else { return false }
        index += 1
        return true
    }

    /// Reports that `what` was expected at the current token, unless the token just before it (or this one) was
    /// reported so too: a run of stray tokens (200,000 `{` in a deployment) is one diagnostic, not one per token.
    private mutating func expected(_ what: String) {
        defer { lastExpected = index }
        guard index > lastExpected + 1 else { return }
        let token = current
        let found = token.map { "'\($0.text)'" } ?? "the end of the file"
        diagnostics.append(
            .error(
                "jdl.expectedToken", "expected \(what) but found \(found)",
                at: SourceRange(start: token?.location ?? endLocation)))
    }

    private mutating func word(_ what: String) -> JDLToken? {
        if let token = current, token.kind == .word {
            index += 1
            return token
        }
        expected(what)
        return nil
    }

    /// Skips to the next declaration keyword that starts a line, outside braces.
    private mutating func recover() {
        var depth = 0
        if current?.isSymbol("{") == true {
            depth = 1
            index += 1
        }
        while let token = current {
            if token.isSymbol("{") {
                depth += 1
                checkDepth(depth)
            } else if token.isSymbol("}") {
                depth = max(0, depth - 1)
            } else if depth == 0, token.startsLine, token.kind == .word, Self.declarationKeywords.contains(token.text) {
                return
            }
            index += 1
        }
    }

    /// Skips a `{ … }` block, counting nested braces.
    private mutating func skipBlock() {
        guard skipSymbol("{") else { return expected("'{'") }
        var depth = 1
        while let token = current, depth > 0 {
            if token.isSymbol("{") {
                depth += 1
                checkDepth(depth)
            }
            if token.isSymbol("}") { depth -= 1 }
            index += 1
        }
        if depth > 0 { expected("'}'") }
    }

    /// Reports, once per file, braces or brackets nested deeper than `maximumDepth` at the current token.
    private mutating func checkDepth(_ depth: Int) {
        guard depth > Self.maximumDepth, !reportedDepth, let token = current else { return }
        reportedDepth = true
        diagnostics.append(
            .error(
                "jdl.nestingTooDeep", "braces and brackets are nested more than \(Self.maximumDepth) levels deep",
                at: SourceRange(start: token.location)))
    }

    /// Skips `( … )` if present, returning the first word inside.
    private mutating func parenthesised() -> String? {
        guard skipSymbol("(") else { return nil }
        var first: String?
        while let token = current, !token.isSymbol(")"), !token.isSymbol("}"), !token.isSymbol("{") {
            if first == nil { first = token.text }
            index += 1
        }
        if !skipSymbol(")") { expected("')'") }
        return first
    }

    // MARK: - Declarations

    /// Parses every declaration in the file.
    mutating func parse() {
        while current != nil {
            let doc = takeDoc()
            guard let token = current else { break }
            let before = index
            if token.isSymbol("@") {
                annotation()
                continue
            }
            switch token.kind == .word ? token.text : "" {
            case "entity": entity(doc: doc)
            case "enum": enumeration(doc: doc)
            case "relationship": relationship()
            case "application": application()
            case "deployment": deployment(doc: doc)
            case "microservice":
                index += 1
                if let (selection, name) = option(binary: true), let name { microservices.append((selection, name)) }
            case let keyword where Self.binaryOptions.contains(keyword):
                index += 1
                _ = option(binary: true)
            case let keyword where Self.unaryOptions.contains(keyword):
                index += 1
                _ = option(binary: false)
            case "use":
                useOptions()
            case _ where token.kind == .word && index + 1 < tokens.count && tokens[index + 1].isSymbol("="):
                // `DEFAULT_MIN = 1`: a constant for validations, which the model does not hold.
                index += 3
            default:
                unknown(token)
            }
            if index == before {
                index += 1
                recover()
            }
        }
    }

    /// An unknown word is JDL this reader does not support (a warning); any other token is a syntax error.
    private mutating func unknown(_ token: JDLToken) {
        let range = SourceRange(start: token.location)
        if token.kind == .word {
            diagnostics.append(
                .warning(
                    "jdl.unsupported", "'\(token.text)' is not a JDL declaration this reader supports; it is skipped",
                    at: range))
        } else {
            diagnostics.append(
                .error("jdl.expectedToken", "expected a JDL declaration but found '\(token.text)'", at: range))
        }
        // A stray `{` stays for `recover`, which skips the block it opens, counting its depth from 1.
        if !token.isSymbol("{") { index += 1 }
        recover()
    }

    /// `@name` or `@name(value)`: annotations shape generated code only and are read, then ignored.
    private mutating func annotation() {
        index += 1
        _ = word("an annotation name")
        _ = parenthesised()
    }

    private mutating func entity(doc: String?) {
        let keyword = tokens[index]
        index += 1
        guard let name = word("an entity name") else { return recover() }
        _ = parenthesised()
        var declaration = EntityDecl(name: name.text, doc: doc, location: keyword.location)
        if current?.isSymbol("{") == true {
            index += 1
            while let token = current, !token.isSymbol("}") {
                if skipSymbol(",") { continue }
                let fieldDoc = takeDoc()
                if current?.isSymbol("@") == true {
                    annotation()
                    continue
                }
                guard let field = field(doc: fieldDoc) else {
                    while let next = current, !next.isSymbol("}"), !(next.startsLine && next.kind != .symbol) {
                        index += 1
                    }
                    continue
                }
                declaration.fields.append(field)
            }
            if !skipSymbol("}") { expected("'}' closing entity \(name.text)") }
        }
        entities.append(declaration)
    }

    private mutating func field(doc: String?) -> FieldDecl? {
        guard let name = word("a field name") else {
            index += 1
            return nil
        }
        guard let type = word("the type of field \(name.text)") else { return nil }
        var field = FieldDecl(
            name: name.text, type: type.text, typeLocation: type.location, doc: doc, location: name.location)
        while let token = current, token.kind == .word, !token.startsLine || token.location.line == name.location.line {
            switch token.text {
            case "required": field.isRequired = true
            case "unique": field.isUnique = true
            case "min", "max", "minlength", "maxlength", "minbytes", "maxbytes", "pattern": break
            default:
                guard token.location.line == name.location.line else { return field }
                diagnostics.append(
                    .warning(
                        "jdl.unsupported", "'\(token.text)' is not a JDL validation this reader knows; it is ignored",
                        at: SourceRange(start: token.location)))
            }
            index += 1
            _ = parenthesised()
        }
        return field
    }

    private mutating func enumeration(doc: String?) {
        let keyword = tokens[index]
        index += 1
        guard let name = word("an enum name") else { return recover() }
        guard skipSymbol("{") else {
            expected("'{' after enum \(name.text)")
            return recover()
        }
        var cases: [String] = []
        while let token = current, !token.isSymbol("}") {
            if token.kind == .word {
                cases.append(token.text)
                index += 1
                _ = parenthesised()
            } else if token.kind == .javadoc || token.isSymbol(",") {
                index += 1
            } else {
                expected("an enum value")
                index += 1
            }
        }
        if !skipSymbol("}") { expected("'}' closing enum \(name.text)") }
        enums.append(EnumType(name: name.text, cases: cases, doc: doc, location: keyword.location))
    }

    private mutating func relationship() {
        index += 1
        let kindToken = current
        guard let kind = word("a relationship kind"), Self.relationshipKinds.contains(kind.text) else {
            if let kindToken, kindToken.kind == .word {
                diagnostics.append(
                    .error(
                        "jdl.unknownRelationship",
                        "'\(kindToken.text)' is not a relationship kind (OneToOne, OneToMany, ManyToOne, ManyToMany)",
                        at: SourceRange(start: kindToken.location)))
            }
            return recover()
        }
        guard skipSymbol("{") else {
            expected("'{' after relationship \(kind.text)")
            return recover()
        }
        while let token = current, !token.isSymbol("}") {
            if skipSymbol(",") { continue }
            guard let from = relationshipEnd() else {
                while let next = current, !next.isSymbol("}"), !next.isSymbol(",") { index += 1 }
                continue
            }
            guard skipWord("to") else {
                expected("'to'")
                while let next = current, !next.isSymbol("}"), !next.isSymbol(",") { index += 1 }
                continue
            }
            guard let to = relationshipEnd() else { continue }
            if skipWord("with"), let option = word("a relationship option such as builtInEntity"),
                !Self.relationshipOptions.contains(option.text)
            {
                diagnostics.append(
                    .warning(
                        "jdl.unsupported",
                        "'\(option.text)' is not a relationship option this reader knows; it is ignored",
                        at: SourceRange(start: option.location)))
            }
            relationships.append(RelationshipDecl(kind: kind.text, from: from, to: to))
        }
        if !skipSymbol("}") { expected("'}' closing the relationships") }
    }

    private mutating func relationshipEnd() -> RelationshipEnd? {
        let doc = takeDoc()
        while current?.isSymbol("@") == true { annotation() }
        guard let entity = word("an entity name") else { return nil }
        var end = RelationshipEnd(entity: entity.text, doc: doc, location: entity.location)
        if skipSymbol("{") {
            end.field = word("a relationship field name")?.text
            _ = parenthesised()
            while let token = current, token.kind == .word {
                if token.text == "required" {
                    end.isRequired = true
                } else {
                    diagnostics.append(
                        .warning(
                            "jdl.unsupported", "'\(token.text)' on a relationship side is not supported; it is ignored",
                            at: SourceRange(start: token.location)))
                }
                index += 1
            }
            if !skipSymbol("}") { expected("'}'") }
        }
        return end
    }

    /// The entity selection of an option, and the value after `with` for binary options.
    private mutating func option(binary: Bool) -> (EntitySelection, String?)? {
        var selection = selectionList()
        var value: String?
        if binary {
            if skipWord("with") {
                value = word("the option's value")?.text
                while current?.isSymbol("-") == true, index + 1 < tokens.count, tokens[index + 1].kind == .word {
                    value = (value ?? "") + "-" + tokens[index + 1].text  // `infinite-scroll`
                    index += 2
                }
            } else {
                expected("'with'")
                recover()
                return nil
            }
        }
        if skipWord("except") {
            selection.excluded = names()
        }
        return (selection, value)
    }

    /// `use mapstruct, serviceImpl for *` (JDL 7): code generation choices, read and ignored.
    private mutating func useOptions() {
        index += 1
        _ = names()
        guard skipWord("for") else { return expected("'for'") }
        _ = selectionList()
        if skipWord("except") { _ = names() }
    }

    private mutating func selectionList() -> EntitySelection {
        var selection = EntitySelection(location: current?.location ?? endLocation)
        if skipSymbol("*") || skipWord("all") {
            selection.isAll = true
        } else {
            selection.names = names()
            if selection.names.isEmpty { expected("entity names, '*' or 'all'") }
        }
        return selection
    }

    private mutating func names() -> [String] {
        var names: [String] = []
        while let token = current, token.kind == .word, !["with", "except", "for"].contains(token.text) {
            if !names.isEmpty && token.startsLine { break }
            names.append(token.text)
            index += 1
            if !skipSymbol(",") { break }
        }
        return names
    }

    private mutating func application() {
        let keyword = tokens[index]
        index += 1
        guard skipSymbol("{") else {
            expected("'{' after application")
            return recover()
        }
        var application = ApplicationDecl(location: keyword.location)
        while let token = current, !token.isSymbol("}") {
            _ = takeDoc()
            guard let token = current, !token.isSymbol("}") else { break }
            let before = index
            switch token.kind == .word ? token.text : "" {
            case "config": config(into: &application)
            case "entities":
                index += 1
                var selection = selectionList()
                if skipWord("except") { selection.excluded = names() }
                application.entities.append(selection)
            case "microservice":
                index += 1
                if let (selection, name) = option(binary: true), let name { microservices.append((selection, name)) }
            case let option where Self.binaryOptions.contains(option):
                index += 1
                _ = self.option(binary: true)
            case let option where Self.unaryOptions.contains(option):
                index += 1
                _ = self.option(binary: false)
            case "use": useOptions()
            default:
                diagnostics.append(
                    .warning(
                        "jdl.unsupported", "'\(token.text)' in an application block is not supported; it is skipped",
                        at: SourceRange(start: token.location)))
                index += 1
                if current?.isSymbol("{") == true { skipBlock() }
            }
            if index == before { index += 1 }
        }
        if !skipSymbol("}") { expected("'}' closing the application") }
        applications.append(application)
    }

    /// `deployment { deploymentType docker-compose, appsFolders [store, invoice] … }`: the type (JHipster's
    /// default `docker-compose` when absent) and every other option in order, each value as written.
    private mutating func deployment(doc: String?) {
        let keyword = tokens[index]
        index += 1
        guard skipSymbol("{") else {
            expected("'{' after deployment")
            return recover()
        }
        var type: String?
        var options: [DeploymentOption] = []
        while let token = current, !token.isSymbol("}") {
            if skipSymbol(",") { continue }
            if token.kind == .javadoc {
                index += 1
                continue
            }
            guard let name = word("a deployment option name") else {
                index += 1
                continue
            }
            let value: DeploymentOption.Value
            if skipSymbol("[") {
                value = .list(deploymentList())
            } else {
                value = .single(deploymentValue(after: name))
            }
            if name.text == "deploymentType", case .single(let text) = value {
                if type == nil {
                    type = text
                } else {
                    diagnostics.append(
                        .warning(
                            "jdl.duplicateOption",
                            "the deployment type is already set to \(type ?? text); this one is ignored",
                            at: SourceRange(start: name.location)))
                }
                continue
            }
            options.append(DeploymentOption(name: name.text, value: value, location: name.location))
        }
        if !skipSymbol("}") { expected("'}' closing the deployment") }
        deployments.append(
            Deployment(type: type ?? "docker-compose", options: options, doc: doc, location: keyword.location))
    }

    /// The tokens after an option name on its line, up to a `,` or `}`, joined: `docker-compose`,
    /// `192.168.99.100.nip.io`; a string is its text.
    private mutating func deploymentValue(after name: JDLToken) -> String {
        var text = ""
        let start = index
        while let token = current, !token.isSymbol(","), !token.isSymbol("}"), !token.isSymbol("["),
            token.kind != .javadoc, token.location.line == name.location.line
        {
            text += token.text
            index += 1
        }
        if index == start { expected("a value for deployment option \(name.text)") }
        return text
    }

    /// `[a, b, c]` after its `[`: each item's tokens joined, as for a single value.
    private mutating func deploymentList() -> [String] {
        var items: [String] = []
        var item = ""
        while let token = current, !token.isSymbol("]"), !token.isSymbol("}") {
            if token.isSymbol(",") {
                if !item.isEmpty { items.append(item) }
                item = ""
            } else if token.kind != .javadoc {
                item += token.text
            }
            index += 1
        }
        if !item.isEmpty { items.append(item) }
        if !skipSymbol("]") { expected("']' closing the list") }
        return items
    }

    /// `config { baseName store, applicationType microservice … }`: keeps the name and type, reads the rest.
    private mutating func config(into application: inout ApplicationDecl) {
        index += 1
        guard skipSymbol("{") else { return expected("'{' after config") }
        var depth = 1
        while let token = current, depth > 0 {
            if token.isSymbol("{") || token.isSymbol("[") {
                depth += 1
                checkDepth(depth)
            }
            if token.isSymbol("}") || token.isSymbol("]") { depth -= 1 }
            if depth == 1, token.kind == .word, index + 1 < tokens.count {
                let value = tokens[index + 1]
                if token.text == "baseName", value.kind == .word || value.kind == .string {
                    application.baseName = value.text
                } else if token.text == "applicationType", value.kind == .word || value.kind == .string {
                    application.applicationType = value.text
                }
            }
            index += 1
        }
        if depth > 0 { expected("'}' closing the config") }
    }
}
