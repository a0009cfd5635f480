/// Renames what JDL cannot spell, before anything is written: every entity, enum, field, enum case and
/// application gets a name JHipster accepts and `JDLReader` reads back as that one name.
///
/// JDL names are ASCII words: diacritics are dropped and the words of a name joined in camel case
/// (`sales order` → `salesOrder`, `Größe` → `Grosse`; enum cases keep `_`: `IN_PROGRESS`); a name starting with a
/// digit gets an `N` before it. A name that is a Java keyword in any case (`class`, `Class`: JHipster rejects
/// them), a JDL word that ends a list of names (`with`, `except`, `for`, `all`, `to`; JDL's other keywords are
/// names to its parser), for entities and enums a JDL field type (`String`, `Instant`), or that another name of
/// its namespace already took, gets `2`, `3`, … after it. Entities and enums share one namespace, applications
/// (contexts and the gateway) another, and each entity's fields and each enum's cases one of their own. Names are
/// claimed in model order, so the result is deterministic.
struct JDLNaming: Sendable {
    /// The model and decomposition with every name as JDL writes it.
    private(set) var model: DomainModel
    private(set) var decomposition: Decomposition
    /// The names that changed (entities and enums, contexts, fields, enum cases; each in model order): the output
    /// lists them in its header.
    private(set) var renames: [Rename] = []

    init(model original: DomainModel, decomposition originalDecomposition: Decomposition) {
        model = original
        decomposition = originalDecomposition
        var types = Table(style: .word, reserved: Self.typeReserved)
        let typeNames = original.entities.map { ($0.name, "entity") } + original.enums.map { ($0.name, "enum") }
        for (name, kind) in typeNames where types.names[name] == nil {
            let written = types.claim(name)
            if written != name { note(kind, name, written) }
        }
        var contexts = Table(style: .word, reserved: Self.reserved)
        for context in originalDecomposition.contexts {
            let written = contexts.claim(context.name)
            if written != context.name { note("context", context.name, written) }
        }
        // The gateway is named after the system: claimed last, so no context ever yields its name to it.
        model.system.name = contexts.claim(original.system.name)

        let type = { (name: String) in types.names[name] ?? name }
        let entityWords = Set(original.entities.map { type($0.name).lowercased() })
        for index in model.entities.indices {
            let entity = original.entities[index]
            var fields = Table(style: .word, reserved: Self.fieldReserved)
            model.entities[index].name = type(entity.name)
            model.entities[index].parent = entity.parent.map(type)
            for (position, field) in entity.fields.enumerated() {
                let name = fields.claim(
                    field.name, spelling: Self.idFieldSpelling(field, type) ?? Self.valueSpelling(field, entityWords))
                if name != field.name { note("field", "\(entity.name).\(field.name)", name) }
                model.entities[index].fields[position].name = name
                model.entities[index].fields[position].type.name = type(field.type.name)
                model.entities[index].fields[position].kind = Self.renamed(field.kind, type)
            }
        }
        for index in model.enums.indices {
            let enumeration = original.enums[index]
            var cases = Table(style: .enumCase, reserved: Self.javaKeywords)
            model.enums[index].name = type(enumeration.name)
            model.enums[index].cases = enumeration.cases.map { name in
                let written = cases.claim(name)
                if written != name { note("enum case", "\(enumeration.name).\(name)", written) }
                return written
            }
        }
        for index in decomposition.contexts.indices {
            decomposition.contexts[index].name = contexts.names[decomposition.contexts[index].name] ?? ""
            decomposition.contexts[index].entities = decomposition.contexts[index].entities.map(type)
        }
    }

    private mutating func note(_ kind: String, _ original: String, _ written: String) {
        renames.append(Rename(kind: kind, original: original, written: written))
    }

    /// An id reference by name (`packageId`) to an entity that is renamed (`Package2`) keeps pointing at it only
    /// under the new name (`package2Id`); `nil` for every other field.
    private static func idFieldSpelling(_ field: Field, _ type: (String) -> String) -> String? {
        guard case .idReference(let target) = field.kind, type(target) != target,
            let suffix = ["Ids", "IDs", "Id", "ID"].first(where: field.name.hasSuffix)
        else { return nil }
        let stem = field.name.dropLast(suffix.count)
        guard stem.lowercased().hasSuffix(target.lowercased()) else { return nil }
        let prefix = stem.dropLast(target.count)
        let renamed = type(target)
        return prefix + (prefix.isEmpty ? renamed.prefix(1).lowercased() + renamed.dropFirst() : renamed) + suffix
    }

    /// A field that is no reference but is named like an entity (`photo String` beside `entity Photo`) would read
    /// back as a reference to it (the reader's rule for JHipster's `customer String`): it is written `photoValue`.
    private static func valueSpelling(_ field: Field, _ entityWords: Set<String>) -> String? {
        guard case .scalar = field.kind, !field.type.isList, let scalar = ScalarType(rawValue: field.type.name),
            ["String", "Integer", "Long", "UUID"].contains(JDLSyntax.scalarTypes[scalar]),
            entityWords.contains(field.name.lowercased())
        else { return nil }
        return field.name + "Value"
    }

    private static func renamed(_ kind: Field.Kind, _ type: (String) -> String) -> Field.Kind {
        switch kind {
        case .composition(let target): .composition(target: type(target))
        case .reference(let target): .reference(target: type(target))
        case .idReference(let target): .idReference(target: type(target))
        default: kind
        }
    }

    // MARK: - Names per namespace

    /// How a namespace spells a name.
    enum Style {
        /// `[A-Za-z][A-Za-z0-9]*`: entities, enums, fields, applications.
        case word
        /// `[A-Za-z_][A-Za-z0-9_]*`: enum cases.
        case enumCase
    }

    /// The JDL name of each name of one namespace, unique and never reserved.
    struct Table {
        let style: Style
        /// Lower-cased words no name may be, and exact words no name may be.
        let reserved: Reserved
        private(set) var names: [String: String] = [:]
        private var taken = UniqueNames()

        init(style: Style, reserved: Reserved) {
            self.style = style
            self.reserved = reserved
        }

        /// The JDL name of `name`, claiming one (spelled from `spelling` when given) if it has none yet.
        mutating func claim(_ name: String, spelling: String? = nil) -> String {
            if let written = names[name] { return written }
            let base = Self.spelled(spelling ?? name, style)
            let candidate = taken.claim(
                UniqueNames.numbered(base, separator: style == .enumCase ? "_" : ""),
                isFree: { !reserved.contains($0) })
            names[name] = candidate
            return candidate
        }

        /// `name` as one JDL word of `style`, before the namespace's suffix.
        static func spelled(_ name: String, _ style: Style) -> String {
            let folded = ASCIISpelling.folded(name)
            var words: [String] = []
            var current = ""
            for scalar in folded.unicodeScalars {
                if scalar.isASCII, scalar.isLetterLike || ("0"..."9").contains(scalar) {
                    current.unicodeScalars.append(scalar)
                } else if style == .enumCase, scalar == "_" {
                    current += "_"
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { words.append(current) }
            var spelled =
                style == .enumCase
                ? words.joined(separator: "_")
                : (words.first ?? "") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            if spelled.isEmpty { spelled = style == .enumCase ? "VALUE" : "Unnamed" }
            if let first = spelled.unicodeScalars.first, ("0"..."9").contains(first) { spelled = "N" + spelled }
            return spelled
        }
    }

    /// Words a name may not be: some in any letter case (Java keywords, as JHipster checks class names),
    /// some exactly (JDL's keywords and types, which are case-sensitive).
    struct Reserved: Sendable {
        var anyCase: Set<String>
        var exact: Set<String>

        func contains(_ name: String) -> Bool {
            exact.contains(name) || anyCase.contains(name.lowercased())
        }
    }

    /// Java's keywords and literals (lower case).
    static let javaKeywordSet: Set<String> = [
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "false", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "null", "package",
        "permits", "private", "protected", "public", "record", "return", "sealed", "short", "static", "strictfp",
        "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true", "try", "var", "void",
        "volatile", "while", "yield",
    ]

    /// The JDL words that end or replace a list of names (`entities A, B`, `microservice * except A with app`,
    /// `A{b} to C`), so nothing listed may be called so. JDL's other keywords are names to its parser.
    static let listWords: Set<String> = ["with", "except", "for", "all", "to"]

    /// Reserved for enum cases: Java's keywords, exactly (`NEW` is a fine constant).
    static let javaKeywords = Reserved(anyCase: [], exact: javaKeywordSet)
    /// Reserved for fields: Java's keywords in any case, as JHipster checks them.
    static let fieldReserved = Reserved(anyCase: javaKeywordSet, exact: [])
    /// Reserved for applications: Java's keywords in any case and the list words.
    static let reserved = Reserved(anyCase: javaKeywordSet, exact: listWords)
    /// Reserved for entities and enums: also every JDL field type, which an entity of that name would shadow.
    static let typeReserved = Reserved(
        anyCase: javaKeywordSet,
        exact: listWords.union(JDLSyntax.scalarTypes.values).union([
            "Float", "Enum", "ZonedDateTime", "AnyBlob", "ImageBlob",
        ]))
}
