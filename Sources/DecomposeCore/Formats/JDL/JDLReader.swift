/// Reads a JHipster JDL file into a declared model.
///
/// Entities keep their fields (JDL types mapped to the domain language's scalars; `required` makes a field
/// non-optional, `unique` is kept, the other validations only shape generated code and are dropped) and gain
/// JHipster's implicit `id: Long`. Relationships become references held by the side that stores the foreign
/// key: ManyToOne and OneToOne by the source (a OneToOne is unique, as JHipster's join column is), OneToMany by the
/// target (named after the inverse field, or the source entity), ManyToMany by the source as a list. A OneToMany whose target side names no field
/// (`Order{lines} to OrderLine`) is the owner's collection of parts: a composition `lines: [OrderLine]`.
/// A `Long`, `Integer`, `String` or `UUID` field named exactly like a declared entity (`customer String`) becomes
/// a reference to it;
/// `customerId` fields are left for `ModelBuilder`, which recognises id references. `User` and `Authority`,
/// JHipster's built-in entities, become real entities when a relationship names them without declaring them.
/// The current decomposition: a microservice or monolith (the default type) `application`'s `entities` are a declared context named
/// after its `baseName`; `microservice … with name` declares one for the entities no application placed (a gateway
/// lists every service's entities for its UI, so it declares none). `deployment` blocks are kept in the model
/// (type and options in order) for export. Annotations and code-generation options are read and do not affect
/// the analysis.
public struct JDLReader: Sendable {
    public init() {}

    /// JDL scalar types and the domain language's scalar each maps to.
    static let scalarTypes: [String: ScalarType] = [
        "String": .string, "Integer": .int, "Long": .long, "BigDecimal": .decimal, "Float": .double,
        "Double": .double, "Boolean": .bool, "LocalDate": .date, "ZonedDateTime": .dateTime, "Instant": .dateTime,
        "LocalTime": .time, "Duration": .duration, "UUID": .uuid, "Blob": .bytes, "AnyBlob": .bytes,
        "ImageBlob": .bytes, "TextBlob": .text,
    ]
    private static let builtInEntities: Set<String> = ["User", "Authority"]
    /// The types an identifier is held in; a field of another type named like an entity is a plain value.
    private static let identifierTypes: Set<ScalarType> = [.long, .int, .string, .uuid]

    /// The declared model of `text` and every problem found, located by `path`, line and column.
    public func read(_ text: String, path: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        var lexer = JDLLexer(text: text, path: path)
        let (tokens, lexDiagnostics) = lexer.tokenize()
        var parser = JDLParser(tokens: tokens, path: path)
        parser.parse()
        var diagnostics = lexDiagnostics + parser.diagnostics
        var model = DomainModel(system: SystemInfo(name: Self.systemName(parser.applications)))
        model.enums = parser.enums
        let enumNames = Set(parser.enums.map(\.name))
        // Lowercased name -> declared name; of names equal but for case, the smallest wins, for determinism.
        var entityNames: [String: String] = [:]
        for name in parser.entities.map(\.name).sorted() where entityNames[name.lowercased()] == nil {
            entityNames[name.lowercased()] = name
        }
        for declaration in parser.entities {
            model.entities.append(
                entity(declaration, entityNames: entityNames, enumNames: enumNames, diagnostics: &diagnostics))
        }
        // Entity name -> its position in `model.entities`, so each relationship finds its holder at once.
        var positions: [String: Int] = [:]
        for (position, entity) in model.entities.enumerated() where positions[entity.name] == nil {
            positions[entity.name] = position
        }
        for relationship in parser.relationships {
            for builtIn in [relationship.from, relationship.to]
            where Self.builtInEntities.contains(builtIn.entity) && positions[builtIn.entity] == nil {
                positions[builtIn.entity] = model.entities.count
                model.entities.append(
                    Entity(
                        name: builtIn.entity, fields: [Field(name: "id", type: TypeReference(name: "Long"))],
                        doc: "JHipster's built-in \(builtIn.entity) entity.", location: builtIn.location))
            }
            add(relationship, to: &model, positions: positions, diagnostics: &diagnostics)
        }
        model.currentDecomposition = currentContexts(
            parser, entityNames: model.entities.map(\.name), diagnostics: &diagnostics)
        model.deployments = parser.deployments
        return (model, diagnostics.sortedByLocation())
    }

    private static func systemName(_ applications: [JDLParser.ApplicationDecl]) -> String {
        let gateway = applications.first { $0.applicationType == "gateway" || $0.applicationType == "monolith" }
        return (gateway ?? applications.first)?.baseName ?? "System"
    }

    private func entity(
        _ declaration: JDLParser.EntityDecl, entityNames: [String: String], enumNames: Set<String>,
        diagnostics: inout [Diagnostic]
    ) -> Entity {
        var fields: [Field] = []
        if !declaration.fields.contains(where: { $0.name == "id" }) {
            fields.append(Field(name: "id", type: TypeReference(name: "Long"), location: declaration.location))
        }
        for field in declaration.fields {
            let scalar = Self.scalarTypes[field.type]
            if scalar == nil && !enumNames.contains(field.type) {
                diagnostics.append(
                    .error(
                        "jdl.unknownType",
                        "'\(field.type)' is neither a JDL field type nor an enum declared in this file",
                        at: SourceRange(start: field.typeLocation)))
                continue
            }
            let target = entityNames[field.name.lowercased()]
            if let target, let scalar, Self.identifierTypes.contains(scalar) {
                fields.append(
                    Field(
                        name: field.name, type: TypeReference(name: target, isOptional: !field.isRequired),
                        isReference: true, doc: field.doc, location: field.location))
                continue
            }
            fields.append(
                Field(
                    name: field.name,
                    type: TypeReference(name: scalar?.rawValue ?? field.type, isOptional: !field.isRequired),
                    isUnique: field.isUnique, doc: field.doc, location: field.location))
        }
        return Entity(name: declaration.name, fields: fields, doc: declaration.doc, location: declaration.location)
    }

    /// Adds the reference a relationship stands for to the entity that holds the foreign key; `positions` gives
    /// each entity's index in `model.entities`.
    private func add(
        _ relationship: JDLParser.RelationshipDecl, to model: inout DomainModel, positions: [String: Int],
        diagnostics: inout [Diagnostic]
    ) {
        let (holder, target, name, isList, isRequired, doc, location):
            (String, String, String?, Bool, Bool, String?, SourceLocation)
        let from = relationship.from
        let to = relationship.to
        // `Order{lines} to OrderLine`: only the owner names the collection, so it holds its parts.
        let isComposition = relationship.kind == "OneToMany" && from.field != nil && to.field == nil
        switch relationship.kind {
        case _ where isComposition:
            (holder, target, name, isList, isRequired, doc, location) =
                (from.entity, to.entity, from.field, true, true, from.doc, from.location)
        case "OneToMany":
            (holder, target, name, isList, isRequired, doc, location) =
                (to.entity, from.entity, to.field, false, to.isRequired, to.doc, to.location)
        case "ManyToMany":
            (holder, target, name, isList, isRequired, doc, location) =
                (from.entity, to.entity, from.field, true, from.isRequired, from.doc, from.location)
        default:
            (holder, target, name, isList, isRequired, doc, location) =
                (from.entity, to.entity, from.field, false, from.isRequired, from.doc, from.location)
        }
        let fieldName = name ?? (target.prefix(1).lowercased() + target.dropFirst())
        let field = Field(
            name: fieldName, type: TypeReference(name: target, isList: isList, isOptional: !isRequired),
            isReference: !isComposition, isUnique: relationship.kind == "OneToOne", doc: doc, location: location)
        if let position = positions[holder] {
            model.entities[position].fields.append(field)
        } else {
            diagnostics.append(
                .error(
                    "jdl.unknownEntity", "the relationship names \(holder), which this file does not declare",
                    at: SourceRange(start: location)))
        }
    }

    /// Declared contexts from microservice and monolith applications' `entities`, in file order, then from
    /// `microservice … with …` options; an entity stays in the first context that placed it, and the selections
    /// naming one context make one declared context, where the first was written.
    private func currentContexts(_ parser: JDLParser, entityNames: [String], diagnostics: inout [Diagnostic])
        -> [DeclaredContext]
    {
        var contexts: [DeclaredContext] = []
        var placed: [String: String] = [:]
        func place(_ selection: JDLParser.EntitySelection, in context: String) {
            let chosen = selection.isAll ? entityNames : selection.names
            let excluded = Set(selection.excluded)
            var members: [NameReference] = []
            for name in chosen where !excluded.contains(name) {
                if let earlier = placed[name] {
                    if earlier != context {
                        diagnostics.append(
                            .warning(
                                "jdl.entityInTwoServices",
                                "\(name) is placed in both \(earlier) and \(context); it stays in \(earlier)",
                                at: SourceRange(start: selection.location)))
                    }
                    continue
                }
                placed[name] = context
                members.append(NameReference(name, at: selection.location))
            }
            guard !members.isEmpty else { return }
            if let index = contexts.firstIndex(where: { $0.name == context }) {
                contexts[index].members += members
            } else {
                contexts.append(DeclaredContext(name: context, members: members, location: selection.location))
            }
        }
        // JHipster's default application type is `monolith`.
        for application in parser.applications
        where ["microservice", "monolith"].contains(application.applicationType ?? "monolith") {
            guard let baseName = application.baseName else { continue }
            for selection in application.entities { place(selection, in: baseName) }
        }
        for (selection, name) in parser.microservices { place(selection, in: name) }
        return contexts
    }
}
