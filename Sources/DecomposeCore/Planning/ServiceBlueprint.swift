/// What one bounded context's service exposes, worked out once from the model and shared by the OpenAPI builder
/// and the service planner so that the contract and the code always agree.
struct ServiceBlueprint: Sendable, Hashable {
    /// One property of a resource or component schema.
    struct Property: Sendable, Hashable {
        /// The JSON property name (lowerCamelCase, also the generated Swift name).
        var name: String
        /// The schema of one value (for lists: of one element).
        var schema: YAMLNode
        /// The example JSON text of one value (for lists: of the whole list).
        var sample: String
        var isList: Bool
        var isRequired: Bool
        var doc: String?
        var schemaType: String
        var format: String?
        var enumName: String?
        /// The component schema one value refers to: an enum, a value object or a composed entity.
        var component: String? = nil
        /// One value is an entity composed into the aggregate (it lives and dies with its owner).
        var isComposition = false
        /// Marked `unique` in the model.
        var isUnique = false
    }

    /// A component schema (value object, enum, or an entity composed into an aggregate).
    struct Component: Sendable, Hashable {
        var name: String
        var doc: String?
        var properties: [Property]
        var enumCases: [String]?
    }

    /// A use case exposed as an operation of its owning resource.
    struct Operation: Sendable, Hashable {
        var name: String
        var operationId: String
        var isCommand: Bool
        var path: String
        var doc: String
    }

    /// An aggregate root exposed as a REST resource.
    struct Resource: Sendable, Hashable {
        var name: String
        var schemaName: String
        var plural: String
        var doc: String
        var properties: [Property]
        var operations: [Operation]
        var crudIds: [String: String]
    }

    var context: BoundedContext
    var typeName: String
    var title: String
    var summary: String
    var resources: [Resource]
    var components: [Component]
    var docs: [String]

    /// Works out the service of `context` (a context of `decomposition`) from the resolved `model`.
    init(model: DomainModel, decomposition: Decomposition, context: BoundedContext) {
        self.context = context
        typeName = NameSanitizer.typeName(context.name, fallback: "Service")
        title = "\(typeName) service"
        let owned = Set(context.entities)
        summary = "Owns " + context.entities.sorted().joined(separator: ", ") + "."
        var rootOf: [String: String] = [:]
        for aggregate in model.aggregates.sorted(by: { $0.name < $1.name }) {
            for member in aggregate.members where rootOf[member] == nil { rootOf[member] = aggregate.root }
        }
        let rootNames = Set(owned.map { rootOf[$0] ?? $0 }.filter(owned.contains))
        var collector = SchemaCollector(model: model)
        var usedIds: Set<String> = ["getHealth"]
        var usedPlurals: Set<String> = ["health"]
        var resources: [Resource] = []
        for rootName in rootNames.sorted() {
            guard let entity = model.entity(named: rootName) else { continue }
            let schemaName = collector.componentName(for: rootName)
            var plural = NameSanitizer.pluralPathSegment(rootName)
            while usedPlurals.contains(plural) { plural += "-items" }
            usedPlurals.insert(plural)
            let pluralType = NameSanitizer.typeName(plural)
            var crudIds: [String: String] = [:]
            for (verb, noun) in [
                ("list", pluralType), ("create", schemaName), ("get", schemaName), ("update", schemaName),
                ("delete", schemaName),
            ] {
                crudIds[verb] = Self.unique(verb + noun, in: &usedIds)
            }
            resources.append(
                Resource(
                    name: rootName, schemaName: schemaName, plural: plural,
                    doc: entity.doc ?? model.aggregates.first { $0.root == rootName && $0.doc != nil }?.doc
                        ?? "\(rootName) resources.",
                    properties: collector.properties(of: entity, excludingIdentity: true),
                    operations: [], crudIds: crudIds))
        }
        let useCases = model.useCases.filter { context.useCases.contains($0.name) }.sorted { $0.name < $1.name }
        var usedPaths: Set<String> = []
        for useCase in useCases where !resources.isEmpty {
            let touched = (useCase.writes + useCase.reads).map { rootOf[$0.entity] ?? $0.entity }
            let index = touched.lazy.compactMap { name in resources.firstIndex { $0.name == name } }.first ?? 0
            let isCommand = useCase.kind == .command || (useCase.kind == .usecase && !useCase.writes.isEmpty)
            let kebab = NameSanitizer.kebabCase(useCase.name, fallback: "operation")
            var path =
                isCommand
                ? "/\(resources[index].plural)/{id}/\(kebab)" : "/\(resources[index].plural)/queries/\(kebab)"
            while usedPaths.contains(path) { path += "-2" }
            usedPaths.insert(path)
            let operationId = Self.unique(NameSanitizer.memberName(useCase.name, fallback: "operation"), in: &usedIds)
            let doc = useCase.doc ?? "\(isCommand ? "Command" : "Query") \(useCase.name)."
            resources[index].operations.append(
                Operation(name: useCase.name, operationId: operationId, isCommand: isCommand, path: path, doc: doc))
        }
        self.resources = resources
        components = collector.components()
        docs = resources.compactMap { resource in
            model.entity(named: resource.name)?.doc ?? model.aggregates.first { $0.root == resource.name }?.doc
        }
    }

    /// `candidate`, or `candidate` with a numeric suffix, not yet in `used`; records the result.
    static func unique(_ candidate: String, in used: inout Set<String>) -> String {
        var result = candidate
        var counter = 2
        while used.contains(result) {
            result = candidate + String(counter)
            counter += 1
        }
        used.insert(result)
        return result
    }
}
