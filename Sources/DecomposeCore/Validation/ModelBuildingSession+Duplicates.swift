/// Declarations that share a name.
extension ModelBuildingSession {
    /// Reports duplicate teams, types (enums, values and entities share one namespace), events,
    /// use cases, aggregates and current contexts, duplicate fields within a declaration and duplicate enum cases;
    /// each with a note pointing at the first.
    mutating func checkDuplicates() {
        reportDuplicates(model.teams.map { ($0.name, $0.location) }, kind: "team")
        let types =
            model.enums.map { ($0.name, $0.location) } + model.values.map { ($0.name, $0.location) }
            + model.entities.map { ($0.name, $0.location) }
        reportDuplicates(types, kind: "type")
        reportDuplicates(model.events.map { ($0.name, $0.location) }, kind: "event")
        reportDuplicates(model.useCases.map { ($0.name, $0.location) }, kind: "use case")
        reportDuplicates(model.aggregates.map { ($0.name, $0.location) }, kind: "aggregate")
        reportDuplicates(model.currentDecomposition.map { ($0.name, $0.location) }, kind: "current context")
        let fieldLists =
            model.values.map { ($0.name, $0.fields) } + model.entities.map { ($0.name, $0.fields) }
            + model.events.map { ($0.name, $0.fields) }
        for (owner, fields) in fieldLists {
            reportDuplicates(
                fields.map { ($0.name, $0.location) }, kind: "field", id: "model.duplicateField", in: " in '\(owner)'")
        }
        for enumType in model.enums {
            reportDuplicates(
                enumType.cases.map { ($0, enumType.location) }, kind: "case", id: "model.duplicateEnumCase",
                in: " in enum '\(enumType.name)'")
        }
    }

    private mutating func reportDuplicates(
        _ declarations: [(name: String, location: SourceLocation?)], kind: String,
        id: String = "model.duplicateDeclaration", in context: @autoclosure () -> String = ""
    ) {
        var first: [String: SourceLocation?] = [:]
        for (name, location) in declarations {
            guard let original = first[name] else {
                first[name] = location
                continue
            }
            report(
                .error, id, "duplicate \(kind) '\(name)'\(context())", at: location, length: name.unicodeScalars.count,
                notes: [
                    .init("'\(name)' is first declared here", at: original.range(length: name.unicodeScalars.count))
                ])
        }
    }
}
