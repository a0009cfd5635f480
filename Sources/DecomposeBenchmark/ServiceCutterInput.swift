import DecomposeCore

/// A resolved model as Service Cutter's input pair, in the format `ServiceCutterReader` reads (decompose has no
/// Service Cutter writer): the entity-relationship model and the user representations.
///
/// In the model, each entity lists its scalar, enum, value and id-reference fields as nanoentities; a composition
/// becomes a COMPOSITION relation, a reference by object an AGGREGATION and a parent an INHERITANCE. The user
/// representations carry the use cases (whole-entity and field-level reads and writes) and the aggregates.
struct ServiceCutterInput {
    /// The entity-relationship model file.
    let model: String
    /// The user representations file.
    let userRepresentations: String

    /// With `secondCompositionEvery` k, every k-th COMPOSITION is followed by a second one of the same entity from
    /// the entity before its owner (as hand-written models do by mistake): a `servicecutter.secondComposition`
    /// warning each, so the cost of reporting many diagnostics can be measured.
    init(_ domain: DomainModel, secondCompositionEvery: Int? = nil) {
        var entities: [JSONValue] = []
        var relations: [JSONValue] = []
        var compositions = 0
        for (position, entity) in domain.entities.enumerated() {
            var nanoentities: [String] = []
            for field in entity.fields {
                switch field.kind {
                case .composition(let target):
                    relations.append(Self.relation(entity.name, target, "COMPOSITION"))
                    compositions += 1
                    if let every = secondCompositionEvery, compositions % every == 0, position > 0,
                        domain.entities[position - 1].name != target
                    {
                        relations.append(Self.relation(domain.entities[position - 1].name, target, "COMPOSITION"))
                    }
                case .reference(let target):
                    relations.append(Self.relation(entity.name, target, "AGGREGATION"))
                case .unresolved, .scalar, .enumeration, .value, .idReference:
                    nanoentities.append(field.name)
                }
            }
            if let parent = entity.parent { relations.append(Self.relation(entity.name, parent, "INHERITANCE")) }
            entities.append(.object([("name", .string(entity.name)), ("nanoentities", .strings(nanoentities))]))
        }
        model = JSONWriter().write(
            .object([
                ("name", .string(domain.system.name)), ("entities", .array(entities)),
                ("relations", .array(relations)),
            ]))
        let useCases = domain.useCases.map { useCase in
            JSONValue.object([
                ("name", .string(useCase.name)),
                ("nanoentitiesRead", .strings(useCase.reads.map(\.description))),
                ("nanoentitiesWritten", .strings(useCase.writes.map(\.description))),
                ("isLatencyCritical", .bool(useCase.isLatencyCritical)),
            ])
        }
        let aggregates = domain.aggregates.map { aggregate in
            JSONValue.object([("name", .string(aggregate.name)), ("nanoentities", .strings(aggregate.members))])
        }
        userRepresentations = JSONWriter().write(
            .object([("useCases", .array(useCases)), ("aggregates", .array(aggregates))]))
    }

    private static func relation(_ origin: String, _ destination: String, _ type: String) -> JSONValue {
        .object([("origin", .string(origin)), ("destination", .string(destination)), ("type", .string(type))])
    }
}
