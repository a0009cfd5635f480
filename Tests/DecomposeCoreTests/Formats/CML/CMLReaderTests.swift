import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

@Suite struct CMLReaderTests {
    private func read(_ text: String) -> (model: DomainModel, diagnostics: [Diagnostic]) {
        CMLReader().read(text, path: "m.cml")
    }

    private static let fixture = PackagePaths.fixture("formats/cml/insurance.cml")

    @Test func fixtureReadsBuildsAndAnalysesWithEveryEntityOnce() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let result = ModelReader.read(text, path: Self.fixture.path)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        #expect(result.diagnostics.filter { $0.severity == .warning }.isEmpty, "\(result.diagnostics)")
        let model = try #require(result.model)
        #expect(model.entities.count == 14)
        #expect(model.teams.map(\.name).contains("ContractsTeam"))
        #expect(model.currentDecomposition.map(\.name).contains("PolicyManagementContext"))
        #expect(!model.currentDecomposition.map(\.name).contains("ContractsTeam"))
        let decomposition = ContextAnalyzer(options: AnalysisOptions()).analyze(model).decomposition
        let placed = decomposition.contexts.flatMap(\.entities)
        #expect(placed.sorted() == model.entities.map(\.name).sorted())
    }

    @Test func hintsAreTrimmedAsFoundationTrimsWhitespace() {
        let hints = [
            "", " ", "a", " decompose:inferred ", "\tstorage=document\u{A0}", "\u{3000}x y\u{2003}", "\nkept\n",
        ]
        for hint in hints {
            #expect(CMLParser.trimmingSpaces(Substring(hint)) == hint.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func stringsWordsAndNumbersAreCutWithTheirEscapesAndPositions() throws {
        let text = "Domain größe_1 {\n  domainVisionStatement = \"say \\\"hi\\\" é\" 12.5 'plain é'\n}"
        let (tokens, diagnostics) = CMLLexer(path: "m.cml").tokenize(text)
        #expect(diagnostics.isEmpty)
        #expect(
            tokens.map(\.text) == [
                "Domain", "größe_1", "{", "domainVisionStatement", "=", "say \"hi\" é", "12.5", "plain é", "}", "",
            ])
        #expect(tokens.map { "\($0.line):\($0.column)-\($0.endColumn)" }[5...7] == ["2:27-41", "2:42-46", "2:47-56"])
    }

    @Test func aggregatesKeepRootOwnerCharacteristicsAndZones() throws {
        let result = read(
            """
            BoundedContext Sales { type = FEATURE
              Aggregate Orders {
                owner = Shop
                likelihoodForChange = OFTEN
                availabilityCriticality = LOW
                storageSimilarity = HUGE
                securityZone = "Payments"
                Entity OrderLine { int quantity - Order order }
                Entity Order { aggregateRoot  String number key  - List<OrderLine> lines  Money total }
                ValueObject Money { BigDecimal amount }
              }
            }
            BoundedContext Shop realizes Sales { type = TEAM }
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let aggregate = try #require(result.model.aggregates.first)
        #expect(aggregate.root == "Order")
        #expect(aggregate.members == ["Order", "OrderLine"])
        #expect(aggregate.owner == "Shop")
        #expect(aggregate.characteristics.structuralVolatility == .high)
        #expect(aggregate.characteristics.availability == .low)
        #expect(aggregate.characteristics.size == .high)
        #expect(result.model.zones.map(\.name) == ["Payments"])
        #expect(result.model.currentDecomposition.map(\.name) == ["Sales"])
        #expect(result.model.teams.map(\.name) == ["Shop"])
        let order = try #require(result.model.entity(named: "Order"))
        #expect(order.fields.map(\.type.description) == ["String", "[OrderLine]", "Money"])
        #expect(order.fields.map(\.isReference) == [false, true, false])
        #expect(order.fields.first?.isUnique == true)
    }

    @Test func anAttributeTypedWithAnotherAggregatesEntityIsAReference() throws {
        let result = read(
            """
            BoundedContext A {
              Aggregate X { Entity Customer { aggregateRoot String name } }
              Aggregate Y { Entity Invoice { aggregateRoot Customer customer  Line line } Entity Line { int n } }
            }
            """)
        let invoice = try #require(result.model.entity(named: "Invoice"))
        #expect(invoice.fields.map(\.isReference) == [true, false])
        let built = ModelBuilder().build(result.model)
        #expect(!built.diagnostics.containsErrors, "\(built.diagnostics)")
        #expect(built.model.entity(named: "Invoice")?.fields.last?.kind == .composition(target: "Line"))
    }

    @Test func interactionsBecomeReadsAndWritesAndAggregatesMapToRoots() throws {
        let result = read(
            """
            BoundedContext A { Aggregate Orders { Entity Order { aggregateRoot int total } } }
            UseCase Place {
              actor = "Buyer"
              interactions = read all "Orders", create an "Order" with its "total", "ship" an "Order"
            }
            UserStory Cancel { As a "Buyer" I want to delete an "Order" so that "it stops" }
            """)
        let place = try #require(result.model.useCases.first)
        #expect(place.actor == "Buyer")
        #expect(place.reads.map(\.description) == ["Order"])
        #expect(place.writes.map(\.description) == ["Order.total"])
        #expect(result.diagnostics.map(\.id) == ["cml.unknownVerb"])
        let cancel = try #require(result.model.useCases.last)
        #expect(cancel.actor == "Buyer" && cancel.writes.map(\.description) == ["Order"])
    }

    @Test func relationshipsAreValidatedAndNoted() {
        let input = MarkedSource(
            """
            ContextMap {
              contains A, 1️⃣Missing
              A [U,OHS]->[D,ACL] B
              A [SK]<->[SK] B
              A Customer-Supplier B
              A [D]2️⃣->[U] B
              A [3️⃣XY]<-[U] B
              A 4️⃣[SK]<->[P] B
            }
            BoundedContext A
            BoundedContext B
            """)
        let result = read(input.text)
        #expect(
            result.diagnostics.sortedByLocation().map(\.idAndPosition) == [
                "cml.contextMapRead@1:1",
                "cml.unknownContext@" + input.position(1),
                "cml.invalidRelationship@" + input.position(2),
                "cml.invalidRelationship@" + input.position(2),
                "cml.unknownRole@" + input.position(3),
                "cml.invalidRelationship@" + "8:9",
            ])
        #expect(result.diagnostics.sortedByLocation().first?.severity == .note)
    }

    @Test func unsupportedConstructsWarnAndMalformedOnesAreAllReportedInOneRun() {
        let input = MarkedSource(
            """
            1️⃣Application { Flow F { } }
            BoundedContext A {
              2️⃣Service S { void go(); }
              Aggregate G { Entity E { aggregateRoot 3️⃣def void go(); String 4️⃣} }
              Aggregate H { owner = 5️⃣A }
              Aggregate 6️⃣{ }
            }
            BoundedContext 7️⃣"x" { }
            """)
        let result = read(input.text)
        let ids = result.diagnostics.sortedByLocation().map(\.idAndPosition)
        #expect(ids.contains("cml.unsupported@" + input.position(1)))
        #expect(ids.contains("cml.unsupported@" + input.position(2)))
        #expect(ids.contains("cml.unsupportedOperation@" + input.position(3)))
        #expect(ids.contains("cml.expectedName@" + input.position(4)))
        #expect(ids.contains("cml.expectedName@" + input.position(6)))
        #expect(ids.contains("cml.expectedName@" + input.position(7)))
        #expect(result.model.entity(named: "E") != nil)
    }

    @Test func ownerMustBeATeamContext() {
        let input = MarkedSource(
            """
            BoundedContext A { Aggregate G { owner = 1️⃣A  Entity E { aggregateRoot } } }
            """)
        #expect(read(input.text).diagnostics.map(\.idAndPosition) == ["cml.ownerNotTeam@" + input.position(1)])
    }

    @Test func hostileInputNeverCrashes() {
        let deep =
            "BoundedContext A { " + String(repeating: "Module M { ", count: 500) + String(repeating: "}", count: 3)
        let deepResult = read(deep)
        #expect(deepResult.diagnostics.map(\.id).contains("cml.tooDeep"))
        for text in [
            "\"unterminated", "/* open", "ContextMap { A [", "UseCase U { interactions = read", "{{{{", "- - ->",
        ] {
            let result = read(text)
            #expect(result.diagnostics.containsErrors, "\(text)")
        }
    }

    @Test func detectsTheFormatByExtensionAndContent() {
        #expect(ModelFormat.detect("", path: "x.cml") == .cml)
        #expect(ModelFormat.detect("// map\nBoundedContext A {}", path: "x.txt") == .cml)
        #expect(ModelFormat.detect("entity A { id: UUID }", path: "x.txt") == .domain)
        #expect(ModelFormat.detect(" {\"entities\": []}", path: "x") == .json)
    }
}

extension CMLReaderTests {
    @Test func anUnknownAttributeIsSkippedUpToTheNextLineOnly() throws {
        let input = MarkedSource(
            """
            BoundedContext A {
              1️⃣exposure = "x", "y"
              type = TEAM
            }
            """)
        let result = CMLReader().read(input.text, path: "m.cml")
        #expect(result.diagnostics.map(\.idAndPosition) == ["cml.unsupported@" + input.position(1)])
        #expect(result.model.teams.map(\.name) == ["A"])
    }
}

extension CMLReaderTests {
    @Test func aggregateRootsAreCheckedAndTheDomainNamesTheSystem() throws {
        let input = MarkedSource(
            """
            Domain Insurance { domainVisionStatement = "Sell policies" }
            BoundedContext A {
              Aggregate 1️⃣Two { Entity X { aggregateRoot } Entity Y { aggregateRoot } }
              Aggregate 2️⃣None { Entity P { } Entity Q { } }
              Aggregate 3️⃣Empty { ValueObject V { int v } }
              Module M { Entity Loose { String name } }
            }
            """)
        let result = CMLReader().read(input.text, path: "m.cml")
        #expect(
            result.diagnostics.map(\.idAndPosition) == [
                "cml.multipleRoots@" + input.position(1), "cml.noAggregateRoot@" + input.position(2),
                "cml.emptyAggregate@" + input.position(3),
            ])
        #expect(result.model.system.name == "Insurance" && result.model.system.summary == "Sell policies")
        #expect(result.model.aggregates.map(\.root) == ["X", "P"])
        #expect(result.model.currentDecomposition.first?.members.map(\.name) == ["Two", "None", "Loose"])
    }
}
