extension DomainModel {
    /// The same model with every doc comment's line breaks written `\n`: a `\r\n` or a lone `\r` (from a JDL
    /// javadoc, a CML comment or a JSON string) is a line break to the domain language's lexer, so a doc that
    /// kept one would not come back the same from `convert --to domain`.
    func withNormalizedDocs() -> DomainModel {
        var model = self
        model.system.doc = Self.normalized(model.system.doc)
        for index in model.teams.indices { model.teams[index].doc = Self.normalized(model.teams[index].doc) }
        for index in model.enums.indices { model.enums[index].doc = Self.normalized(model.enums[index].doc) }
        for index in model.values.indices {
            model.values[index].doc = Self.normalized(model.values[index].doc)
            Self.normalize(&model.values[index].fields)
        }
        for index in model.entities.indices {
            model.entities[index].doc = Self.normalized(model.entities[index].doc)
            Self.normalize(&model.entities[index].fields)
        }
        for index in model.aggregates.indices {
            model.aggregates[index].doc = Self.normalized(model.aggregates[index].doc)
        }
        for index in model.events.indices {
            model.events[index].doc = Self.normalized(model.events[index].doc)
            Self.normalize(&model.events[index].fields)
        }
        for index in model.useCases.indices { model.useCases[index].doc = Self.normalized(model.useCases[index].doc) }
        for index in model.zones.indices { model.zones[index].doc = Self.normalized(model.zones[index].doc) }
        for index in model.keepApart.indices {
            model.keepApart[index].doc = Self.normalized(model.keepApart[index].doc)
        }
        for index in model.keepTogether.indices {
            model.keepTogether[index].doc = Self.normalized(model.keepTogether[index].doc)
        }
        for index in model.pins.indices { model.pins[index].doc = Self.normalized(model.pins[index].doc) }
        for index in model.currentDecomposition.indices {
            model.currentDecomposition[index].doc = Self.normalized(model.currentDecomposition[index].doc)
        }
        for index in model.deployments.indices {
            model.deployments[index].doc = Self.normalized(model.deployments[index].doc)
        }
        return model
    }

    private static func normalize(_ fields: inout [Field]) {
        for index in fields.indices { fields[index].doc = normalized(fields[index].doc) }
    }

    private static func normalized(_ doc: String?) -> String? {
        guard let doc, doc.unicodeScalars.contains("\r") else { return doc }
        return doc.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
