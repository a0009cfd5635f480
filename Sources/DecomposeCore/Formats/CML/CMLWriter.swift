/// Writes a model and its decomposition as Context Mapper CML.
///
/// One `BoundedContext` (type FEATURE) per suggested context, with its rationale as the domain vision
/// statement and its use cases as responsibilities, holding one `Aggregate` per model aggregate (a lone
/// entity gets an aggregate of its own) with the owner as a TEAM context, the six non-functional
/// attributes and the security zone; the entities, value objects, enums and events inside in Context
/// Mapper's tactic syntax. A `ContextMap` lists the contexts and the suggested relationships, each under a
/// comment with its reasons. Teams become TEAM contexts, the system a `Domain`, use cases `UseCase`s with
/// `read`/`update` interactions, and the events they emit and handle an application-layer `Flow`. Names
/// are made valid, unique CML identifiers (listed in the header comment when they change); keywords are
/// escaped `^name`.
///
/// `CMLReader` reads the output back to the same entities, fields, references, aggregates and use cases,
/// with the contexts as pins. An entity's storage kind and an aggregate decompose inferred are written as
/// entity hints (`hint = "decompose:inferred,storage=relational"`). What CML cannot carry is lost:
/// keep-apart and keep-together groups, the original pins, use-case kinds and latency criticality, docs of
/// teams, the system and use cases, and entity owners or characteristics that differ from their aggregate's.
public struct CMLWriter: Sendable {
    public init() {}

    /// The CML text of `model` split as `decomposition` says.
    public func write(model: DomainModel, decomposition: Decomposition) -> String {
        let layout = CMLLayout(model: model, decomposition: decomposition)
        let naming = CMLNaming(model: model, decomposition: decomposition, layout: layout)
        var lines = [
            "// \(CMLText.commentLine(decomposition.system)): \(decomposition.contexts.count) bounded context(s) suggested by decompose"
        ]
        let renames = naming.renames(of: model)
        if !renames.isEmpty {
            lines.append("// Renamed: CML names are ASCII identifiers, unique in their namespace:")
            lines += renames.map(\.commentLine)
        }
        lines += contextMap(decomposition, naming: naming)
        let objects = CMLObjectWriter(model: model, naming: naming)
        let flows = CMLFlows(model: model, decomposition: decomposition, naming: naming)
        for (index, (context, blocks)) in zip(decomposition.contexts, layout.blocks).enumerated() {
            lines.append("")
            lines += boundedContext(
                context, application: flows.application(ofContextAt: index), blocks: blocks, objects: objects,
                naming: naming)
        }
        for team in model.teams {
            lines.append("")
            lines += (team.doc.map { $0.split(whereSeparator: \.isNewline).map { "// \($0)" } } ?? [])
            lines.append("BoundedContext \(naming.teams[team.name]) {")
            lines.append("  type = TEAM")
            lines.append("}")
        }
        lines.append("")
        lines += domain(model.system)
        for useCase in model.useCases {
            lines.append("")
            lines += self.useCase(useCase, naming: naming)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func contextMap(_ decomposition: Decomposition, naming: CMLNaming) -> [String] {
        var lines = [
            "",
            "ContextMap \(CMLNameTable.escaped(CMLNameTable.sanitized(decomposition.system + "Map"))) {",
            "  type = SYSTEM_LANDSCAPE", "  state = TO_BE",
        ]
        if !decomposition.contexts.isEmpty {
            lines.append(
                "  contains " + decomposition.contexts.map { naming.contexts[$0.name] }.joined(separator: ", "))
        }
        for relationship in decomposition.relationships {
            lines.append("")
            let reasons = relationship.reasons.map(CMLText.commentLine).joined(separator: "; ")
            lines.append("  // \(relationship.pattern.title)" + (reasons.isEmpty ? "" : ": \(reasons)"))
            lines.append(
                "  \(naming.contexts[relationship.upstream]) "
                    + "\(CMLRelationshipNotation.connector(for: relationship.pattern)) "
                    + naming.contexts[relationship.downstream])
        }
        lines.append("}")
        return lines
    }

    private func boundedContext(
        _ context: BoundedContext, application: [String], blocks: [CMLAggregateBlock], objects: CMLObjectWriter,
        naming: CMLNaming
    ) -> [String] {
        var lines = ["BoundedContext \(naming.contexts[context.name]) {", "  type = FEATURE"]
        if !context.rationale.isEmpty {
            lines.append("  domainVisionStatement = \(CMLText.quoted(context.rationale.joined(separator: "; ")))")
        }
        if !context.useCases.isEmpty {
            lines.append("  responsibilities = " + context.useCases.map(CMLText.quoted).joined(separator: ", "))
        }
        lines += application.map { $0.isEmpty ? "" : "  " + $0 }
        for block in blocks {
            lines.append("")
            lines += objects.aggregate(block).map { "  " + $0 }
        }
        lines.append("}")
        return lines
    }

    private func domain(_ system: SystemInfo) -> [String] {
        var lines = system.doc.map { $0.split(whereSeparator: \.isNewline).map { "// \($0)" } } ?? []
        lines.append("Domain \(CMLNameTable.escaped(CMLNameTable.sanitized(system.name))) {")
        if let summary = system.summary { lines.append("  domainVisionStatement = \(CMLText.quoted(summary))") }
        lines.append("}")
        return lines
    }

    private func useCase(_ useCase: UseCase, naming: CMLNaming) -> [String] {
        var lines = useCase.doc.map { $0.split(whereSeparator: \.isNewline).map { "// \($0)" } } ?? []
        lines.append("UseCase \(naming.useCases[useCase.name]) {")
        if let actor = useCase.actor { lines.append("  actor = \(CMLText.quoted(actor))") }
        let interactions =
            useCase.reads.map { interaction("read", $0, naming: naming) }
            + useCase.writes.map { interaction("update", $0, naming: naming) }
        if !interactions.isEmpty {
            lines.append("  interactions = " + interactions.joined(separator: ", "))
        }
        lines.append("}")
        return lines
    }

    /// `read "Product" with its "price"`.
    private func interaction(_ verb: String, _ access: Access, naming: CMLNaming) -> String {
        let entity = naming.types.identifier(access.entity)
        guard let field = access.field else { return "\(verb) \(CMLText.quoted(entity))" }
        return "\(verb) \(CMLText.quoted(entity)) with its "
            + CMLText.quoted(naming.plainField(field, of: access.entity))
    }
}
