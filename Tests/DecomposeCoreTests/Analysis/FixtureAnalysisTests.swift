import DecomposeTestSupport
import Foundation
import Testing

@testable import DecomposeCore

/// The analysis over every realistic model in `Fixtures/`: structural promises that must hold on real input.
@Suite struct FixtureAnalysisTests {
    static let fixtures: [String] = {
        let root = PackagePaths.fixtures
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "domain" }.map(\.path).sorted()
    }()

    private func model(_ path: String) throws -> DomainModel {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let parsed = DomainParser().parse(text, path: path)
        let built = ModelBuilder().build(parsed.model)
        #expect(!(parsed.diagnostics + built.diagnostics).containsErrors)
        return built.model
    }

    @Test func thereAreFixturesToAnalyse() {
        #expect(Self.fixtures.count >= 2)
    }

    @Test(arguments: fixtures)
    func placesEveryEntityInExactlyOneContext(path: String) throws {
        let model = try model(path)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        #expect(decomposition.contexts.flatMap(\.entities).sorted() == model.entities.map(\.name).sorted())
        #expect(Set(decomposition.contexts.map(\.name)).count == decomposition.contexts.count)
        #expect(decomposition.metrics.entityCount == model.entities.count)
    }

    @Test(arguments: fixtures)
    func honoursAggregatesZonesAndPins(path: String) throws {
        let model = try model(path)
        let decomposition = ContextAnalyzer().analyze(model).decomposition
        for aggregate in model.aggregates {
            #expect(
                Set(aggregate.members.map { decomposition.context(of: $0)?.name }).count == 1, "\(aggregate.name) split"
            )
        }
        let zoneContexts = model.zones.map { zone in
            Set(
                zone.members.flatMap { member in
                    model.aggregates.first { $0.name == member.name }?.members ?? [member.name]
                }.compactMap { decomposition.context(of: $0)?.name })
        }
        for (i, a) in zoneContexts.enumerated() { for b in zoneContexts[(i + 1)...] { #expect(a.isDisjoint(with: b)) } }
        for pin in model.pins {
            for member in pin.members where model.entity(named: member.name) != nil {
                #expect(decomposition.context(of: member.name)?.name == pin.context)
            }
        }
    }

    @Test(arguments: fixtures)
    func isDeterministicAndExplained(path: String) throws {
        let model = try model(path)
        let first = ContextAnalyzer().analyze(model)
        #expect(first.decomposition == ContextAnalyzer().analyze(model).decomposition)
        let names = Set(first.decomposition.contexts.map(\.name))
        for context in first.decomposition.contexts where context.entities.count > 1 {
            #expect(!context.rationale.isEmpty, "\(context.name) has no rationale")
        }
        for relationship in first.decomposition.relationships {
            #expect(names.contains(relationship.upstream) && names.contains(relationship.downstream))
            #expect(!relationship.crossings.isEmpty && !relationship.reasons.isEmpty)
        }
        for entity in model.entities {
            #expect(first.explanation(of: entity.name)?.pulls.count == first.decomposition.contexts.count)
        }
    }

    @Test(arguments: fixtures)
    func meetsARequestedContextCount(path: String) throws {
        let model = try model(path)
        let decomposition = ContextAnalyzer(options: AnalysisOptions(contextCount: 5)).analyze(model).decomposition
        #expect(decomposition.contexts.count == 5 || decomposition.findings.contains { $0.subject == "5 contexts" })
    }
}
