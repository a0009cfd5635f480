/// The vocabulary of the canonical model JSON (`schemaVersion` 1), shared by `ModelJSONWriter` and
/// `ModelJSONReader` so that what one writes the other accepts. `Fixtures/schema/model.schema.json`
/// documents the same schema as a JSON Schema (draft 2020-12).
enum ModelJSONSchema {
    /// The only schema version this build reads and writes.
    static let version = 1

    static let topLevelKeys = [
        "schemaVersion", "system", "teams", "enums", "values", "entities", "aggregates", "events", "useCases",
        "zones", "keepApart", "keepTogether", "pins", "currentContexts", "deployments",
    ]
    static let systemKeys = ["name", "summary", "doc"]
    static let teamKeys = ["name", "doc"]
    static let enumKeys = ["name", "doc", "cases"]
    static let valueKeys = ["name", "doc", "fields"]
    static let entityKeys = ["name", "doc", "parent", "owner", "aggregate", "characteristics", "fields"]
    static let fieldKeys = ["name", "doc", "type", "reference", "unique", "identity", "kind", "target"]
    static let typeKeys = ["name", "list", "optional"]
    static let aggregateKeys = ["name", "doc", "root", "members", "owner", "characteristics", "inferred"]
    static let eventKeys = ["name", "doc", "fields"]
    static let useCaseKeys = [
        "name", "doc", "kind", "actor", "latencyCritical", "reads", "writes", "emits", "handles",
    ]
    static let zoneKeys = ["name", "doc", "members"]
    static let groupKeys = ["members", "doc"]
    static let pinKeys = ["context", "members", "doc"]
    static let currentContextKeys = ["name", "doc", "members"]
    static let deploymentKeys = ["type", "doc", "options"]
    static let deploymentOptionKeys = ["name", "value", "list"]
    /// The domain language's characteristic keywords, then `storage`.
    static let characteristicKeys = CharacteristicKind.allCases.map(\.rawValue) + ["storage"]

    /// The `kind` of a resolved field, and its `target` entity when it has one; `nil` for unresolved.
    static func kindName(of kind: Field.Kind) -> String? {
        switch kind {
        case .unresolved: nil
        case .scalar: "scalar"
        case .enumeration: "enumeration"
        case .value: "value"
        case .composition: "composition"
        case .reference: "reference"
        case .idReference: "idReference"
        }
    }

    /// Every `kind` word, in the order the documentation lists them.
    static let kindNames = ["scalar", "enumeration", "value", "composition", "reference", "idReference"]

    /// The field kind a `kind` word and `target` describe; `nil` when the word is unknown.
    static func kind(named name: String, target: String) -> Field.Kind? {
        switch name {
        case "scalar": .scalar
        case "enumeration": .enumeration
        case "value": .value
        case "composition": .composition(target: target)
        case "reference": .reference(target: target)
        case "idReference": .idReference(target: target)
        default: nil
        }
    }

    /// Whether a `kind` word needs a `target`.
    static func kindNeedsTarget(_ name: String) -> Bool {
        ["composition", "reference", "idReference"].contains(name)
    }
}
