/// The state of one `ModelBuilder` run: the model being resolved, name tables and diagnostics.
///
/// Each step lives in an extension by concern (`+Fields`, `+Aggregates`, `+Names`).
struct ModelBuildingSession {
    var model: DomainModel
    var diagnostics: [Diagnostic] = []

    // MARK: - Name tables (building never adds, removes or renames declarations)

    let entityNames: Set<String>
    let valueNames: Set<String>
    let enumNames: Set<String>
    /// The index of the first entity with each name.
    let entityIndex: [String: Int]
    /// Suggests entity names.
    let entitySuggester: NameSuggester
    /// Suggests type names: scalars, enums, value objects and entities.
    let typeSuggester: NameSuggester
    static let scalarNames = Set(ScalarType.allCases.map(\.rawValue))
    /// How many more unknown names get a "did you mean" hint: each one compares the name with every candidate,
    /// so hints stop after the first 200 (more than are printed) and a model of 40,000 unknown references stays
    /// linear.
    var hintsLeft = 200

    init(model: DomainModel) {
        self.model = model
        entityNames = Set(model.entities.map(\.name))
        valueNames = Set(model.values.map(\.name))
        enumNames = Set(model.enums.map(\.name))
        var entityIndex: [String: Int] = [:]
        for (index, entity) in model.entities.enumerated() where entityIndex[entity.name] == nil {
            entityIndex[entity.name] = index
        }
        self.entityIndex = entityIndex
        entitySuggester = NameSuggester(entityNames)
        typeSuggester = NameSuggester(Self.scalarNames.union(enumNames).union(valueNames).union(entityNames))
    }

    /// The first entity called `name`, if any.
    func entity(named name: String) -> Entity? {
        entityIndex[name].map { model.entities[$0] }
    }

    // MARK: - Diagnostics

    mutating func report(
        _ severity: Diagnostic.Severity, _ id: String, _ message: String, at location: SourceLocation?,
        length: Int = 1, notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(Diagnostic(severity, id: id, message, at: location.range(length: length), notes: notes))
    }

    /// Reports `kind` `name`, used at `location`, as unknown, with `suggester`'s closest name.
    /// - Parameter locatedName: the name written at `location` when that is not `name` itself (the
    ///   declaration or field using `name`, when the use has no location of its own).
    mutating func reportUnknown(
        _ id: String, _ kind: String, _ name: String, at location: SourceLocation?, suggester: NameSuggester,
        context: String = "", locatedName: String? = nil
    ) {
        var hint = ""
        if hintsLeft > 0 {
            hintsLeft -= 1
            hint = suggester.hint(for: name)
        }
        report(
            .error, id, "unknown \(kind) '\(name)'\(context)\(hint)", at: location,
            length: (locatedName ?? name).unicodeScalars.count)
    }

    // MARK: - Preparation

    /// Drops aggregates a previous build inferred and the entity memberships that pointed at them,
    /// so that building is idempotent.
    mutating func discardInferredAggregates() {
        model.aggregates.removeAll(where: \.isInferred)
        let declared = Set(model.aggregates.map(\.name))
        for index in model.entities.indices where !declared.contains(model.entities[index].aggregate ?? "") {
            model.entities[index].aggregate = nil
        }
    }

    /// Marks the field named `id` as the identity of each declaration where no field says `identity`.
    mutating func markIdentities() {
        for index in model.entities.indices { model.entities[index].fields.markIdentity() }
        for index in model.values.indices { model.values[index].fields.markIdentity() }
        for index in model.events.indices { model.events[index].fields.markIdentity() }
    }
}

extension Optional where Wrapped == SourceLocation {
    /// A range starting here and spanning `length` columns of the same line.
    func range(length: Int) -> SourceRange? {
        map { start in
            guard start.line > 0 else { return SourceRange(start: start) }
            return SourceRange(
                start: start, end: SourceLocation(file: start.file, line: start.line, column: start.column + length))
        }
    }
}

extension [Field] {
    /// Makes the field named `id` the identity when no field is marked `identity`.
    fileprivate mutating func markIdentity() {
        guard !contains(where: \.isIdentity), let id = firstIndex(where: { $0.name == "id" }) else { return }
        self[id].isIdentity = true
    }
}
