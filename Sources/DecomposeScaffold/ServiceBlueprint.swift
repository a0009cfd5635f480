import DecomposeCore

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
        /// The entity whose id (or ids) the property holds, for a reference.
        var references: String? = nil
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
        /// A command that makes a new resource (it writes the root whole and does not read it first): a `POST` on
        /// the collection, answered `201`, rather than on an item that does not exist yet.
        var isCreation = false
        var path: String
        var doc: String
        /// The resource's properties a changing command writes, in the resource's order: its request body.
        var writes: [String] = []
        /// The schema of the request body when it is not the resource's input: a change's properties and the
        /// other resources it writes, or a creation's resource with the other resources beside it.
        var bodySchema: String?
        /// The other resources of this service the command writes in the same transaction, named in its body.
        var others: [OtherWrite] = []
        /// What the use case writes in this context that no resource of the service holds: listed for the team,
        /// not written.
        var writesOtherResources: [String] = []
        /// What the use case writes in other contexts: the step that events or a saga will carry, not this
        /// operation.
        var writesElsewhere: [String] = []
        /// The other resources of the service a query returns beside its page: those the page's items reference.
        var includes: [QueryInclude] = []
        /// The schema of a query's answer when it includes other resources (else the resource's page).
        var resultSchema: String?
        /// What a query reads of other resources of this service that its resource does not reference: not
        /// returned, listed for the client.
        var readsUnreferenced: [String] = []
        /// What a query reads in other contexts: their services answer it, not this operation.
        var readsElsewhere: [String] = []
    }

    /// Another resource of the service that a query returns beside its page of resources: every one that an item
    /// of the page references.
    struct QueryInclude: Sendable, Hashable {
        /// The referenced resource's root entity.
        var resource: String
        /// The property of the answer that lists them (`brands`).
        var property: String
        /// The properties of the query's resource that hold their ids.
        var via: [String]
    }

    /// Another resource of the service that a command writes, in the same transaction as its own: a new one from a
    /// body property holding its input, or an existing one whose id and changed fields a body property holds.
    struct OtherWrite: Sendable, Hashable {
        /// The resource's root entity.
        var resource: String
        /// The body property that holds it.
        var property: String
        /// The command creates it (writes it whole without reading it) rather than changing an existing one.
        var creates: Bool
        /// The properties of an existing one the command changes, in the resource's order.
        var writes: [String]
        /// The schema of the body property: the resource's input, or its id and the changed properties.
        var schema: String
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
    /// The events the service publishes or reacts to.
    var events: [Event] = []
    /// The events its commands publish, one per command and event.
    var publications: [Publication] = []
    /// What its use cases do with the events they react to, one per use case and event.
    var reactions: [Reaction] = []

    /// Works out the service of `context` (a suggested or edited context) from the resolved `model`, with its
    /// events as `contracts` settle them between the services (as the model says without).
    init(model: DomainModel, context: BoundedContext, contracts: EventContracts? = nil) {
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
        var usedIds = UniqueNames(reserved: Set(["getHealth"]).union(OpenAPIBuilder.eventOperationIds))
        var usedPlurals: Set<String> = ["health", "events"]
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
                crudIds[verb] = usedIds.claim(verb + noun)
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
        var usedPaths = UniqueNames()
        for useCase in useCases where !resources.isEmpty {
            let touched = (useCase.writes + useCase.reads).map { rootOf[$0.entity] ?? $0.entity }
            let index = touched.lazy.compactMap { name in resources.firstIndex { $0.name == name } }.first ?? 0
            let isCommand = useCase.kind == .command || (useCase.kind == .usecase && !useCase.writes.isEmpty)
            let kebab = NameSanitizer.kebabCase(useCase.name, fallback: "operation")
            var operation = Operation(
                name: useCase.name, operationId: "", isCommand: isCommand, path: "",
                doc: useCase.doc ?? "\(isCommand ? "Command" : "Query") \(useCase.name).")
            if !isCommand {
                operation = Self.reads(
                    of: useCase, by: operation, on: index, of: resources, owned: owned, rootOf: rootOf,
                    collector: &collector)
            }
            if isCommand {
                operation = Self.writes(
                    of: useCase, by: operation, on: index, of: resources, model: model, owned: owned, rootOf: rootOf,
                    collector: &collector)
            }
            let path =
                !isCommand
                ? "/\(resources[index].plural)/queries/\(kebab)"
                : operation.isCreation
                    ? "/\(resources[index].plural)/\(kebab)" : "/\(resources[index].plural)/{id}/\(kebab)"
            // A path taken (or the collection's query listing) gets `-2`, then `-2-2`, …
            operation.path = usedPaths.claim(
                { path + String(repeating: "-2", count: $0 - 1) },
                isFree: { $0 != "/\(resources[index].plural)/queries" })
            operation.operationId = usedIds.claim(NameSanitizer.memberName(useCase.name, fallback: "operation"))
            resources[index].operations.append(operation)
        }
        self.resources = resources
        (events, publications, reactions) = Self.events(
            model: model, context: context, resources: resources, contracts: contracts, collector: &collector)
        components = collector.components()
        docs = resources.compactMap { resource in
            model.entity(named: resource.name)?.doc ?? model.aggregates.first { $0.root == resource.name }?.doc
        }
    }

    /// `operation` with what `useCase` writes sorted out: the properties of its resource (`resources[index]`) it
    /// writes, whether it creates that resource, the other resources of the service it writes beside it (named in
    /// its body), and what it writes in other contexts.
    static func writes(
        of useCase: UseCase, by operation: Operation, on index: Int, of resources: [Resource], model: DomainModel,
        owned: Set<String>, rootOf: [String: String], collector: inout SchemaCollector
    ) -> Operation {
        var operation = operation
        let resource = resources[index]
        var accessesByRoot: [String: [Access]] = [:]
        for access in useCase.writes {
            let root = rootOf[access.entity] ?? access.entity
            if !owned.contains(access.entity) {
                operation.writesElsewhere.append(access.description)
            } else if root == resource.name || resources.contains(where: { $0.name == root }) {
                accessesByRoot[root, default: []].append(access)
            } else {
                operation.writesOtherResources.append(access.description)
            }
        }
        let own = written(by: accessesByRoot[resource.name] ?? [], of: resource, model: model, useCase: useCase)
        operation.isCreation = own.whole && !own.read
        operation.writes = own.properties
        var usedProperties = UniqueNames(
            reserved: Set(operation.isCreation ? resource.properties.map(\.name) : own.properties))
        for other in resources where other.name != resource.name {
            guard let accesses = accessesByRoot[other.name] else { continue }
            let found = written(by: accesses, of: other, model: model, useCase: useCase)
            guard !found.properties.isEmpty else {
                operation.writesOtherResources += accesses.map(\.description)
                continue
            }
            let property = usedProperties.claim(NameSanitizer.memberName(other.name))
            let creates = found.whole && !found.read
            operation.others.append(
                OtherWrite(
                    resource: other.name, property: property, creates: creates,
                    writes: creates ? [] : found.properties,
                    schema: creates
                        ? other.schemaName + "Input"
                        : collector.reserveName(useCase.name + other.schemaName + "Changes")))
        }
        if operation.isCreation {
            if !operation.others.isEmpty { operation.bodySchema = collector.reserveName(useCase.name + "Input") }
        } else if !operation.writes.isEmpty || !operation.others.isEmpty {
            operation.bodySchema = collector.reserveName(useCase.name + "Changes")
        }
        return operation
    }

    /// `operation` with what the query `useCase` reads sorted out: the other resources of the service its
    /// resource references (returned beside the page), those it does not, and what it reads in other contexts.
    static func reads(
        of useCase: UseCase, by operation: Operation, on index: Int, of resources: [Resource], owned: Set<String>,
        rootOf: [String: String], collector: inout SchemaCollector
    ) -> Operation {
        var operation = operation
        let resource = resources[index]
        var usedProperties = UniqueNames(reserved: ["items", "total", "limit", "offset"])
        var included: Set<String> = [resource.name]
        for access in useCase.reads {
            let root = rootOf[access.entity] ?? access.entity
            guard owned.contains(access.entity) else {
                operation.readsElsewhere.append(access.description)
                continue
            }
            guard !included.contains(root) else { continue }
            guard let other = resources.first(where: { $0.name == root }) else { continue }
            let via = resource.properties.filter { $0.references == other.name }.map(\.name)
            guard !via.isEmpty else {
                if !operation.readsUnreferenced.contains(other.name) { operation.readsUnreferenced.append(other.name) }
                continue
            }
            included.insert(root)
            operation.includes.append(
                QueryInclude(
                    resource: other.name,
                    property: usedProperties.claim(NameSanitizer.memberName(other.plural)), via: via))
        }
        if !operation.includes.isEmpty { operation.resultSchema = collector.reserveName(useCase.name + "Result") }
        return operation
    }

    /// What `accesses` (writes of one aggregate) write of `resource`: its properties, whether the root is written
    /// whole, and whether the use case reads the root too (then it changes an existing one).
    private static func written(by accesses: [Access], of resource: Resource, model: DomainModel, useCase: UseCase)
        -> (properties: [String], whole: Bool, read: Bool)
    {
        let root = model.entity(named: resource.name)
        var written: Set<String> = []
        var whole = false
        for access in accesses {
            if access.entity == resource.name {
                guard let field = access.field else {
                    whole = true
                    continue
                }
                let name = NameSanitizer.memberName(field)
                written.formUnion(
                    resource.properties.map(\.name).filter { [name, name + "Id", name + "Ids"].contains($0) })
            } else if let holder = root?.fields.first(where: { $0.kind == .composition(target: access.entity) }) {
                written.insert(NameSanitizer.memberName(holder.name))
            } else {
                whole = true
            }
        }
        let read = useCase.reads.contains { $0.entity == resource.name }
        return (resource.properties.map(\.name).filter { whole || written.contains($0) }, whole, read)
    }
}
