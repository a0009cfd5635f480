/// Writes a model and its decomposition as JHipster JDL: a gateway and one microservice `application` per
/// suggested bounded context, the enums and entities with their JDL types, validations and javadoc, the
/// relationships inside each application, `microservice … with …` options and the deployments.
///
/// References that cross applications become id fields (`customerId Long`), the way JDL microservice models link
/// services, since a JHipster relationship cannot cross applications. `JDLReader` reads the output back with the same
/// entities and links, and pins every entity to its application, so analysing the written file gives the same contexts.
/// What JDL cannot carry (inheritance, value objects, lists of scalars, aggregates, owners, characteristics, events,
/// use cases, zones, keep-apart/together hints) is left out or written as `TextBlob`; the WritingOtherTools article
/// lists it. Names JDL cannot spell (`Sales order`, `with`, `class`, an entity called `String`) are renamed first
/// (`JDLNaming`) and the renames listed in the header comment. Output is deterministic and ends with a newline.
public struct JDLWriter: Sendable {
    public init() {}

    /// The JDL text of `model` split as `decomposition` says.
    public func write(model original: DomainModel, decomposition originalDecomposition: Decomposition) -> String {
        let naming = JDLNaming(model: original, decomposition: originalDecomposition)
        let (model, decomposition) = (naming.model, naming.decomposition)
        let applications = JDLApplication.plan(model: model, decomposition: decomposition)
        var applicationOf: [String: String] = [:]
        for application in applications.dropFirst() {
            for entity in application.entities where applicationOf[entity] == nil {
                applicationOf[entity] = application.baseName
            }
        }
        let mapping = JDLEntityMapping(model: model, applicationOf: applicationOf)
        var chunks = [header(original, applications: applications, renames: naming.renames)]
        chunks += applications.map(text(of:))
        chunks += model.enums.map(text(of:))
        var relationships: [JDLRelationship] = []
        for entity in model.entities {
            let mapped = mapping.map(entity)
            relationships += mapped.relationships
            let body = mapped.attributes.isEmpty ? "{}" : "{\n" + mapped.attributes.joined(separator: "\n") + "\n}"
            chunks.append(JDLSyntax.javadoc(entity.doc) + "entity \(entity.name) \(body)")
        }
        chunks += Self.blocks(relationships)
        let options = microserviceOptions(applications.dropFirst())
        if !options.isEmpty { chunks.append(options.joined(separator: "\n")) }
        chunks += JDLDeployments.merged(model.deployments, applications: applications.map(\.baseName)).map(
            JDLDeployments.text(of:))
        return chunks.joined(separator: "\n\n") + "\n"
    }

    private func header(_ model: DomainModel, applications: [JDLApplication], renames: [Rename]) -> String {
        let services = applications.count - 1
        let system = model.system.name.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : String($0) }.joined()
        var header = """
            // \(system) as JHipster JDL, written by decompose: a gateway and \(services) \
            microservice\(services == 1 ? "" : "s"), one per bounded context.
            // References between services are id fields (customerId): a JHipster relationship cannot cross applications.
            """
        if !renames.isEmpty {
            header +=
                "\n// Renamed: JDL names are ASCII words, no Java keyword, no word that ends a list (with, all, ...):"
            for rename in renames { header += "\n" + rename.commentLine }
        }
        return header
    }

    private func text(of application: JDLApplication) -> String {
        let config =
            [
                ("baseName", application.baseName),
                ("applicationType", application.applicationType),
                ("packageName", application.packageName), ("serverPort", String(application.serverPort)),
            ] + application.settings
        let entities =
            application.applicationType == "gateway"
            ? "*" : application.entities.joined(separator: ", ")
        return "application {\n  config {\n" + config.map { "    \($0.0) \($0.1)" }.joined(separator: "\n")
            + "\n  }\n  entities \(entities)\n}"
    }

    private func text(of enumeration: EnumType) -> String {
        let cases = enumeration.cases.map { "  " + $0 }.joined(separator: ",\n")
        return JDLSyntax.javadoc(enumeration.doc) + "enum \(enumeration.name) "
            + (cases.isEmpty ? "{}" : "{\n" + cases + "\n}")
    }

    /// Consecutive relationships of one kind share a block, so every entity's relationship fields read back
    /// in their order.
    private static func blocks(_ relationships: [JDLRelationship]) -> [String] {
        var runs: [[JDLRelationship]] = []
        var runKind: String?
        for relationship in relationships {
            // The kind is compared on its own, not through `runs.last`: a copy of the last run alive while
            // appending to it would copy the run each time, quadratic in its length.
            if relationship.kind == runKind {
                runs[runs.count - 1].append(relationship)
            } else {
                runs.append([relationship])
                runKind = relationship.kind
            }
        }
        return runs.map { run in
            "relationship \(run[0].kind) {\n" + run.map(\.text).joined(separator: ",\n") + "\n}"
        }
    }

    /// `microservice A, B with app` for every service with entities.
    private func microserviceOptions(_ services: ArraySlice<JDLApplication>) -> [String] {
        services.filter { !$0.entities.isEmpty }.map { service in
            "microservice \(service.entities.joined(separator: ", ")) with \(service.baseName)"
        }
    }
}
