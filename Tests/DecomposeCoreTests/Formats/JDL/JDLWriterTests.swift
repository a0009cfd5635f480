import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

/// The JDL writer: a golden file, round trips through `JDLReader` on every fixture, deployments through every
/// format, hostile names and determinism.
@Suite struct JDLWriterTests {
    /// Every `.domain` model under `Fixtures/` (top level and `systems/`) and every JDL file of `formats/jdl`.
    static let fixtures: [String] = {
        let root = PackagePaths.fixtures
        let domains = ["", "systems/"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".domain") }.map { folder + $0 }
        }
        let jdl =
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("formats/jdl").path))
            ?? []).filter { $0.hasSuffix(".jdl") }.map { "formats/jdl/" + $0 }
        return (domains + jdl).sorted()
    }()

    // MARK: - Helpers

    /// The resolved model of a fixture, read by extension, its declared contexts pinned when `keepingContexts`.
    private func fixture(_ relativePath: String, keepingContexts: Bool = false) throws -> DomainModel {
        let text = try String(contentsOf: PackagePaths.fixture(relativePath), encoding: .utf8)
        let (model, diagnostics) = ModelReader.read(text, path: relativePath, keepingContexts: keepingContexts)
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        return try #require(model)
    }

    private func parse(_ domain: String) throws -> DomainModel {
        let (model, diagnostics) = ModelReader.read(domain, path: "test.domain")
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        return try #require(model)
    }

    /// The written JDL read back with its applications kept as pins (`--keep-contexts`) and built, with no errors
    /// or warnings.
    private func readBack(_ jdl: String) -> DomainModel {
        let read = JDLReader().read(jdl, path: "written.jdl")
        let built = ModelBuilder().build(read.model.keepingCurrentContexts())
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(!built.diagnostics.containsErrors, "\(built.diagnostics)")
        return built.model
    }

    private func contexts(_ decomposition: Decomposition) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: decomposition.contexts.map { ($0.name, $0.entities.sorted()) })
    }

    /// What a field of `entity` must look like once written as JDL and read back, stated rule by rule:
    /// - a reference to an entity in another application comes back as an id reference to it (renamed `…Id`);
    /// - inside one application: a list composition stays a (non-optional) composition; a single composition
    ///   comes back as a reference; every reference comes back as a reference, without `unique`;
    /// - `Email` and `URL` come back as `String`, `JSON`, lists and value objects as `Text`;
    /// - an entity without an `id` field gains JHipster's `id: Long`, and an identity marked on another field is
    ///   lost (the field reads back as what its name makes it);
    /// - a `Long`, `Int`, `String` or `UUID` field named exactly like an entity reads back as a reference to it.
    /// Identity markers other than `id`, inheritance, owners, characteristics and aggregates are not compared:
    /// JDL cannot carry them.
    private func expectedFields(
        of entity: Entity, in model: DomainModel, applicationOf: [String: String]
    ) -> [String] {
        let entityNames = Set(model.entities.map(\.name))
        var fields: [String] = entity.fields.contains { $0.name == "id" } ? [] : ["id: Long scalar"]
        for field in entity.fields {
            let flags = (field.type.isOptional ? "?" : "") + (field.isUnique ? " unique" : "")
            switch field.kind {
            case .composition(let target), .reference(let target):
                let same = applicationOf[entity.name] != nil && applicationOf[entity.name] == applicationOf[target]
                if !same {
                    fields.append("→ idReference \(target)")
                } else if case .composition = field.kind, field.type.isList {
                    fields.append("\(field.name): [\(target)] composition")
                } else {
                    let type = field.type.isList ? "[\(target)]" : target
                    fields.append("\(field.name): \(type)\(field.type.isOptional ? "?" : "") reference")
                }
            case .idReference(let target):
                fields.append("→ idReference \(target)")
            case _ where field.isIdentity && field.name != "id":
                // The identity marker is lost: the field reads back as what its name makes it.
                let target = ModelBuildingSession.idReferenceTarget(of: field.name, among: entityNames)
                fields.append(
                    target.map { "→ idReference \($0)" } ?? "\(field.name): \(field.type.name)\(flags) scalar")
            case _
            where !field.type.isList && ["Long", "Int", "String", "UUID"].contains(field.type.name)
                && entityNames.contains(where: { $0.lowercased() == field.name.lowercased() }):
                // JDL's convention: an identifier-typed field named like an entity is a reference to it.
                let target = entityNames.first { $0.lowercased() == field.name.lowercased() } ?? ""
                fields.append("\(field.name): \(target)\(field.type.isOptional ? "?" : "") reference")
            default:
                let name: String =
                    if field.type.isList || field.kind == .value || field.type.name == "JSON" {
                        "Text"
                    } else if ["Email", "URL"].contains(field.type.name) {
                        "String"
                    } else {
                        field.type.name
                    }
                let kind = field.kind == .enumeration && !field.type.isList ? "enumeration" : "scalar"
                fields.append("\(field.name): \(name)\(flags) \(kind)")
            }
        }
        return fields.sorted()
    }

    /// The fields of an entity read back from JDL, in the vocabulary of `expectedFields`.
    private func actualFields(of entity: Entity) -> [String] {
        entity.fields.map { field in
            let flags = (field.type.isOptional ? "?" : "") + (field.isUnique ? " unique" : "")
            switch field.kind {
            case .idReference(let target): return "→ idReference \(target)"
            case .composition(let target): return "\(field.name): [\(target)] composition"
            case .reference(let target):
                let type = field.type.isList ? "[\(target)]" : target
                return "\(field.name): \(type)\(field.type.isOptional ? "?" : "") reference"
            default:
                return
                    "\(field.name): \(field.type.name)\(flags) \(field.kind == .enumeration ? "enumeration" : "scalar")"
            }
        }.sorted()
    }

    // MARK: - Golden file and round trips

    @Test func ecommerceMatchesItsGoldenFile() throws {
        let model = try fixture("ecommerce.domain")
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        GoldenFile.assertMatches(JDLWriter().write(model: model, decomposition: decomposition), "golden/ecommerce.jdl")
    }

    @Test func thereAreFixturesOfEveryKind() {
        #expect(Self.fixtures.contains("ecommerce.domain"))
        #expect(Self.fixtures.contains { $0.hasPrefix("systems/") })
        #expect(Self.fixtures.contains { $0.hasSuffix(".jdl") })
    }

    @Test(arguments: fixtures)
    func readsBackWithTheSameEntitiesFieldsLinksAndContexts(path: String) throws {
        let original = try fixture(path)
        let jdl = JDLWriter().write(model: original, decomposition: ContextAnalyzer().analyze(original).decomposition)
        let back = readBack(jdl)
        // What comes back is the model under the names JDL can spell (drone delivery's `Package` is `Package2`).
        let naming = JDLNaming(model: original, decomposition: ContextAnalyzer().analyze(original).decomposition)
        let (model, decomposition) = (naming.model, naming.decomposition)
        #expect(naming.renames.allSatisfy { jdl.contains("//   \($0.kind) \($0.original) -> \($0.written)\n") })
        #expect(back.entities.map(\.name) == model.entities.map(\.name))
        #expect(back.enums.map(\.name) == model.enums.map(\.name))
        #expect(back.enums.map(\.cases) == model.enums.map(\.cases))
        #expect(back.enums.map(\.doc) == model.enums.map(\.doc))
        var applicationOf: [String: String] = [:]
        for context in decomposition.contexts {
            for entity in context.entities { applicationOf[entity] = context.name }
        }
        for entity in model.entities {
            let returned = try #require(back.entity(named: entity.name))
            #expect(
                actualFields(of: returned) == expectedFields(of: entity, in: model, applicationOf: applicationOf),
                "\(entity.name)")
            #expect(returned.doc == entity.doc)
            #expect(returned.fields.compactMap(\.doc).sorted() == entity.fields.compactMap(\.doc).sorted())
        }
        let declared = JDLReader().read(jdl, path: "written.jdl").model.currentDecomposition
        #expect(
            Dictionary(uniqueKeysWithValues: declared.map { ($0.name, $0.members.map(\.name).sorted()) })
                == contexts(decomposition))
        let reanalysed = ContextAnalyzer().analyze(back).decomposition
        #expect(contexts(reanalysed) == contexts(decomposition))
        let pinned = reanalysed.contexts.map(\.isPinned)
        #expect(!pinned.contains(false))
        let rewritten = JDLWriter().write(model: back, decomposition: reanalysed)
        let fixedPoint = JDLWriter().write(model: readBack(rewritten), decomposition: reanalysed)
        #expect(rewritten == fixedPoint)
    }

    @Test func relationshipsInsideAnApplicationKeepTheirKindAndCrossingReferencesBecomeIdFields() throws {
        let model = try parse(
            """
            entity Order {
              id: UUID
              lines: [Line]
              address: Address
              buyer -> Customer
              referrer -> Customer?
              tags -> [Tag]
              invoice -> Invoice unique
            }
            entity Line { id: UUID }
            entity Address { id: UUID }
            entity Tag { id: UUID }
            entity Invoice { id: UUID }
            entity Customer { id: UUID, name: String }
            pin Order, Line, Address, Tag, Invoice to Sales
            pin Customer to Crm
            """)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let jdl = JDLWriter().write(model: model, decomposition: decomposition)
        #expect(jdl.contains("relationship OneToMany {\n  Order{lines} to Line\n}"))
        #expect(jdl.contains("relationship OneToOne {\n  Order{address required} to Address\n}"))
        #expect(jdl.contains("relationship ManyToMany {\n  Order{tags required} to Tag\n}"))
        #expect(jdl.contains("relationship OneToOne {\n  Order{invoice required} to Invoice\n}"))
        #expect(jdl.contains("  buyerCustomerId UUID required\n  referrerCustomerId UUID\n"))
        #expect(jdl.contains("entities Address, Invoice, Line, Order, Tag"))
        #expect(jdl.contains("microservice Customer with Crm"))
        let order = try #require(readBack(jdl).entity(named: "Order"))
        #expect(
            order.fields.map(\.kind) == [
                .scalar, .idReference(target: "Customer"), .idReference(target: "Customer"),
                .composition(target: "Line"), .reference(target: "Address"), .reference(target: "Tag"),
                .reference(target: "Invoice"),
            ])
    }

    @Test func applicationsHaveDistinctPortsAndAGatewayThatDoesNotTakeAContextsName() throws {
        let model = try parse(
            """
            system Shop
            entity Cart { id: UUID }
            entity Stock { id: UUID }
            pin Cart to Shop
            pin Stock to Inventory
            """)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let jdl = JDLWriter().write(model: model, decomposition: decomposition)
        let ports = jdl.split(separator: "\n").filter { $0.contains("serverPort") }
        #expect(Set(ports).count == 3)
        #expect(jdl.contains("baseName ShopGateway\n    applicationType gateway"))
        #expect(readBack(jdl).system.name == "ShopGateway")
    }

    // MARK: - Deployments

    static let deploymentDomain = """
        system store
        entity Product { id: UUID, name: String }
        /// Local run
        deployment docker-compose {
          appsFolders: [store, catalog]
          dockerRepositoryName: "registry.example.com/shop team"
          monitoring: no
          clusteredDbApps: []
          dockerPushCommand: ""
        }

        deployment kubernetes {
          appsFolders: [store, gone, catalog]
          kubernetesNamespace: shop-prod
          ingressDomain: "10.0.0.1.nip.io"
        }
        pin Product to catalog
        """

    @Test func deploymentsRoundTripThroughTheDomainLanguageAndJSON() throws {
        let model = try parse(Self.deploymentDomain)
        #expect(model.deployments.map(\.type) == ["docker-compose", "kubernetes"])
        #expect(model.deployments[0].doc == "Local run")
        #expect(
            model.deployments[0].options
                == [
                    DeploymentOption(name: "appsFolders", value: .list(["store", "catalog"])),
                    DeploymentOption(name: "dockerRepositoryName", value: .single("registry.example.com/shop team")),
                    DeploymentOption(name: "monitoring", value: .single("no")),
                    DeploymentOption(name: "clusteredDbApps", value: .list([])),
                    DeploymentOption(name: "dockerPushCommand", value: .single("")),
                ].map { option in
                    var option = option
                    option.location = model.deployments[0].options.first { $0.name == option.name }?.location
                    return option
                })
        let printed = DomainPrinter().print(model)
        #expect(printed.contains("deployment kubernetes {\n  appsFolders: [store, gone, catalog]\n"))
        let reparsed = try parse(printed)
        #expect(reparsed.withoutLocations() == model.withoutLocations())
        let json = ModelJSONWriter().write(model)
        let fromJSON = ModelJSONReader().read(json, path: "model.json")
        #expect(fromJSON.diagnostics.isEmpty)
        #expect(fromJSON.model.withoutLocations().deployments == model.withoutLocations().deployments)
        #expect(ModelJSONWriter().write(ModelBuilder().build(fromJSON.model).model) == json)
    }

    @Test func deploymentsRoundTripThroughJDLMergedWithTheGeneratedOne() throws {
        let model = try parse(Self.deploymentDomain)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let jdl = JDLWriter().write(model: model, decomposition: decomposition)
        #expect(jdl.components(separatedBy: "deploymentType docker-compose").count == 2)
        #expect(jdl.contains("  dockerRepositoryName \"registry.example.com/shop team\"\n"))
        #expect(jdl.contains("  appsFolders [store, catalog]\n  kubernetesNamespace shop-prod"))
        let back = readBack(jdl)
        var expected = model.withoutLocations().deployments
        expected[1].options[0].value = .list(["store", "catalog"])
        #expect(back.withoutLocations().deployments == expected)
        let again = JDLWriter().write(model: back, decomposition: ContextAnalyzer().analyze(back).decomposition)
        #expect(again == jdl)
    }

    @Test func aModelWithoutADockerComposeDeploymentGainsOne() throws {
        let model = try parse("entity A { id: UUID }\ndeployment kubernetes { kubernetesNamespace: shop }\n")
        let jdl = JDLWriter().write(model: model, decomposition: ContextAnalyzer().analyze(model).decomposition)
        let back = readBack(jdl)
        #expect(back.deployments.map(\.type) == ["kubernetes", "docker-compose"])
        #expect(back.deployments[1].options.first?.value == .list(["System", "A"]))
    }

    @Test func theStoreFixtureKeepsItsDeploymentAcrossARoundTrip() throws {
        let model = try fixture("formats/jdl/store-microservices.jdl", keepingContexts: true)
        #expect(model.deployments.count == 1)
        let jdl = JDLWriter().write(model: model, decomposition: ContextAnalyzer().analyze(model).decomposition)
        #expect(readBack(jdl).withoutLocations().deployments == model.withoutLocations().deployments)
    }

    @Test func malformedDeploymentsAreReportedWhereTheyAre() {
        let domain = DomainParser().parse("deployment {\n}\ndeployment k8s {\n  replicas 3\n}\n", path: "d.domain")
        #expect(domain.diagnostics.map(\.id) == ["syntax.expectedToken", "syntax.expectedToken"])
        #expect(domain.diagnostics.map { $0.location?.start.line } == [1, 4])
        let empty = DomainParser().parse("deployment \"\" {}\n", path: "e.domain")
        #expect(empty.diagnostics.map(\.id) == ["syntax.emptyDeploymentType"])
        let json = ModelJSONReader().read(
            #"{"schemaVersion": 1, "deployments": [{"type": "k8s", "options": [{"name": "a"}]}]}"#, path: "m.json")
        #expect(json.diagnostics.map(\.id) == ["jsonModel.missingKey"])
        let jdl = JDLReader().read(
            "deployment {\n  deploymentType kubernetes\n  deploymentType openshift\n}\n", path: "d.jdl")
        #expect(jdl.diagnostics.map(\.id) == ["jdl.duplicateOption"])
        #expect(jdl.model.deployments.map(\.type) == ["kubernetes"])
    }

    // MARK: - Hostile input and determinism

    @Test func hostileNamesAndDocsReadBack() throws {
        let model = try parse(
            """
            system relationship
            /// A doc that tries to end the comment */ early, with "quotes" and \\ backslashes
            entity application {
              id: UUID
              required: String unique
              to -> entity
              with: Int?
              Ärger: Text
            }
            entity entity { id: UUID, microservice: Bool }
            entity relationship { id: UUID }
            enum deployment { to, with, required }
            entity Größe { id: UUID, status: deployment, owner -> application }
            pin application, entity to relationship
            pin Größe to Straße
            """)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let jdl = JDLWriter().write(model: model, decomposition: decomposition)
        let back = readBack(jdl)
        // JDL's keywords are names to its parser; only what is not an ASCII word is renamed, and listed.
        #expect(back.entities.map(\.name) == ["application", "entity", "relationship", "Grosse"])
        #expect(
            jdl.contains(
                "//   entity Größe -> Grosse\n//   context Straße -> Strasse\n//   field application.Ärger -> Arger\n"))
        #expect(back.entity(named: "application")?.doc?.contains("end the comment * / early") == true)
        #expect(
            back.entity(named: "application")?.fields.map(\.name) == ["id", "required", "with", "Arger", "to"])
        #expect(back.enums.first?.cases == ["to", "with", "required"])
        #expect(back.entity(named: "Grosse")?.fields.last?.kind == .idReference(target: "application"))
        let renamed = ["Größe": "Grosse", "Straße": "Strasse"]
        var expected: [String: [String]] = [:]
        for (context, entities) in contexts(decomposition) {
            expected[renamed[context] ?? context] = entities.map { renamed[$0] ?? $0 }
        }
        #expect(contexts(ContextAnalyzer().analyze(back).decomposition) == expected)
    }

    /// Names that are no JDL word, Java keywords, list words or JDL types, and names that collide once spelled.
    @Test func namesJDLCannotSpellAreRenamedUniquelyAndListed() throws {
        let entities = ["with", "a b", "aB", "class", "Class", "String", "Ünïcødé Øre", "3D model", "Entity", "all"]
        let fields =
            #"{"name": "id", "type": {"name": "UUID"}}, {"name": "class", "type": {"name": "String"}}, "#
            + #"{"name": "Public", "type": {"name": "Int"}}, {"name": "state", "type": {"name": "Phase"}}"#
        let json = """
            {"schemaVersion": 1, "system": {"name": "My shop"},
             "enums": [{"name": "Phase", "cases": ["in progress", "new", "NEW", "done!", "9lives"]}],
             "entities": [\(entities.map { #"{"name": "\#($0)", "fields": [\#(fields)]}"# }.joined(separator: ", "))]}
            """
        let (read, diagnostics) = ModelReader.read(json, path: "names.json")
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let model = try #require(read)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        let jdl = JDLWriter().write(model: model, decomposition: decomposition)
        let back = readBack(jdl)
        #expect(
            back.entities.map(\.name) == [
                "with2", "aB", "aB2", "class2", "Class2", "String2", "UnicodeOre", "N3DModel", "Entity", "all2",
            ])
        #expect(back.entities.allSatisfy { $0.fields.map(\.name) == ["id", "class2", "Public2", "state"] })
        #expect(back.enums.first?.cases == ["in_progress", "new_2", "NEW", "done", "N9lives"])
        for line in jdl.split(separator: "\n") where line.hasPrefix("entity ") || line.contains("baseName ") {
            let name = line.split(separator: " ").dropFirst().first { $0 != "baseName" } ?? ""
            #expect(name.wholeMatch(of: /[A-Za-z][A-Za-z0-9]*/) != nil, "\(line)")
        }
        #expect(jdl.contains("//   entity a b -> aB\n//   entity aB -> aB2\n"))
        #expect(jdl.contains("//   enum case Phase.in progress -> in_progress\n"))
        #expect(jdl.contains("baseName MyShop\n"))
        // Each context comes back whole, under its JDL name.
        let partition = { (decomposition: Decomposition) in Set(decomposition.contexts.map { Set($0.entities) }) }
        let naming = JDLNaming(model: model, decomposition: decomposition)
        #expect(partition(ContextAnalyzer().analyze(back).decomposition) == partition(naming.decomposition))
        #expect(naming.decomposition.contexts.map(\.name).allSatisfy { jdl.contains("baseName \($0)\n") })
    }

    /// A field that refers to an entity by its name (`packageId`) follows the entity's rename.
    @Test func idReferencesByNameFollowARenamedEntity() throws {
        let model = try parse(
            """
            entity Package { id: UUID, weight: Double }
            entity Drone { id: UUID, packageId: UUID?, lastPackageIds: [UUID] }
            pin Package to Parcels
            pin Drone to Fleet
            """)
        let jdl = JDLWriter().write(model: model, decomposition: ContextAnalyzer().analyze(model).decomposition)
        let drone = try #require(readBack(jdl).entity(named: "Drone"))
        #expect(drone.fields.map(\.name) == ["id", "package2Id", "lastPackage2Ids"])
        #expect(drone.fields.dropFirst().allSatisfy { $0.kind == .idReference(target: "Package2") })
        #expect(
            jdl.contains(
                "//   field Drone.packageId -> package2Id\n//   field Drone.lastPackageIds -> lastPackage2Ids\n"))
    }

    @Test func outputIsDeterministic() throws {
        let model = try fixture("systems/eshop-on-containers.domain")
        let first = JDLWriter().write(model: model, decomposition: ContextAnalyzer().analyze(model).decomposition)
        let second = JDLWriter().write(model: model, decomposition: ContextAnalyzer().analyze(model).decomposition)
        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
        #expect(!first.contains("\r"))
    }
}
