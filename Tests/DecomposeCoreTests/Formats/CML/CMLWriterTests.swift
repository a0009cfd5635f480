import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

/// `CMLWriter`: the ecommerce golden file, write → read round trips on every fixture, hostile names and
/// determinism.
///
/// What CML cannot carry, and the round trip therefore ignores: keep-apart and keep-together groups and the
/// model's own pins (the written contexts, read back as the current decomposition, replace them); use-case kinds and latency criticality; docs of
/// teams, the system and use cases (written as comments); security zones other than one per aggregate;
/// owners and characteristics (other than storage) of an entity that differ from its aggregate's (CML puts
/// them on the aggregate); a declared aggregate's own storage (each entity carries its storage in a hint).
/// Declared aggregates read back declared, inferred ones are inferred again. The analysis of the model read
/// back with its contexts kept (`--keep-contexts`) gives the same contexts and the same relationships.
@Suite struct CMLWriterTests {
    /// Every `.domain` model under Fixtures/ and Fixtures/systems/.
    static let fixtures: [String] = {
        let root = PackagePaths.fixtures
        return [root, root.appendingPathComponent("systems")].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".domain") }
                .map { folder.appendingPathComponent($0).path }
        }.sorted()
    }()

    private static func load(_ path: String) throws -> DomainModel {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try #require(ModelReader.read(text, path: path).model)
    }

    private static func analyze(_ model: DomainModel) -> Decomposition {
        ContextAnalyzer(options: AnalysisOptions()).analyze(model).decomposition
    }

    /// Reads CML back and builds it, requiring no errors and no warnings.
    private static func readBack(_ text: String) throws -> DomainModel {
        let result = ModelReader.read(text, path: "written.cml")
        let problems = result.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(DiagnosticFormatter(sources: ["written.cml": text]).format(problems))")
        return try #require(result.model).withoutLocations()
    }

    /// The parts of a model CML carries, in name order (CML declares them context by context).
    private struct Carried {
        var system: String
        var summary: String?
        var teams: [String]
        var entities: [Entity]
        var aggregates: [Aggregate]
        var values: [ValueObject]
        var enums: [EnumType]
        var events: [DomainEvent]
        var useCases: [String]
        var storage: [String]

        init(_ model: DomainModel) {
            system = model.system.name
            summary = model.system.summary
            teams = model.teams.map(\.name)
            entities = model.entities.sorted { $0.name < $1.name }.map { entity in
                var entity = entity
                entity.owner = nil
                entity.characteristics = Characteristics()
                return entity
            }
            aggregates = model.aggregates.sorted { $0.name < $1.name }.map { aggregate in
                var aggregate = aggregate
                aggregate.owner = nil
                aggregate.characteristics = Characteristics()
                return aggregate
            }
            values = model.values.sorted { $0.name < $1.name }
            enums = model.enums.sorted { $0.name < $1.name }
            events = model.events.sorted { $0.name < $1.name }
            useCases = model.useCases.map {
                "\($0.name) \($0.actor ?? "-") \($0.reads) \($0.writes) \($0.emits) \($0.handles)"
            }
            storage = model.entities.map { "\($0.name) \($0.characteristics.storage?.rawValue ?? "-")" }.sorted()
        }
    }

    private static func contexts(_ decomposition: Decomposition) -> [String] {
        decomposition.contexts.map { "\($0.name): \($0.entities.sorted()) \($0.aggregates.sorted())" }.sorted()
    }

    private static func relationships(_ decomposition: Decomposition) -> [String] {
        decomposition.relationships.map { "\($0.upstream) \($0.pattern.rawValue) \($0.downstream)" }.sorted()
    }

    @Test func ecommerceMatchesTheGoldenFile() throws {
        let model = try Self.load(PackagePaths.fixture("ecommerce.domain").path)
        let text = CMLWriter().write(model: model, decomposition: Self.analyze(model))
        GoldenFile.assertMatches(text, "golden/ecommerce.cml")
    }

    @Test(arguments: fixtures) func readsBackToTheSameModelAndDecomposition(path: String) throws {
        let model = try Self.load(path).withoutLocations()
        let decomposition = Self.analyze(model)
        let text = CMLWriter().write(model: model, decomposition: decomposition)
        let read = try Self.readBack(text)
        let (back, original) = (Carried(read), Carried(model))
        #expect(back.system == original.system && back.summary == original.summary && back.teams == original.teams)
        for (entity, expected) in zip(back.entities, original.entities) where entity != expected {
            #expect(entity == expected)
        }
        #expect(back.entities.map(\.name) == original.entities.map(\.name))
        #expect(back.aggregates == original.aggregates)
        #expect(back.values == original.values)
        #expect(back.enums == original.enums)
        #expect(back.events == original.events)
        #expect(back.useCases == original.useCases)
        #expect(back.storage == original.storage)
        let declaredOwners = model.aggregates.filter { !$0.isInferred }.map { "\($0.name) \($0.owner ?? "-")" }
        #expect(
            read.aggregates.filter { !$0.isInferred }.map { "\($0.name) \($0.owner ?? "-")" }.sorted()
                == declaredOwners.sorted())
        for entity in model.entities where entity.aggregate == nil {
            let back = read.entity(named: entity.name)
            #expect(back?.owner == entity.owner && back?.characteristics == entity.characteristics)
        }
        #expect(
            read.currentDecomposition.map(\.name) == decomposition.contexts.filter { !$0.entities.isEmpty }.map(\.name))
        let reread = Self.analyze(ModelBuilder().build(read.keepingCurrentContexts()).model)
        #expect(Self.contexts(reread) == Self.contexts(decomposition))
        #expect(Self.relationships(reread) == Self.relationships(decomposition))
    }

    @Test func aggregateCharacteristicsOwnerAndZoneAreWrittenAndReadBack() throws {
        let model = try Self.load(PackagePaths.fixture("ecommerce.domain").path)
        let text = CMLWriter().write(model: model, decomposition: Self.analyze(model))
        let read = try Self.readBack(text)
        for aggregate in model.aggregates where !aggregate.isInferred {
            let back = read.aggregates.first { $0.name == aggregate.name }
            #expect(back?.characteristics.structuralVolatility == aggregate.characteristics.structuralVolatility)
            #expect(back?.characteristics.security == aggregate.characteristics.security)
        }
        #expect(text.contains("  [U,S]->[D,C] ") || text.contains("[U,OHS,PL]->[D]"))
        #expect(!read.zones.isEmpty && Set(read.zones.map(\.name)).isSubset(of: Set(model.zones.map(\.name))))
    }

    /// A model whose names are CML keywords, unicode, contain spaces or collide once sanitized.
    private static let hostile: (DomainModel, Decomposition) = {
        let fields = [
            Field(name: "id", type: TypeReference(name: "UUID")),
            Field(name: "type", type: TypeReference(name: "String"), isUnique: true, doc: "Say \"hi\"\\\nthen go"),
            Field(name: "key", type: TypeReference(name: "Int", isOptional: true)),
            Field(name: "größe", type: TypeReference(name: "Decimal")),
            Field(name: "status", type: TypeReference(name: "enum")),
        ]
        let model = DomainModel(
            system: SystemInfo(name: "My Shop", summary: "A \"quoted\" summary"),
            teams: [Team(name: "Sales Context")],
            enums: [EnumType(name: "enum", cases: ["type", "a", "ready"])],
            entities: [
                Entity(name: "Entity", fields: fields, owner: "Sales Context"),
                Entity(
                    name: "Größe",
                    fields: [
                        Field(name: "id", type: TypeReference(name: "UUID")),
                        Field(name: "entity", type: TypeReference(name: "Entity"), isReference: true),
                    ]),
                Entity(name: "Line Item", fields: [Field(name: "code", type: TypeReference(name: "String"))]),
                Entity(name: "Line_Item", fields: [Field(name: "code", type: TypeReference(name: "String"))]),
                Entity(name: "Integer", fields: [Field(name: "id", type: TypeReference(name: "UUID"))]),
            ])
        let patterns = RelationshipPattern.allCases
        let names = ["Sales Context", "Sales_Context", "ContextMap", "Ünïcödé", "9lives", "Plain"]
        let members = [["Entity"], ["Größe"], ["Line Item"], ["Line_Item"], ["Integer"], []]
        let decomposition = Decomposition(
            system: "My Shop",
            contexts: zip(names, members).map { BoundedContext(name: $0, entities: $1, rationale: ["why \"so\""]) },
            relationships: patterns.indices.map { index in
                ContextRelationship(
                    upstream: names[index], downstream: names[(index + 1) % names.count], pattern: patterns[index],
                    reasons: ["line one\nline two"])
            })
        return (ModelBuilder().build(model).model, decomposition)
    }()

    @Test func hostileNamesAreSanitizedUniqueAndReadBack() throws {
        let (model, decomposition) = Self.hostile
        let text = CMLWriter().write(model: model, decomposition: decomposition)
        for expected in [
            "BoundedContext Sales_Context {", "BoundedContext Sales_Context_2 {", "BoundedContext ^ContextMap {",
            "BoundedContext Unicode {", "BoundedContext _9lives {", "BoundedContext Sales_Context_3 {",
            "Entity ^Entity {", "Entity Grosse {", "Entity Line_Item {", "Entity Line_Item_2 {",
            "Entity Integer_2 {", "String ^type key", "int ^key nullable", "BigDecimal grosse", "- ^enum status",
            "- ^Entity entity", "enum ^enum {", "^type, ^a, ready", "Sales_Context [U,S]->[D,C] Sales_Context_2",
            "Sales_Context_2 [SK]<->[SK] ^ContextMap", "^ContextMap [U]->[D,CF] Unicode",
            "Unicode [U]->[D,ACL] _9lives", "_9lives [U,OHS,PL]->[D] Plain", "Plain [P]<->[P] Sales_Context",
            "// Shared Kernel: line one line two", "owner = Sales_Context_3",
            "domainVisionStatement = \"why \\\"so\\\"\"", "\"Say \\\"hi\\\"\\\\\\nthen go\"",
        ] {
            #expect(text.contains(expected), "missing \(expected) in\n\(text)")
        }
        let read = try Self.readBack(text)
        #expect(read.entities.map(\.name) == ["Entity", "Grosse", "Line_Item", "Line_Item_2", "Integer_2"])
        let entity = try #require(read.entity(named: "Entity"))
        #expect(entity.fields.map(\.name) == ["id", "type", "key", "grosse", "status"])
        #expect(entity.fields[1].doc == "Say \"hi\"\\\nthen go" && entity.fields[1].isUnique)
        #expect(entity.fields[2].type.isOptional && entity.fields[4].kind == .enumeration)
        #expect(entity.owner == "Sales_Context_3")
        #expect(read.enums.first?.cases == ["type", "a", "ready"])
        #expect(read.system.summary == "A \"quoted\" summary")
        #expect(
            read.currentDecomposition.map(\.name) == [
                "Sales_Context", "Sales_Context_2", "ContextMap", "Unicode", "_9lives",
            ])
        #expect(read.entity(named: "Grosse")?.fields.last?.kind == .reference(target: "Entity"))
        // Every rename is listed in the header, in namespace order.
        for line in [
            "// Renamed: CML names are ASCII identifiers, unique in their namespace:\n//   context Sales Context -> Sales_Context\n",
            "//   context Sales_Context -> Sales_Context_2\n", "//   type Größe -> Grosse\n",
            "//   type Line Item -> Line_Item\n", "//   type Line_Item -> Line_Item_2\n",
            "//   field Entity.größe -> grosse\n",
        ] {
            #expect(text.contains(line), "missing \(line)")
        }
        #expect(!text.contains("-> ^"), "a keyword escape is no rename")
    }

    @Test func identityOtherThanIdSurvives() throws {
        let model = ModelBuilder().build(
            DomainModel(entities: [
                Entity(
                    name: "Delivery",
                    fields: [Field(name: "deliveryId", type: TypeReference(name: "String"), isIdentity: true)])
            ])
        ).model
        let text = CMLWriter().write(
            model: model,
            decomposition: Decomposition(system: "S", contexts: [BoundedContext(name: "D", entities: ["Delivery"])]))
        #expect(text.contains("String deliveryId hint = \"identity\""))
        let field = try #require(try Self.readBack(text).entity(named: "Delivery")?.fields.first)
        #expect(field.isIdentity && field.kind == .scalar)
    }

    @Test func zonesEventsAndFlowsGoWhereTheyAreFirstNamed() throws {
        let id = Field(name: "id", type: TypeReference(name: "UUID"))
        let model = ModelBuilder().build(
            DomainModel(
                entities: ["Ant", "Bee", "Cow"].map { Entity(name: $0, fields: [id]) },
                events: [
                    DomainEvent(name: "Unused", fields: [Field(name: "note", type: TypeReference(name: "String"))]),
                    DomainEvent(
                        name: "BeeChanged",
                        fields: [Field(name: "bee", type: TypeReference(name: "Bee"), isReference: true)]),
                ],
                useCases: [
                    UseCase(name: "ChangeBee", writes: [Access(entity: "Bee")], emits: [NameReference("BeeChanged")])
                ],
                zones: [
                    SecurityZone(name: "Inner", members: [NameReference("Cow")]),
                    SecurityZone(name: "Outer", members: [NameReference("Bee"), NameReference("Cow")]),
                ])
        ).model
        let decomposition = Decomposition(
            system: "S",
            contexts: [
                BoundedContext(name: "Farm", entities: ["Ant"]),
                BoundedContext(name: "Hive", entities: ["Bee", "Cow"], useCases: ["ChangeBee"]),
                BoundedContext(name: "Barn", entities: [], useCases: ["ChangeBee"]),
            ])
        let text = CMLWriter().write(model: model, decomposition: decomposition)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        /// The lines from the one that opens `header` to the `}` that closes it.
        func block(_ header: String) -> String {
            guard let open = lines.firstIndex(where: { $0.hasSuffix(header) }) else { return "no \(header)" }
            let close = lines[open].prefix { $0 == " " } + "}"
            let end = lines[open...].firstIndex { $0 == close } ?? lines.endIndex - 1
            return lines[open...end].joined(separator: "\n")
        }
        #expect(block("Aggregate Ant {").contains("DomainEvent Unused {"))
        #expect(block("Aggregate Bee {").contains("securityZone = \"Outer\""))
        #expect(block("Aggregate Bee {").contains("DomainEvent BeeChanged {"))
        #expect(block("Aggregate Cow {").contains("securityZone = \"Inner\""))
        #expect(block("BoundedContext Hive {").contains("command ChangeBee emits event BeeChanged"))
        #expect(!block("BoundedContext Barn {").contains("Application"))
    }

    @Test func outputIsDeterministic() throws {
        let model = try Self.load(PackagePaths.fixture("fintech.domain").path)
        let first = CMLWriter().write(model: model, decomposition: Self.analyze(model))
        let second = CMLWriter().write(model: model, decomposition: Self.analyze(model))
        #expect(first == second)
        let (hostileModel, hostileDecomposition) = Self.hostile
        #expect(
            CMLWriter().write(model: hostileModel, decomposition: hostileDecomposition)
                == CMLWriter().write(model: hostileModel, decomposition: hostileDecomposition))
    }
}
