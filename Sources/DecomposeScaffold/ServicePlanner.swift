import DecomposeCore
import Foundation
import TemplateEngine

/// Plans the files of one bounded context's service package: its names, its OpenAPI contract and the data every
/// template of the chosen framework is rendered with.
///
/// Which files exist follows from the templates: each one under `service/common/` and `service/<framework>/` (which
/// wins when both have the same path) yields one file at the same path, with the folder names `API`, `App` and `AppTests` replaced by the service's module
/// names (and the file names `API.swift`, `AppTests.swift` likewise), under `services/<service-name>/`.
public struct ServicePlanner: Sendable {
    /// The scaffold's options.
    public var options: ScaffoldOptions

    /// The port every service listens on inside its container.
    public static let port = 8080

    /// Creates a planner.
    public init(options: ScaffoldOptions = ScaffoldOptions()) {
        self.options = options
    }

    /// Names no service may take: the package identities of the chassis (`chassis/`) and of the root package that
    /// builds every service (`services/Package.swift`); SwiftPM refuses two packages with one identity.
    static let reservedNames: Set<String> = ["chassis", "services"]

    /// DNS-safe service names of every context of `decomposition`, unique, given in the decomposition's order; a
    /// reserved name gets a suffix like a taken one (`chassis-2`).
    public static func serviceNames(of decomposition: Decomposition) -> [String: String] {
        var used = UniqueNames(reserved: reservedNames)
        var names: [String: String] = [:]
        for context in decomposition.contexts where names[context.name] == nil {
            let base = NameSanitizer.serviceName(context.name)
            names[context.name] = used.claim { number in
                // A DNS label holds 63 characters: the number takes its room from the name.
                number == 1 ? base : String(base.prefix(63 - "-\(number)".count)) + "-\(number)"
            }
        }
        return names
    }

    /// The executable (and package name) of the service named `serviceName`: `order-service`.
    static func executableName(of serviceName: String) -> String {
        serviceName + "-service"
    }

    /// The files of `context`'s service, named `serviceName` (one of `serviceNames(of:)`, worked out once for the
    /// whole scaffold): one per template among `templateNames` under `service/common/` or `service/<framework>/`
    /// (the framework's wins on the same path), in `services/<serviceName>/`.
    public func plan(
        model: DomainModel, context: BoundedContext, serviceName: String, contracts: EventContracts,
        templateNames: [String]
    ) -> [PlannedFile] {
        let data = data(model: model, context: context, serviceName: serviceName, contracts: contracts)
        let (app, api, tests) = Self.modules(of: context)
        let folder = "services/" + serviceName
        var chosen: [Substring: String] = [:]
        for prefix in ["service/common/", "service/\(options.framework.rawValue)/"] {
            for template in templateNames.sorted() where template.hasPrefix(prefix) && template.hasSuffix(".mustache") {
                chosen[template.dropFirst(prefix.count).dropLast(".mustache".count)] = template
            }
        }
        return chosen.sorted { $0.key < $1.key }.map { relative, template in
            var components = relative.split(separator: "/").map(String.init)
            for index in components.indices {
                let isLast = index == components.count - 1
                let replacements: [String: String] =
                    isLast
                    ? ["API.swift": api + ".swift", "AppTests.swift": app + "Tests.swift"]
                    : ["API": api, "App": app, "AppTests": tests]
                let replaced = replacements[components[index]] ?? components[index]
                components[index] = NameSanitizer.fileName(replaced)
            }
            return PlannedFile(
                path: folder + "/" + components.joined(separator: "/"), template: template, data: data,
                executable: relative.hasSuffix(".sh"))
        }.sorted { $0.path < $1.path }
    }

    /// The template data of `context`'s service, named `serviceName`, its events as `contracts` settle them between
    /// the services (keys documented in the TemplateData article).
    public func data(
        model: DomainModel, context: BoundedContext, serviceName: String, contracts: EventContracts
    ) -> MustacheValue {
        let blueprint = ServiceBlueprint(model: model, context: context, contracts: contracts)
        let openAPI = YAMLEmitter().emit(OpenAPIBuilder().document(blueprint, contracts: contracts))
        let schema = StorageSchema(blueprint)
        let components = Dictionary(
            blueprint.components.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let resources = zip(blueprint.resources, schema.tables).enumerated().map { index, pair in
            resourceData(
                pair.0, table: pair.1, components: components, isFirst: index == 0, resources: blueprint.resources
            ) { operation, resource in
                publicationData(
                    operation, of: resource, blueprint: blueprint, contracts: contracts, serviceName: serviceName)
            }
        }
        let (appModule, apiModule, testModule) = Self.modules(of: context)
        let traffic = AsyncAPIBuilder.Traffic(model: model, context: context)
        let events = { (useCasesOf: [String: [String]]) -> [MustacheValue] in
            traffic.events.compactMap { event in
                useCasesOf[event].map { useCases in
                    .object([
                        "nameMarkdown": .string(MarkdownText.plain(event)),
                        "useCasesMarkdown": .string(MarkdownText.plain(Phrase.list(useCases))),
                    ])
                }
            }
        }
        let commandWithOthers = commandWithOthersData(blueprint)
        let queryWithIncludes = queryWithIncludesData(blueprint)
        let reactionTest = reactionTestData(blueprint, contracts: contracts)
        return .object(
            eventData(blueprint, contracts: contracts, reactionTest: reactionTest).merging(
                [
                    "folder": .string("services/" + serviceName),
                    "contextName": .string(MarkdownText.plain(context.name)),
                    "contextNameComment": .string(MarkdownText.comment(context.name)),
                    "typeName": .string(blueprint.typeName),
                    "appModule": .string(appModule),
                    "apiModule": .string(apiModule),
                    "testModule": .string(testModule),
                    "packageName": .string(Self.executableName(of: serviceName)),
                    "executableName": .string(Self.executableName(of: serviceName)),
                    "serviceName": .string(serviceName),
                    "databaseName": .string(Self.databaseName(of: serviceName)),
                    "resourceBundle": .string(Self.executableName(of: serviceName) + "_" + appModule + ".resources"),
                    "createTablesSQL": .string(
                        StorageSQL().createTables(schema, title: "Migration 1 of the " + blueprint.title)),
                    "port": .number(String(Self.port)),
                    "frameworkTitle": .string(options.framework.title),
                    "firstBuildTime": .string(options.framework.firstBuildTime),
                    "title": .string(blueprint.title),
                    "summary": .string(MarkdownText.plain(blueprint.summary)),
                    "docLines": .strings(blueprint.docs),
                    "entities": .strings(context.entities.sorted()),
                    "openapi": .string(openAPI),
                    "asyncapi": .string(
                        AsyncAPIBuilder().build(
                            model: model, context: context, serviceName: serviceName, contracts: contracts)),
                    "hasEvents": .bool(!traffic.events.isEmpty),
                    "publishedEvents": .list(events(traffic.publishers)),
                    "handledEvents": .list(events(traffic.handlers)),
                    "hasResources": .bool(!resources.isEmpty),
                    "resources": .list(resources),
                    "firstResource": .list(Array(resources.prefix(1))),
                    "commandWithOthers": .list(commandWithOthers.map { [$0] } ?? []),
                    "queryWithIncludes": .list(queryWithIncludes.map { [$0] } ?? []),
                    "hasResourceHelpers": .bool(
                        commandWithOthers != nil || queryWithIncludes != nil
                            || reactionTest != nil),
                ], uniquingKeysWith: { _, planned in planned }))
    }

    /// The first command of the service that writes other resources too, for the generated tests: where to send it,
    /// and its body as a Swift expression (the ids of the existing resources it names are variables, `shipmentID`).
    private func commandWithOthersData(_ blueprint: ServiceBlueprint) -> MustacheValue? {
        let found = blueprint.resources.lazy.flatMap { resource in
            resource.operations.lazy.filter { !$0.others.isEmpty }.map { (resource, $0) }
        }.first
        guard let (resource, operation) = found else { return nil }
        func sample(_ properties: [ServiceBlueprint.Property]) -> [String] {
            properties.filter(\.isRequired).map { "\"\($0.name)\":\($0.sample)" }
        }
        var pieces: [String] = []
        var others: [MustacheValue] = []
        var text =
            "{" + sample(resource.properties.filter { operation.writes.contains($0.name) }).map { $0 + "," }.joined()
        for other in operation.others {
            guard let target = blueprint.resources.first(where: { $0.name == other.resource }) else { continue }
            let variable = Self.variable(for: target.name)
            if other.creates {
                text += "\"\(other.property)\":{" + sample(target.properties).joined(separator: ",") + "},"
            } else {
                text += "\"\(other.property)\":{\"id\":\""
                pieces.append(SwiftLiteral.string(text))
                pieces.append(variable + "ID")
                text =
                    "\"" + sample(target.properties.filter { other.writes.contains($0.name) }).map { "," + $0 }.joined()
                    + "},"
            }
            others.append(
                .object([
                    "creates": .bool(other.creates), "changes": .bool(!other.creates),
                    "variable": .string(variable), "nameComment": .string(MarkdownText.comment(target.name)),
                    "collectionPath": .string("/" + target.plural),
                    "sampleJSONLiteral": .string(
                        SwiftLiteral.string("{" + sample(target.properties).joined(separator: ",") + "}")),
                ]))
        }
        pieces.append(SwiftLiteral.string(String(text.dropLast()) + "}"))
        return .object([
            "isCreation": .bool(operation.isCreation), "isChange": .bool(!operation.isCreation),
            "changesOthers": .bool(operation.others.contains { !$0.creates }),
            "collectionPath": .string("/" + resource.plural), "path": .string(operation.path),
            "pathSuffix": .string(String(operation.path.split(separator: "/").last ?? "")),
            "sampleJSONLiteral": .string(
                SwiftLiteral.string("{" + sample(resource.properties).joined(separator: ",") + "}")),
            "nameComment": .string(MarkdownText.comment(resource.name)),
            "operationName": .string(MarkdownText.comment(operation.name)),
            "bodyExpression": .string(pieces.joined(separator: " + ")),
            "others": .list(others),
        ])
    }

    /// The data of one resource; `publications` gives the events each of its commands publishes.
    private func resourceData(
        _ resource: ServiceBlueprint.Resource, table: StorageSchema.Table,
        components: [String: ServiceBlueprint.Component], isFirst: Bool, resources: [ServiceBlueprint.Resource],
        publications: (ServiceBlueprint.Operation, ServiceBlueprint.Resource) -> [MustacheValue]
    ) -> MustacheValue {
        func operation(_ verb: String) -> MustacheValue {
            let id = resource.crudIds[verb, default: verb]
            return .object([
                "operationId": .string(id), "swiftName": .string(id),
                "typeName": .string(NameSanitizer.capitalized(id)),
            ])
        }
        let required = resource.properties.filter(\.isRequired).map {
            "\"\($0.name)\":\($0.sample)"
        }
        let sample = "{" + required.joined(separator: ",") + "}"
        return .object([
            "isFirst": .bool(isFirst),
            "name": .string(resource.name),
            "nameComment": .string(MarkdownText.comment(resource.name)),
            "nameLiteral": .string(SwiftLiteral.string(resource.name)),
            "nameMarkdown": .string(MarkdownText.plain(resource.name)),
            "schemaName": .string(resource.schemaName),
            "inputSchemaName": .string(resource.schemaName + "Input"),
            "pageSchemaName": .string(resource.schemaName + "Page"),
            "plural": .string(resource.plural),
            "path": .string("/" + resource.plural),
            "collectionPath": .string("/" + resource.plural),
            "itemPath": .string("/\(resource.plural)/{id}"),
            "variable": .string(Self.variable(for: resource.name)),
            "doc": .string(resource.doc),
            "list": operation("list"), "create": operation("create"), "get": operation("get"),
            "update": operation("update"), "delete": operation("delete"),
            "fields": .list(resource.properties.map(fieldData)),
            "operations": .list(
                resource.operations.map {
                    operationData(
                        $0, of: resource, resources: resources, components: components,
                        publications: publications($0, resource))
                }
            ),
            "inputRules": .strings(FieldRules.expressions(for: resource.properties, components: components)),
            "firstChange": .list(
                resource.operations.first { $0.isCommand && !$0.isCreation && $0.bodySchema != nil }.map {
                    [changeData($0, of: resource)]
                } ?? []),
            "sampleJSON": .string(sample),
            "sampleJSONLiteral": .string(SwiftLiteral.string(sample)),
            "sampleJSONShell": .string("'" + sample.replacingOccurrences(of: "'", with: "'\\''") + "'"),
            "storage": storageData(table),
        ])
    }

    /// The first changing command of a resource with a body, for the generated tests: its path below an item and a
    /// body with the fields it writes (the required ones, as the create sample has them).
    private func changeData(_ operation: ServiceBlueprint.Operation, of resource: ServiceBlueprint.Resource)
        -> MustacheValue
    {
        let written = resource.properties.filter { operation.writes.contains($0.name) && $0.isRequired }
        let body = "{" + written.map { "\"\($0.name)\":\($0.sample)" }.joined(separator: ",") + "}"
        return .object([
            "pathSuffix": .string(String(operation.path.split(separator: "/").last ?? "")),
            "bodyLiteral": .string(SwiftLiteral.string(body)),
        ])
    }

    /// The table of one resource and its statements as Swift literals, indented for `Storage+Tables.swift`.
    private func storageData(_ table: StorageSchema.Table) -> MustacheValue {
        let statements = StorageSQL().statements(for: table)
        func literal(_ sql: String) -> MustacheValue {
            .string(SwiftLiteral.multiline(sql, indentation: Self.statementIndentation))
        }
        return .object([
            "table": .string(table.name),
            "hasChildren": .bool(!table.children.isEmpty),
            "find": literal(statements.find), "version": literal(statements.version), "list": literal(statements.list),
            "count": literal(statements.count),
            "insert": literal(statements.insert), "insertChildren": .list(statements.insertChildren.map(literal)),
            "update": literal(statements.update), "deleteChildren": .list(statements.deleteChildren.map(literal)),
            "delete": literal(statements.delete),
        ])
    }

    /// How far `Storage+Tables.swift` indents the SQL literals.
    static let statementIndentation = 12

    /// The name of a service's database and its role: the service name with `_` for `-` (`price_list`).
    static func databaseName(of serviceName: String) -> String {
        String(serviceName.map { $0 == "-" ? "_" : $0 })
    }

    private func fieldData(_ property: ServiceBlueprint.Property) -> MustacheValue {
        var pairs: [String: MustacheValue] = [
            "name": .string(property.name),
            "swiftName": .string(NameSanitizer.generatedMemberName(property.name)),
            "required": .bool(property.isRequired),
            "isList": .bool(property.isList),
            "schemaType": .string(property.schemaType),
        ]
        if let format = property.format { pairs["format"] = .string(format) }
        if let enumName = property.enumName { pairs["enumName"] = .string(enumName) }
        if let doc = property.doc { pairs["doc"] = .string(doc) }
        return .object(pairs)
    }

    private func operationData(
        _ operation: ServiceBlueprint.Operation, of resource: ServiceBlueprint.Resource,
        resources: [ServiceBlueprint.Resource], components: [String: ServiceBlueprint.Component],
        publications: [MustacheValue]
    ) -> MustacheValue {
        let written = resource.properties.filter { operation.writes.contains($0.name) }
        let others = operation.others.compactMap { other in
            resources.first { $0.name == other.resource }.map { (other, $0) }
        }
        var bodyRules = FieldRules.expressions(
            for: operation.isCreation ? resource.properties : written, components: components)
        for (other, target) in others {
            let properties = target.properties.filter { other.creates || other.writes.contains($0.name) }
            if !other.creates { bodyRules.append(FieldRules.expression(path: [other.property, "id"], format: "uuid")) }
            bodyRules += FieldRules.expressions(for: properties, components: components, prefix: [other.property])
        }
        return .object([
            "publishes": .bool(!publications.isEmpty),
            "publications": .list(publications),
            "bodyRules": .strings(bodyRules),
            "isCreation": .bool(operation.isCreation),
            "isChange": .bool(operation.isCommand && !operation.isCreation),
            "hasBody": .bool(operation.bodySchema != nil),
            "writes": .list(
                written.map { .object(["swiftName": .string(NameSanitizer.generatedMemberName($0.name))]) }),
            "hasOthers": .bool(!others.isEmpty),
            "changesOthers": .bool(others.contains { !$0.0.creates }),
            "others": .list(others.map { otherData($0.0, target: $0.1) }),
            "bodyVariable": .string(operation.isCreation ? "fields.value2" : "changes"),
            "hasIncludes": .bool(!operation.includes.isEmpty),
            "includes": .list(operation.includes.compactMap { includeData($0, of: resource, resources: resources) }),
            "writesElsewhere": .string(MarkdownText.plain(operation.writesElsewhere.joined(separator: ", "))),
            "hasWritesElsewhere": .bool(!operation.writesElsewhere.isEmpty),
            "readsElsewhere": .string(MarkdownText.plain(operation.readsElsewhere.joined(separator: ", "))),
            "hasReadsElsewhere": .bool(!operation.readsElsewhere.isEmpty),
            "writesOtherResources": .string(
                MarkdownText.plain(operation.writesOtherResources.joined(separator: ", "))),
            "hasWritesOtherResources": .bool(!operation.writesOtherResources.isEmpty),
            "name": .string(operation.name),
            "nameMarkdown": .string(MarkdownText.plain(operation.name)),
            "operationId": .string(operation.operationId),
            "swiftName": .string(operation.operationId),
            "typeName": .string(NameSanitizer.capitalized(operation.operationId)),
            "isCommand": .bool(operation.isCommand),
            "isQuery": .bool(!operation.isCommand),
            "method": .string(operation.isCommand ? "post" : "get"),
            "status": .string(operation.isCreation ? "201" : operation.isCommand ? "202" : "200"),
            "path": .string(operation.path),
            "doc": .string(operation.doc),
            "docLines": .strings(
                operation.doc.split(separator: "\n", omittingEmptySubsequences: false).map {
                    MarkdownText.comment(String($0))
                }),
        ])
    }

    /// The first query of the service that returns other resources beside its page, for the generated tests: the
    /// resource it references (created first) and a body of its own resource that references it (`brandID`).
    private func queryWithIncludesData(_ blueprint: ServiceBlueprint) -> MustacheValue? {
        let found = blueprint.resources.lazy.flatMap { resource in
            resource.operations.lazy.compactMap { operation in
                operation.includes.first.map { (resource, operation, $0) }
            }
        }.first
        guard let (resource, operation, include) = found,
            let target = blueprint.resources.first(where: { $0.name == include.resource }),
            let via = resource.properties.first(where: { include.via.contains($0.name) })
        else { return nil }
        let variable = Self.variable(for: target.name) + "ID"
        let others = resource.properties.filter { $0.isRequired && $0.name != via.name }.map {
            "\"\($0.name)\":\($0.sample),"
        }
        let open = "{" + others.joined() + "\"\(via.name)\":" + (via.isList ? "[\"" : "\"")
        let close = (via.isList ? "\"]" : "\"") + "}"
        let targetSample =
            "{"
            + target.properties.filter(\.isRequired).map { "\"\($0.name)\":\($0.sample)" }
            .joined(separator: ",") + "}"
        return .object([
            "operationName": .string(MarkdownText.comment(operation.name)),
            "path": .string(operation.path),
            "collectionPath": .string("/" + resource.plural),
            "targetCollectionPath": .string("/" + target.plural),
            "targetSampleJSONLiteral": .string(SwiftLiteral.string(targetSample)),
            "targetNameComment": .string(MarkdownText.comment(target.name)),
            "idVariable": .string(variable),
            "bodyExpression": .string(
                SwiftLiteral.string(open) + " + " + variable + " + " + SwiftLiteral.string(close)),
            "property": .string(include.property),
            "propertyLiteral": .string(SwiftLiteral.string(include.property)),
        ])
    }

    /// Another resource a query returns beside its page: its repository, the answer's property, and the Swift
    /// expression of the ids one page `item` references.
    private func includeData(
        _ include: ServiceBlueprint.QueryInclude, of resource: ServiceBlueprint.Resource,
        resources: [ServiceBlueprint.Resource]
    ) -> MustacheValue? {
        guard let target = resources.first(where: { $0.name == include.resource }) else { return nil }
        let ids = resource.properties.filter { include.via.contains($0.name) }.map { property in
            let value = "item.value1." + NameSanitizer.generatedMemberName(property.name)
            switch (property.isList, property.isRequired) {
            case (false, true): return "[\(value)]"
            case (false, false): return "(\(value).map { [$0] } ?? [])"
            case (true, true): return value
            case (true, false): return "(\(value) ?? [])"
            }
        }
        return .object([
            "variable": .string(Self.variable(for: target.name)),
            "nameMarkdown": .string(MarkdownText.plain(target.name)),
            "property": .string(include.property),
            "swiftProperty": .string(NameSanitizer.generatedMemberName(include.property)),
            "ids": .string(ids.joined(separator: " + ")),
        ])
    }

    /// Another resource a command writes in the same change set: its repository, and what of it the body holds.
    private func otherData(_ other: ServiceBlueprint.OtherWrite, target: ServiceBlueprint.Resource) -> MustacheValue {
        .object([
            "variable": .string(Self.variable(for: target.name)),
            "schemaName": .string(target.schemaName),
            "nameLiteral": .string(SwiftLiteral.string(target.name)),
            "nameMarkdown": .string(MarkdownText.plain(target.name)),
            "nameWithArticleMarkdown": .string(MarkdownText.plain(Phrase.withArticle(target.name))),
            "property": .string(other.property),
            "swiftProperty": .string(NameSanitizer.generatedMemberName(other.property)),
            "creates": .bool(other.creates),
            "changes": .bool(!other.creates),
            "writesMarkdown": .string(MarkdownText.plain(other.writes.joined(separator: ", "))),
            "writes": .list(
                other.writes.map { .object(["swiftName": .string(NameSanitizer.generatedMemberName($0))]) }),
        ])
    }

    /// Local names the handler templates use themselves, which a resource's variable must not shadow.
    static let handlerLocals: Set<String> = [
        "input", "id", "fields", "page", "paging", "problem", "changes", "changeSet", "stored", "versions", "failure",
        "expected", "event", "payload", "each",
    ]

    /// The Swift variable name of one resource in handler code.
    static func variable(for resource: String) -> String {
        let name = NameSanitizer.identifier(resource, fallback: "item")
        return handlerLocals.contains(name) || name.hasPrefix("`")
            ? NameSanitizer.memberName(resource) + "Resource" : name
    }

    /// The executable, API library and test module names of `context`'s service.
    static func modules(of context: BoundedContext) -> (app: String, api: String, tests: String) {
        let typeName = NameSanitizer.typeName(context.name, fallback: "Service")
        return (typeName + "Service", typeName + "API", typeName + "ServiceTests")
    }
}
