import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct JDLReaderTests {
    private func read(_ text: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        JDLReader().read(text, path: "test.jdl")
    }

    @Test func fieldsMapToScalarsWithRequiredAndUniqueKept() throws {
        let (model, diagnostics) = read(
            """
            /** A customer of the shop */
            entity Customer {
              /** Shown on invoices */
              name String required maxlength(80)
              email String required unique pattern(/^[^@]+@[^@]+$/)
              born LocalDate, balance BigDecimal min(0)
              photo ImageBlob
            }
            """)
        #expect(diagnostics.isEmpty)
        let customer = try #require(model.entity(named: "Customer"))
        #expect(customer.doc == "A customer of the shop")
        #expect(customer.fields.map(\.name) == ["id", "name", "email", "born", "balance", "photo"])
        #expect(customer.fields.map(\.type.description) == ["Long", "String", "String", "Date?", "Decimal?", "Bytes?"])
        #expect(customer.fields.map(\.isUnique) == [false, false, true, false, false, false])
        #expect(customer.fields[1].doc == "Shown on invoices")
    }

    @Test func constantsAnnotationsOptionsAndDeploymentsReadWithoutWarnings() {
        let (model, diagnostics) = read(
            """
            NAME_MAX = 40
            @Paginate(pagination)
            @ChangelogDate("20240101000000")
            entity Shop(shop_table) { name String maxlength(NAME_MAX) }
            paginate Shop with infinite-scroll
            service all with serviceImpl except Shop
            use mapstruct, serviceImpl for *
            skipClient Shop
            deployment { deploymentType kubernetes, appsFolders [shop] }
            """)
        #expect(diagnostics.isEmpty)
        #expect(model.entities.map(\.name) == ["Shop"])
    }

    @Test func relationshipsBecomeReferencesHeldByTheForeignKeySide() throws {
        let (model, diagnostics) = read(
            """
            entity Order { code String }
            entity Line { quantity Integer }
            entity Tag { label String }
            entity Customer { name String }
            relationship OneToMany { Order{lines} to Line{order(code) required} }
            relationship ManyToMany { Order{tag(label)} to Tag{order} }
            relationship ManyToOne { Order{buyer} to Customer }
            relationship OneToOne { Customer{user(login)} to User with builtInEntity }
            """)
        #expect(diagnostics.isEmpty)
        let built = ModelBuilder().build(model)
        #expect(built.diagnostics.isEmpty)
        let order = try #require(built.model.entity(named: "Order"))
        #expect(order.fields.map(\.kind).suffix(2) == [.reference(target: "Tag"), .reference(target: "Customer")])
        #expect(order.fields.first { $0.name == "tag" }?.type.isList == true)
        #expect(built.model.entity(named: "Line")?.fields.last?.kind == .reference(target: "Order"))
        #expect(built.model.entity(named: "Line")?.fields.last?.type.isOptional == false)
        #expect(built.model.entity(named: "User") != nil)
        #expect(built.model.entity(named: "Customer")?.fields.last?.kind == .reference(target: "User"))
        // A OneToOne's join column is unique, as JHipster generates it; the other relationships' are not.
        #expect(built.model.entity(named: "Customer")?.fields.last?.isUnique == true)
        #expect(order.fields.suffix(2).allSatisfy { !$0.isUnique })
    }

    @Test func scalarsNamedLikeAnEntityBecomeReferences() throws {
        let (model, _) = read(
            """
            entity Invoice { code String }
            entity Payment { invoice Long required, invoiceId Long, amount BigDecimal }
            """)
        let built = ModelBuilder().build(model)
        #expect(built.diagnostics.isEmpty)
        let payment = try #require(built.model.entity(named: "Payment"))
        #expect(
            payment.fields.map(\.kind) == [
                .scalar, .reference(target: "Invoice"), .idReference(target: "Invoice"), .scalar,
            ])
    }

    @Test func microserviceApplicationsDeclareTheCurrentContextsButGatewaysDoNot() {
        let (model, diagnostics) = read(
            """
            application { config { baseName gateway, applicationType gateway } entities * }
            application {
              config { baseName billing
                applicationType microservice }
              entities * except Shipment
            }
            entity Invoice { code String }
            entity Shipment { code String }
            microservice Invoice, Shipment with shipping
            deployment { deploymentType docker-compose, appsFolders [gateway, billing] }
            """)
        #expect(diagnostics.map(\.id) == ["jdl.entityInTwoServices"])
        #expect(model.system.name == "gateway")
        #expect(model.pins.isEmpty)
        #expect(
            model.currentDecomposition.map { "\($0.name): \($0.members.map(\.name))" } == [
                "billing: [\"Invoice\"]", "shipping: [\"Shipment\"]",
            ])
        let kept = model.keepingCurrentContexts()
        #expect(kept.currentDecomposition.isEmpty)
        #expect(
            kept.pins.map { "\($0.context): \($0.members.map(\.name))" } == [
                "billing: [\"Invoice\"]", "shipping: [\"Shipment\"]",
            ])
    }

    /// JHipster's default application type is `monolith`: its entities are one current context, the typical
    /// model of a system before it is split; two `entities` lines of one application make one context.
    @Test func aMonolithApplicationIsOneCurrentContext() {
        let (model, diagnostics) = read(
            """
            application {
              config { baseName shop }
              entities Order
              entities Customer
            }
            entity Order { code String }
            entity Customer { name String }
            """)
        #expect(diagnostics.isEmpty)
        #expect(model.currentDecomposition.map(\.name) == ["shop"])
        #expect(model.currentDecomposition.first?.members.map(\.name) == ["Order", "Customer"])
    }

    @Test func everyProblemIsReportedWithItsPositionInOneRun() {
        let source = MarkedSource(
            """
            1️⃣entityx Foo { }
            entity A {
              name 2️⃣Strin required
              size Integer
            }
            relationship 3️⃣ManyToFew { A to A }
            relationship ManyToOne { A{b} 4️⃣A }
            entity B { x 5️⃣}
            paginate A with pagination
            """)
        let (model, diagnostics) = JDLReader().read(source.text, path: "bad.jdl")
        #expect(
            diagnostics.map(\.idAndPosition) == [
                "jdl.unsupported@\(source.position(1))", "jdl.unknownType@\(source.position(2))",
                "jdl.unknownRelationship@\(source.position(3))", "jdl.expectedToken@\(source.position(4))",
                "jdl.expectedToken@\(source.position(5))",
            ])
        #expect(model.entities.map(\.name) == ["A", "B"])
        #expect(model.entity(named: "A")?.fields.map(\.name) == ["id", "size"])
    }

    @Test func unterminatedTextIsReportedWhereItStarts() {
        let source = MarkedSource("entity A {\n  code String pattern(1️⃣/abc\n}\n2️⃣/* never closed")
        let (_, diagnostics) = JDLReader().read(source.text, path: "bad.jdl")
        #expect(
            diagnostics.filter { $0.id == "jdl.unterminated" }.map(\.place) == [
                source.position(1), source.position(2),
            ])
    }

    @Test func hostileInputNeverCrashes() {
        let deep = String(repeating: "{", count: 50_000) + String(repeating: "}", count: 10)
        for text in [
            deep, "entity", "entity {", "relationship OneToMany {", "application { config {", "@@@(", "\"", "/",
        ] {
            let (_, diagnostics) = read(text)
            #expect(!diagnostics.isEmpty, "\(text.prefix(20))")
        }
        let many = String(repeating: "entity E { a String }\n", count: 2_000)
        #expect(read(many).model.entities.count == 2_000)
    }

    @Test func formatIsDetectedByExtensionOrContent() {
        #expect(ModelFormat.detect("", path: "x.JDL") == .jdl)
        #expect(ModelFormat.detect("/** doc */\nentity A {\n  name String\n}", path: "-") == .jdl)
        #expect(ModelFormat.detect("application { config { baseName a } }", path: "-") == .jdl)
        #expect(ModelFormat.detect("entity A {\n  name: String\n}", path: "-") == .domain)
        #expect(ModelFormat.detect("{\"entities\": []}", path: "-") == .json)
    }

    @Test func theStoreFixtureReadsBuildsAndAnalysesWithEveryEntityOnce() throws {
        let url = PackagePaths.fixture("formats/jdl/store-microservices.jdl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (model, diagnostics) = ModelReader.read(text, path: url.lastPathComponent)
        #expect(diagnostics.isEmpty)
        let resolved = try #require(model)
        #expect(resolved.entities.count == 9)
        let decomposition = ContextAnalyzer(options: AnalysisOptions()).analyze(resolved).decomposition
        let placed = decomposition.contexts.flatMap(\.entities)
        #expect(placed.sorted() == resolved.entities.map(\.name).sorted())
        #expect(resolved.currentDecomposition.map(\.name) == ["product", "invoice", "notification"])
        let current = try #require(decomposition.currentDecomposition)
        #expect(current.contexts.flatMap(\.entities).count == resolved.entities.count - 1)
        #expect(current.comparison.extraEntities == ["User"])
        let kept = try #require(ModelReader.read(text, path: url.lastPathComponent, keepingContexts: true).model)
        let keptDecomposition = ContextAnalyzer(options: AnalysisOptions()).analyze(kept).decomposition
        #expect(Set(keptDecomposition.contexts.map(\.name)).isSuperset(of: ["product", "invoice", "notification"]))
        #expect(keptDecomposition.currentDecomposition == nil)
    }

    @Test func aOneToManyThatOnlyTheOwnerNamesIsAComposition() throws {
        let (model, diagnostics) = read(
            """
            entity Order { code String }
            entity Line { quantity Integer }
            relationship OneToMany { Order{lines} to Line }
            """)
        #expect(diagnostics.isEmpty)
        let built = ModelBuilder().build(model)
        let lines = try #require(built.model.entity(named: "Order")?.fields.last)
        #expect(lines.name == "lines")
        #expect(lines.kind == .composition(target: "Line"))
        #expect(lines.type == TypeReference(name: "Line", isList: true))
        #expect(built.model.entity(named: "Line")?.fields.map(\.name) == ["id", "quantity"])
    }

    @Test func onlyIdentifierTypedFieldsNamedLikeAnEntityAreReferences() {
        let (model, _) = read(
            """
            entity Address { street String }
            entity Customer { address TextBlob, Address Long }
            """)
        let built = ModelBuilder().build(model)
        #expect(
            built.model.entity(named: "Customer")?.fields.map(\.kind) == [
                .scalar, .scalar, .reference(target: "Address"),
            ])
    }

    @Test func deploymentsAreKeptWithTheirOptionsInOrder() {
        let (model, diagnostics) = read(
            """
            /** Production */
            deployment {
              appsFolders [gateway, "billing"]
              deploymentType kubernetes, kubernetesNamespace shop-prod
              ingressDomain 192.168.99.100.nip.io
            }
            deployment { monitoring no }
            """)
        #expect(diagnostics.isEmpty)
        #expect(
            model.withoutLocations().deployments == [
                Deployment(
                    type: "kubernetes",
                    options: [
                        DeploymentOption(name: "appsFolders", value: .list(["gateway", "billing"])),
                        DeploymentOption(name: "kubernetesNamespace", value: .single("shop-prod")),
                        DeploymentOption(name: "ingressDomain", value: .single("192.168.99.100.nip.io")),
                    ], doc: "Production"),
                Deployment(
                    type: "docker-compose", options: [DeploymentOption(name: "monitoring", value: .single("no"))]),
            ])
        #expect(model.deployments.first?.location?.line == 2)
    }
}
