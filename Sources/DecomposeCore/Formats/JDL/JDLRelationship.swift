/// One side-to-side line of a JDL `relationship` block: `From{field required} to To`.
struct JDLRelationship: Sendable, Hashable {
    /// `OneToOne`, `OneToMany`, `ManyToOne` or `ManyToMany`.
    var kind: String
    var from: String
    /// The field on the `from` entity that holds the relationship.
    var field: String
    var isRequired: Bool
    var to: String
    /// The field's doc, written as javadoc before the line.
    var doc: String?

    /// The line as JDL writes it inside its block, with its javadoc, indented by two spaces.
    var text: String {
        JDLSyntax.javadoc(doc, indent: "  ") + "  \(from){\(field)\(isRequired ? " required" : "")} to \(to)"
    }
}
