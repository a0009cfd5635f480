import DecomposeCore
import Testing

@testable import DecomposeCLI

/// `decompose init` promises a starter that is valid and shows every construct of the language.
@Suite struct StarterModelTests {
    @Test func isValidWithoutWarnings() {
        let (model, diagnostics) = ModelReader.read(StarterModel.text, path: "model.domain")
        #expect(model != nil)
        #expect(diagnostics.isEmpty, "\(DiagnosticFormatter().format(diagnostics))")
    }

    @Test func usesEveryConstruct() throws {
        let model = try #require(ModelReader.read(StarterModel.text, path: "model.domain").model)
        #expect(model.system.summary != nil && model.system.doc != nil)
        #expect(!model.teams.isEmpty && !model.enums.isEmpty && !model.values.isEmpty && !model.events.isEmpty)
        #expect(model.entities.contains { $0.parent != nil })
        #expect(model.aggregates.contains { !$0.isInferred } && model.aggregates.contains(where: \.isInferred))
        #expect(Set(model.useCases.map(\.kind)) == Set(UseCase.Kind.allCases))
        #expect(model.useCases.contains { $0.isLatencyCritical && $0.actor != nil })
        #expect(model.useCases.contains { !$0.emits.isEmpty } && model.useCases.contains { !$0.handles.isEmpty })
        #expect(model.useCases.flatMap { $0.reads + $0.writes }.contains { $0.field != nil })
        #expect(!model.zones.isEmpty && !model.keepApart.isEmpty && !model.keepTogether.isEmpty && !model.pins.isEmpty)
        let fields = model.entities.flatMap(\.fields)
        #expect(fields.contains { if case .composition = $0.kind { true } else { false } })
        #expect(fields.contains { if case .reference = $0.kind { true } else { false } })
        #expect(fields.contains { if case .idReference = $0.kind { true } else { false } })
        #expect(fields.contains { $0.kind == .enumeration } && fields.contains { $0.kind == .value })
        #expect(fields.contains(where: \.isUnique) && fields.contains { $0.type.isOptional })
        #expect(fields.contains { $0.type.isList && $0.kind == .scalar })
        #expect(fields.contains { $0.isIdentity && $0.name != "id" })
        for kind in CharacteristicKind.allCases {
            #expect(model.entities.contains { $0.characteristics[keyPath: kind.keyPath] != nil }, "\(kind)")
        }
        #expect(model.entities.contains { $0.characteristics.storage != nil })
    }
}
